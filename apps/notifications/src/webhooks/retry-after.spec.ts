import { retryAfterMs } from './webhook-dispatcher.js';

describe('retryAfterMs', () => {
  const now = Date.parse('2027-01-11T09:30:00Z');
  it.each([
    [undefined, 0],
    ['', 0],
    ['120', 120_000],
    [' 5 ', 5_000],
    ['Mon, 11 Jan 2027 09:31:00 GMT', 60_000],
    ['Mon, 11 Jan 2027 09:00:00 GMT', 0],
    ['soon', 0],
    ['999999999', 86_400_000],
  ])('%p → %p ms', (value, expected) => {
    expect(retryAfterMs(value, now)).toBe(expected);
  });
});
