import { Inject, Injectable } from '@nestjs/common';
import { enrolmentAttendedV1 } from '@vc/contracts';
import { ConflictProblem, InvalidTransitionProblem, NotFoundProblem } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { issueCertificate } from '../../certificates/issue-certificate.js';
import { TrainingEventPublisher } from '../../events/training-event-publisher.js';
import { ENROLMENT_SELECT, enrolmentPayload, type EnrolmentRow, type EnrolmentView } from '../enrolment.view.js';

export interface AttendanceResult extends EnrolmentView {
  /** The certificate this attendance completed, if it did. */
  certificateId: string | null;
}

@Injectable()
export class RecordAttendanceHandler {
  constructor(@Inject(TrainingEventPublisher) private readonly publisher: TrainingEventPublisher) {}

  /**
   * The trainer marks an enrolled person present once the session has started. When that makes
   * the course's required number of attended sessions, the certificate is issued (once).
   */
  async recordAttendance(manager: EntityManager, centreId: string, enrolmentId: string): Promise<AttendanceResult> {
    const [row]: Array<EnrolmentRow & { started: boolean }> = await manager.query(
      `SELECT e.*, now() >= s.starts_at AS started FROM enrolment e JOIN session s ON s.id = e.session_id
        WHERE e.id = $1 AND e.centre_id = $2 FOR UPDATE OF e`,
      [enrolmentId, centreId],
    );
    if (!row) throw new NotFoundProblem('Enrolment', enrolmentId);
    if (row.attended_at !== null) throw new ConflictProblem('Attendance was recorded already', 'already-attended');
    if (row.status !== 'enrolled') throw new InvalidTransitionProblem(row.status, 'attended');
    if (!row.started) throw new ConflictProblem('The session has not started yet', 'session-not-started');
    await manager.query(`UPDATE enrolment SET attended_at = now() WHERE id = $1`, [enrolmentId]);
    let certificateId: string | null = null;
    if (row.volunteer_id !== null) {
      await this.publisher.publish(manager, enrolmentAttendedV1, {
        subject: enrolmentId,
        centreId: row.centre_id,
        payload: enrolmentPayload(row, 'enrolled'),
      });
      certificateId = (await this.certifyIfComplete(manager, row)) ?? null;
    }
    const [view] = await manager.query(`${ENROLMENT_SELECT} WHERE e.id = $1`, [enrolmentId]);
    return { ...view, certificateId };
  }

  private async certifyIfComplete(manager: EntityManager, row: EnrolmentRow): Promise<string | undefined> {
    // Two sessions' attendance recorded at once must not both count without seeing each other.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('training:certify'), hashtext($1 || '/' || $2))`, [
      row.course_id,
      row.volunteer_id,
    ]);
    const [course] = await manager.query(
      `SELECT c.title, c.required_sessions,
              (SELECT count(DISTINCT e.session_id)::int FROM enrolment e
                WHERE e.course_id = c.id AND e.volunteer_id = $2 AND e.status = 'enrolled' AND e.attended_at IS NOT NULL) AS attended
         FROM course c WHERE c.id = $1`,
      [row.course_id, row.volunteer_id],
    );
    if (course.attended < course.required_sessions) return undefined;
    return issueCertificate(manager, this.publisher, {
      centreId: row.centre_id,
      participantCentreId: row.participant_centre_id,
      volunteerId: row.volunteer_id!,
      kind: 'course',
      courseId: row.course_id,
      placementId: null,
      title: course.title,
    });
  }
}
