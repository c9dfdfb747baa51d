import type { EntityManager } from 'typeorm';
import { gather, type GatheredWrite } from '../consumers/chunk-writes.js';

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

interface Registration {
  volunteerId: string;
  centreId: string;
  registeredOn: string;
}

const REGISTRATION_DATES: GatheredWrite<Registration> = {
  name: 'volunteer_anniversary',
  // DO NOTHING also within the rows: the first registration of a chunk wins, as it would one by one.
  write: async (manager, rows) => {
    await manager.query(
      `INSERT INTO volunteer_anniversary (volunteer_id, centre_id, registered_on, month_day)
       SELECT u.volunteer_id, u.centre_id, u.registered_on, to_char(u.registered_on, 'MM-DD')
         FROM unnest($1::text[], $2::uuid[], $3::date[]) AS u (volunteer_id, centre_id, registered_on)
       ON CONFLICT (volunteer_id) DO NOTHING`,
      [rows.map((r) => r.volunteerId), rows.map((r) => r.centreId), rows.map((r) => r.registeredOn)],
    );
  },
};

/**
 * Keeps the first registration date (Amsterdam day) of a volunteer; a later registration event
 * does not move it. Gathered with the chunk's other writes in the consumer (consumers/chunk-writes.ts).
 */
export function rememberRegistrationDate(manager: EntityManager, registration: Registration): Promise<void> {
  return gather(manager, REGISTRATION_DATES, [registration]);
}
