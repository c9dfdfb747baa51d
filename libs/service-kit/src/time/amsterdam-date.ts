// Building an Intl.DateTimeFormat costs about a millisecond: build it once, not per request.
const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in the Netherlands (YYYY-MM-DD) at `instant`: what "today" means to a centre. */
export function todayInAmsterdam(instant: Date = new Date()): string {
  return amsterdamDate.format(instant);
}

/** `date` (YYYY-MM-DD) plus `days` calendar days: dates without a time, so no daylight-saving surprises. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}
