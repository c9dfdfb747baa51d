import { E164_PHONE } from '@vc/contracts';
import fc from 'fast-check';
import { ageBandOn, ageOn, todayInAmsterdam, toE164 } from './volunteer-values.js';

describe('ageBandOn', () => {
  it.each([
    ['2010-11-28', '2026-11-27', 'under-16'],
    ['2010-11-27', '2026-11-27', '16-17'],
    ['2008-11-28', '2026-11-27', '16-17'],
    ['2008-11-27', '2026-11-27', '18-25'],
    ['2000-11-28', '2026-11-27', '18-25'],
    ['2000-11-27', '2026-11-27', '26-40'],
    ['1985-11-28', '2026-11-27', '26-40'],
    ['1985-11-27', '2026-11-27', '41-65'],
    ['1960-11-28', '2026-11-27', '41-65'],
    ['1960-11-27', '2026-11-27', '66+'],
    ['1920-01-01', '2026-11-27', '66+'],
  ])('someone born on %s is in band %s on %s', (dateOfBirth, today, band) => {
    expect(ageBandOn(dateOfBirth, today)).toBe(band);
  });

  it('lets someone born on 29 February turn a year older on 1 March in other years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('never gives an age that differs from a day-by-day count by more than the birthday rule', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }), (born) => {
        const dateOfBirth = born.toISOString().slice(0, 10);
        const age = ageOn(dateOfBirth, '2027-01-01');
        const days = (Date.parse('2027-01-01') - Date.parse(dateOfBirth)) / 86_400_000;
        expect(age).toBeGreaterThanOrEqual(Math.floor(days / 366.25) - 1);
        expect(age).toBeLessThanOrEqual(Math.floor(days / 365));
      }),
    );
  });
});

describe('todayInAmsterdam', () => {
  it.each([
    ['2026-12-31T22:59:59Z', '2026-12-31'],
    ['2026-12-31T23:00:00Z', '2027-01-01'], // CET, UTC+1
    ['2026-06-30T21:59:59Z', '2026-06-30'],
    ['2026-06-30T22:00:00Z', '2026-07-01'], // CEST, UTC+2
  ])('at %s it is %s in the Netherlands', (instant, date) => {
    expect(todayInAmsterdam(new Date(instant))).toBe(date);
  });
});


describe('toE164', () => {
  it.each([
    ['06 12345678', '+31612345678'],
    ['06-12345678', '+31612345678'],
    ['0612345678', '+31612345678'],
    ['+31 6 12345678', '+31612345678'],
    ['+31 (0)6 12345678', '+31612345678'],
    ['0031 6 1234 5678', '+31612345678'],
    ['020 123 4567', '+31201234567'],
    ['(020) 123.45.67', '+31201234567'],
    ['+44 20 7946 0958', '+442079460958'],
    ['0049 30 1234567', '+49301234567'],
  ])('turns %j into %s', (raw, e164) => {
    expect(toE164(raw)).toBe(e164);
  });

  it.each([
    ['no country and no trunk zero', '612345678'],
    ['a Dutch number one digit short', '06 1234567'],
    ['a Dutch number one digit long', '06 123456789'],
    ['a letter', '06 1234567a'],
    ['an extension', '06 12345678 ext 1'],
    ['a plus in the middle', '06+12345678'],
    ['two pluses', '++31612345678'],
    ['a country code starting with 0', '+0612345678'],
    ['too few digits', '+31 6'],
    ['more than 15 digits', '+1234567890123456'],
    ['nothing', ''],
  ])('refuses %s', (_what, raw) => {
    expect(toE164(raw)).toBeUndefined();
  });

  it('gives only numbers the contact contract accepts', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[0-9 ()-]{0,20}$/), (raw) => {
        const e164 = toE164(raw);
        if (e164 !== undefined) expect(e164).toMatch(E164_PHONE);
      }),
      { numRuns: 500 },
    );
  });
});
