import { enrolmentPromotedV1 } from '@vc/contracts';
import type { EntityManager } from 'typeorm';
import type { TrainingEventPublisher } from '../events/training-event-publisher.js';
import { enrolmentPayload, type EnrolmentRow } from './enrolment.view.js';
import { returnedRows } from '@vc/service-kit';

export interface LockedSession {
  id: string;
  centre_id: string;
  course_id: string;
  capacity: number;
  status: 'scheduled' | 'cancelled';
  open_to_consortium: boolean;
  deadline_passed: boolean;
  started: boolean;
}

/**
 * Every change to a session's places takes this row lock first, so enrolments, cancellations and
 * promotions of one session happen one after another: counting places and acting on the count can
 * never interleave, whichever replica runs them (no in-process locking).
 */
export async function lockSession(manager: EntityManager, sessionId: string): Promise<LockedSession | undefined> {
  const [session] = await manager.query(
    `SELECT id, centre_id, course_id, capacity, status, open_to_consortium,
            now() > enrolment_deadline AS deadline_passed, now() >= starts_at AS started
       FROM session WHERE id = $1 FOR UPDATE`,
    [sessionId],
  );
  return session;
}

export async function enrolledCount(manager: EntityManager, sessionId: string): Promise<number> {
  const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM enrolment WHERE session_id = $1 AND status = 'enrolled'`, [
    sessionId,
  ]);
  return count;
}

/**
 * Fills free places from the waiting list, first in line first. Runs under the session lock, so
 * each free place promotes exactly one person even when cancellations arrive at the same moment.
 */
export async function promoteFromWaitingList(
  manager: EntityManager,
  publisher: TrainingEventPublisher,
  session: LockedSession,
): Promise<string[]> {
  if (session.status !== 'scheduled') return [];
  const free = session.capacity - (await enrolledCount(manager, session.id));
  if (free <= 0) return [];
  const promoted: EnrolmentRow[] = returnedRows(await manager.query(
    `UPDATE enrolment SET status = 'enrolled', enrolled_at = now()
      WHERE id IN (SELECT id FROM enrolment WHERE session_id = $1 AND status = 'waitlisted'
                    ORDER BY waitlisted_at, id LIMIT $2)
      RETURNING *`,
    [session.id, free],
  ));
  for (const row of promoted) {
    await publisher.publish(manager, enrolmentPromotedV1, {
      subject: row.id,
      centreId: row.centre_id,
      payload: enrolmentPayload(row, 'enrolled'),
    });
  }
  return promoted.map((row) => row.id);
}
