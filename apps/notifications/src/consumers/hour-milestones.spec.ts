import { milestoneCrossed } from './hour-milestones.js';

describe('milestoneCrossed', () => {
  it.each([
    [0, 4, undefined],
    [0, 10, 10],
    [9.75, 10.25, 10],
    [10, 24.75, undefined],
    [20, 60, 50],
    [0, 120, 100],
    [100, 100, undefined],
    [120, 110, undefined],
    [4999, 6000, 5000],
  ])('from %p to %p hours: %p', (before, after, expected) => {
    expect(milestoneCrossed(before, after)).toBe(expected);
  });
});
