import { digestDay, suggestionList } from './suggestions-digest.scheduler.js';

describe('digestDay', () => {
  it.each([
    ['09:00 in Amsterdam (winter, UTC+1)', '2027-01-11T08:00:00Z', '2027-01-11'],
    ['08:59 in Amsterdam', '2027-01-11T07:59:00Z', undefined],
    ['09:30 in Amsterdam in summer (UTC+2)', '2027-07-01T07:30:00Z', '2027-07-01'],
    ['08:30 in Amsterdam in summer (06:30 UTC)', '2027-07-01T06:30:00Z', undefined],
    ['23:30 in Amsterdam (still 22:30 UTC)', '2027-01-11T22:30:00Z', '2027-01-11'],
    ['00:30 in Amsterdam the next day', '2027-01-11T23:30:00Z', undefined],
  ])('%s', (_case, now, expected) => {
    expect(digestDay(new Date(now))).toBe(expected);
  });
});

describe('suggestionList', () => {
  it('lists one line per proposal, a neutral line for an unknown vacancy in the reader’s language', () => {
    expect(suggestionList(['Taalmaatje', null], 'nl')).toBe('- Taalmaatje\n- een vacature (titel nog niet bekend)');
    expect(suggestionList([null], 'en')).toBe('- a vacancy (title not known yet)');
  });
});
