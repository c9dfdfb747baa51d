const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's calendar date in the Netherlands, `YYYY-MM-DD`: what start dates and VOG validity compare with. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return formatter.format(now);
}
