/** Confirmed-hours totals worth a thank-you. */
export const HOUR_MILESTONES = [10, 25, 50, 100, 250, 500, 1000, 2500, 5000] as const;

/**
 * The milestone to celebrate when a person's total goes from `before` to `after`: the highest one
 * crossed, or none. Several crossed at once (a large entry) give one message, not a burst.
 */
export function milestoneCrossed(before: number, after: number): number | undefined {
  const crossed = HOUR_MILESTONES.filter((milestone) => milestone > before && milestone <= after);
  return crossed.at(-1);
}
