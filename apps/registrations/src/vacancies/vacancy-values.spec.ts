import { todayInAmsterdam, toLocalTime } from './vacancy-values.js';

describe('vacancy values', () => {
  it.each([
    ['late evening in winter, already the next day in Amsterdam (UTC+1)', '2026-12-31T23:30:00Z', '2027-01-01'],
    ['just before midnight in summer (UTC+2)', '2027-07-01T21:59:00Z', '2027-07-01'],
    ['just after midnight in summer', '2027-07-01T22:01:00Z', '2027-07-02'],
  ])('takes today as the Dutch calendar date: %s', (_case, instant, today) => {
    expect(todayInAmsterdam(new Date(instant))).toBe(today);
  });

  it('turns PostgreSQL times into HH:MM', () => {
    expect(toLocalTime('09:30:00')).toBe('09:30');
    expect(toLocalTime(null)).toBeNull();
  });
});
