// Building an Intl.DateTimeFormat costs about a millisecond: build it once, not per request.
const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// Formatting still costs a few microseconds, and validation asks for today on many requests. The
// Dutch date can only change on a whole minute (the offset is one or two whole hours), so the
// answer is kept for the minute it was asked in.
let cachedMinute = Number.NaN;
let cachedDate = '';

/** The calendar date in the Netherlands (YYYY-MM-DD) at `instant`: what "today" means to a centre. */
export function todayInAmsterdam(instant: Date = new Date()): string {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== cachedMinute) {
    cachedDate = amsterdamDate.format(instant);
    cachedMinute = minute;
  }
  return cachedDate;
}

/** `date` (YYYY-MM-DD) plus `days` calendar days: dates without a time, so no daylight-saving surprises. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}
