import { ConflictProblem } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';

/**
 * Takes one place of a one-off activity, or refuses with 409 when none is left. One statement:
 * the upsert locks the activity's row, so concurrent sign-ups queue on it and each sees the count
 * the one before left (no read-then-write gap); the table's CHECK (taken <= capacity) backs it up.
 * Capacity is what registrations last said was free when sign-ups began to count here.
 */
export async function takePlace(manager: EntityManager, activity: { vacancyId: string; centreId: string; capacity: number }): Promise<number> {
  const rows = (await manager.query(
    `INSERT INTO activity_booking AS b (vacancy_id, centre_id, capacity, taken)
     SELECT $1, $2, $3, 1 WHERE $3 > 0
     ON CONFLICT (vacancy_id) DO UPDATE SET taken = b.taken + 1 WHERE b.taken < b.capacity
     RETURNING b.capacity - b.taken AS left`,
    [activity.vacancyId, activity.centreId, activity.capacity],
  )) as Array<{ left: number }>;
  if (rows.length === 0) throw new ConflictProblem('This activity has no places left', 'no-places-left');
  return rows[0]!.left;
}

/** Gives a place back (a sign-up was withdrawn). */
export async function releasePlace(manager: EntityManager, vacancyId: string): Promise<void> {
  await manager.query(`UPDATE activity_booking SET taken = taken - 1 WHERE vacancy_id = $1 AND taken > 0`, [vacancyId]);
}
