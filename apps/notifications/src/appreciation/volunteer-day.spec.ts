import { volunteerDayYear } from './appreciation.scheduler.js';

describe('volunteerDayYear', () => {
  it.each([
    ['7 December in Amsterdam', '2027-12-07T09:00:00Z', 2027],
    ['just after midnight on 7 December in Amsterdam (still the 6th in UTC)', '2027-12-06T23:30:00Z', 2027],
    ['late on 7 December in UTC, already the 8th in Amsterdam', '2027-12-07T23:30:00Z', undefined],
    ['6 December', '2027-12-06T12:00:00Z', undefined],
    ['7 November', '2027-11-07T12:00:00Z', undefined],
  ])('%s', (_case, now, expected) => {
    expect(volunteerDayYear(new Date(now))).toBe(expected);
  });
});
