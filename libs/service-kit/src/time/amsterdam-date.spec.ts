import { addDays, todayInAmsterdam } from './amsterdam-date.js';

describe('Dutch calendar dates', () => {
  it.each([
    ['late evening in winter (UTC+1)', '2026-12-31T23:30:00Z', '2027-01-01'],
    ['late evening in summer (UTC+2)', '2026-07-14T22:30:00Z', '2026-07-15'],
    ['early morning UTC, same day in Amsterdam', '2026-03-14T05:00:00Z', '2026-03-14'],
  ])('knows the date in Amsterdam %s', (_when, instant, date) => {
    expect(todayInAmsterdam(new Date(instant))).toBe(date);
  });

  it('turns at midnight in Amsterdam, also when asked again within the same minute', () => {
    // 23:00 UTC is midnight in winter: one second before and at it, twice each.
    for (const [instant, date] of [
      ['2026-12-06T22:59:59.000Z', '2026-12-06'],
      ['2026-12-06T22:59:59.999Z', '2026-12-06'],
      ['2026-12-06T23:00:00.000Z', '2026-12-07'],
      ['2026-12-06T23:00:30.000Z', '2026-12-07'],
      ['2026-12-06T22:59:00.000Z', '2026-12-06'],
    ] as const) {
      expect({ instant, date: todayInAmsterdam(new Date(instant)) }).toEqual({ instant, date });
    }
  });

  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-11-28', 90, '2027-02-26'],
    ['2026-01-01', -1, '2025-12-31'],
  ])('%s plus %i days is %s, across month ends, leap days and DST', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});
