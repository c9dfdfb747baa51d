import { anniversaryYears, registrationDaysCelebratedOn } from './anniversary.js';

describe('anniversaryYears', () => {
  it.each([
    ['the first anniversary', '2026-03-14', '2027-03-14', 1],
    ['the fifth anniversary', '2022-10-01', '2027-10-01', 5],
    ['the day of registration itself', '2027-03-14', '2027-03-14', undefined],
    ['the day before the anniversary', '2026-03-14', '2027-03-13', undefined],
    ['the day after the anniversary', '2026-03-14', '2027-03-15', undefined],
    ['29 February on 28 February of a common year', '2024-02-29', '2025-02-28', 1],
    ['29 February on 1 March of a common year', '2024-02-29', '2025-03-01', undefined],
    ['29 February on 29 February of the next leap year', '2024-02-29', '2028-02-29', 4],
    ['29 February on 28 February of a leap year (it waits a day)', '2024-02-29', '2028-02-28', undefined],
    ['28 February on 28 February of a common year', '2024-02-28', '2025-02-28', 1],
    ['29 February in 2100 (not a leap year) on 28 February', '2096-02-29', '2100-02-28', 4],
  ])('%s', (_case, registeredOn, today, expected) => {
    expect(anniversaryYears(registeredOn, today)).toBe(expected);
  });
});

describe('registrationDaysCelebratedOn', () => {
  it.each([
    ['2027-02-28', ['02-28', '02-29']],
    ['2028-02-28', ['02-28']],
    ['2028-02-29', ['02-29']],
    ['2027-12-31', ['12-31']],
  ])('%s', (today, expected) => {
    expect(registrationDaysCelebratedOn(today)).toEqual(expected);
  });
});
