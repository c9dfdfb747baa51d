import { msUntilQuietHoursEnd } from './quiet-hours.js';

// 2027-01-15 is winter time (UTC+1), 2027-07-15 summer time (UTC+2).
const at = (iso: string) => new Date(iso);
const minutes = (n: number) => n * 60_000;

describe('msUntilQuietHoursEnd', () => {
  it.each([
    ['before quiet hours (21:59 Amsterdam)', '2027-01-15T20:59:00Z', '22:00', '07:00', 0],
    ['at their start (22:00)', '2027-01-15T21:00:00Z', '22:00', '07:00', minutes(9 * 60)],
    ['after midnight (06:30)', '2027-01-15T05:30:00Z', '22:00', '07:00', minutes(30)],
    ['at their end (07:00)', '2027-01-15T06:00:00Z', '22:00', '07:00', 0],
    ['in summer time (23:00 Amsterdam is 21:00 UTC)', '2027-07-15T21:00:00Z', '22:00', '07:00', minutes(8 * 60)],
    ['a daytime window (12:00-13:30) at 12:15', '2027-01-15T11:15:00Z', '12:00', '13:30', minutes(75)],
    ['a daytime window outside it', '2027-01-15T13:00:00Z', '12:00', '13:30', 0],
  ])('%s', (_case, now, starts, ends, expected) => {
    expect(msUntilQuietHoursEnd(at(now), starts, ends)).toBe(expected);
  });
});
