const amsterdamClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** Seconds since midnight on the Amsterdam wall clock. */
export function amsterdamSecondOfDay(now: Date): number {
  const parts = Object.fromEntries(amsterdamClock.formatToParts(now).map((p) => [p.type, p.value]));
  return Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second);
}

/** `HH:MM[:SS]` to seconds since midnight. */
export function secondOfDay(time: string): number {
  const [h, m, s] = time.split(':').map(Number);
  return h! * 3600 + m! * 60 + (s ?? 0);
}

/**
 * How long until quiet hours end, in milliseconds, or 0 outside them. Quiet hours run from `starts`
 * up to (not including) `ends`, wall-clock Europe/Amsterdam; starts after ends wraps midnight.
 */
export function msUntilQuietHoursEnd(now: Date, starts: string, ends: string): number {
  const current = amsterdamSecondOfDay(now);
  const from = secondOfDay(starts);
  const until = secondOfDay(ends);
  const inside = from < until ? current >= from && current < until : current >= from || current < until;
  if (!inside) return 0;
  return (((until - current + 86_400) % 86_400) * 1000) - now.getUTCMilliseconds();
}
