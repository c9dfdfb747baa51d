const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in the Netherlands (YYYY-MM-DD): what "today" means to a centre. */
export function dateInAmsterdam(instant: Date = new Date()): string {
  return amsterdamDate.format(instant);
}

/** `date` plus `days` calendar days (dates without time, so no daylight-saving surprises). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

/** Postgres `date` columns come back as strings already ('YYYY-MM-DD'); keep them that way. */
export function dateOrNull(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}
