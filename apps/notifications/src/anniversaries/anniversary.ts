import type { EntityManager } from 'typeorm';

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The registration days (MM-DD) whose anniversary falls on `today` (YYYY-MM-DD): today's own, and
 * on 28 February of a common year also 29 February, so people who registered on a leap day are
 * thanked every year, not every fourth.
 */
export function registrationDaysCelebratedOn(today: string): string[] {
  const year = Number(today.slice(0, 4));
  const monthDay = today.slice(5);
  return monthDay === '02-28' && !isLeapYear(year) ? ['02-28', '02-29'] : [monthDay];
}

/** Whole years since `registeredOn` when `today` is one of its anniversaries; otherwise undefined. */
export function anniversaryYears(registeredOn: string, today: string): number | undefined {
  const years = Number(today.slice(0, 4)) - Number(registeredOn.slice(0, 4));
  if (years < 1) return undefined;
  return registrationDaysCelebratedOn(today).includes(registeredOn.slice(5)) ? years : undefined;
}

/** Keeps the first registration date (Amsterdam day) of a volunteer; a later registration event does not move it. */
export async function rememberRegistrationDate(manager: EntityManager, registration: { volunteerId: string; centreId: string; registeredOn: string }): Promise<void> {
  await manager.query(`INSERT INTO volunteer_anniversary (volunteer_id, centre_id, registered_on, month_day) VALUES ($1, $2, $3, $4) ON CONFLICT (volunteer_id) DO NOTHING`, [
    registration.volunteerId,
    registration.centreId,
    registration.registeredOn,
    registration.registeredOn.slice(5),
  ]);
}
