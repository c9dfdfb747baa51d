import { Inject, Injectable } from '@nestjs/common';
import { sessionCancelledV1 } from '@vc/contracts';
import { InvalidTransitionProblem, NotFoundProblem, returnedRows } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { TrainingEventPublisher } from '../../events/training-event-publisher.js';
import { SESSION_SELECT, type SessionView } from '../session.view.js';

@Injectable()
export class CancelSessionHandler {
  constructor(@Inject(TrainingEventPublisher) private readonly publisher: TrainingEventPublisher) {}

  /**
   * Cancels the session and every enrolment and waiting-list place in it, and publishes one event
   * naming them all (ids only), so notifications can tell each person.
   */
  async cancelSession(manager: EntityManager, centreId: string, sessionId: string): Promise<SessionView> {
    // The lock orders this after any enrolment or cancellation in flight on the session.
    const [session] = await manager.query(
      `SELECT id, course_id, status, starts_at FROM session WHERE id = $1 AND centre_id = $2 FOR UPDATE`,
      [sessionId, centreId],
    );
    if (!session) throw new NotFoundProblem('Session', sessionId);
    if (session.status !== 'scheduled') throw new InvalidTransitionProblem(session.status, 'cancelled');
    await manager.query(`UPDATE session SET status = 'cancelled', cancelled_at = now() WHERE id = $1`, [sessionId]);
    const affected: Array<{ id: string; volunteer_id: string | null }> = returnedRows(await manager.query(
      `UPDATE enrolment SET status = 'cancelled', cancelled_at = now()
        WHERE session_id = $1 AND status IN ('enrolled', 'waitlisted')
        RETURNING id, volunteer_id`,
      [sessionId],
    ));
    await this.publisher.publish(manager, sessionCancelledV1, {
      subject: sessionId,
      centreId,
      payload: {
        sessionId,
        courseId: session.course_id,
        centreId,
        startsAt: session.starts_at.toISOString(),
        // Erased people have no id left to be told under.
        affected: affected
          .filter((row) => row.volunteer_id !== null)
          .sort((a, b) => a.id.localeCompare(b.id))
          .map((row) => ({ enrolmentId: row.id, volunteerId: row.volunteer_id! })),
      },
    });
    const [view] = await manager.query(`${SESSION_SELECT} WHERE s.id = $1`, [sessionId]);
    return view;
  }
}
