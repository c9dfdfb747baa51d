// Building an Intl.DateTimeFormat costs about a millisecond: build it once.
const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar date in the Netherlands (YYYY-MM-DD): what "today" means to a centre. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return amsterdamDate.format(now);
}
