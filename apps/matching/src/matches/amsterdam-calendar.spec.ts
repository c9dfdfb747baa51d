import { addMonths, todayInAmsterdam } from './amsterdam-calendar.js';

describe('todayInAmsterdam', () => {
  it.each([
    ['late evening UTC in winter is already tomorrow in Amsterdam (UTC+1)', '2027-01-10T23:30:00Z', '2027-01-11'],
    ['late evening UTC in summer is already tomorrow in Amsterdam (UTC+2)', '2027-07-10T22:30:00Z', '2027-07-11'],
    ['just before midnight in Amsterdam in summer', '2027-07-10T21:59:59Z', '2027-07-10'],
    ['the night summer time starts', '2027-03-28T01:30:00Z', '2027-03-28'],
    ['new year in Amsterdam before it in UTC', '2026-12-31T23:00:00Z', '2027-01-01'],
  ])('%s', (_case, instant, expected) => {
    expect(todayInAmsterdam(new Date(instant))).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2027-02-01', 3, '2027-05-01'],
    ['2027-02-01', 6, '2027-08-01'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2027-10-15', 3, '2028-01-15'],
    ['2027-12-31', 6, '2028-06-30'],
    ['2027-03-31', 3, '2027-06-30'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});
