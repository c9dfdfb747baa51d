import { Inject, Injectable } from '@nestjs/common';
import { enrolmentEnrolledV1, enrolmentWaitlistedV1 } from '@vc/contracts';
import { ConflictProblem, ForbiddenProblem, NotFoundProblem, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { TrainingEventPublisher } from '../../events/training-event-publisher.js';
import { has, isStaff } from '../../shared/roles.js';
import { isUniqueViolation } from '../../shared/sql-errors.js';
import { centreOf, tenantScopeOf } from '../../tenancy/tenant-scope.js';
import { ENROLMENT_SELECT, enrolmentPayload, type EnrolmentRow, type EnrolmentView } from '../enrolment.view.js';
import { enrolledCount, lockSession } from '../waiting-list.js';
import type { EnrolRequest } from './enrol.request.dto.js';

export class AlreadyEnrolledProblem extends ConflictProblem {
  constructor() {
    super('This person is enrolled in (or waiting for) this session already', 'already-enrolled');
  }
}

@Injectable()
export class EnrolHandler {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(TrainingEventPublisher) private readonly publisher: TrainingEventPublisher,
  ) {}

  /**
   * A volunteer enrols themself, a coordinator one of their organisation's people, staff anyone.
   * A full session puts the person on the waiting list. The deadline binds everyone but the staff
   * of the offering centre (who may add a late participant).
   */
  async enrol(principal: Principal, sessionId: string, request: EnrolRequest): Promise<EnrolmentView> {
    const participantCentreId = centreOf(principal);
    const volunteerId = participantOf(principal, request);
    // Visible when it is the caller's centre's session or open to the consortium.
    const [visible] = await runInTenant(this.dataSource, tenantScopeOf(principal), (manager) =>
      manager.query(`SELECT centre_id FROM session WHERE id = $1`, [sessionId]),
    );
    if (!visible) throw new NotFoundProblem('Session', sessionId);
    const offeringCentreId: string = visible.centre_id;
    const lateAllowed = isStaff(principal) && participantCentreId === offeringCentreId;

    // The session's places are the offering centre's rows: change them in its scope.
    return runInTenant(this.dataSource, { centreId: offeringCentreId }, async (manager) => {
      const session = await lockSession(manager, sessionId);
      if (!session) throw new NotFoundProblem('Session', sessionId);
      if (session.status !== 'scheduled') throw new ConflictProblem('This session was cancelled', 'session-cancelled');
      if (session.deadline_passed && !lateAllowed) throw new ConflictProblem('Enrolment for this session has closed', 'enrolment-closed');
      const [existing] = await manager.query(
        `SELECT 1 FROM enrolment WHERE session_id = $1 AND volunteer_id = $2 AND status <> 'cancelled'`,
        [sessionId, volunteerId],
      );
      if (existing) throw new AlreadyEnrolledProblem();
      const status = (await enrolledCount(manager, sessionId)) < session.capacity ? 'enrolled' : 'waitlisted';
      const id = uuidv7();
      let row: EnrolmentRow;
      try {
        [row] = await manager.query(
          `INSERT INTO enrolment (id, centre_id, participant_centre_id, session_id, course_id, volunteer_id, organisation_id,
                                  enrolled_by, status, enrolled_at, waitlisted_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $9 = 'enrolled' THEN now() END, CASE WHEN $9 = 'waitlisted' THEN clock_timestamp() END)
           RETURNING *`,
          [
            id,
            offeringCentreId,
            participantCentreId,
            sessionId,
            session.course_id,
            volunteerId,
            has(principal, 'organisation-coordinator') ? (principal.organisationId ?? null) : null,
            principal.subject,
            status,
          ],
        );
      } catch (error) {
        // The unique index is the guarantee; the check above only gives the nicer answer first.
        if (isUniqueViolation(error)) throw new AlreadyEnrolledProblem();
        throw error;
      }
      await this.publisher.publish(manager, status === 'enrolled' ? enrolmentEnrolledV1 : enrolmentWaitlistedV1, {
        subject: id,
        centreId: offeringCentreId,
        payload: enrolmentPayload(row, status),
      });
      const [view] = await manager.query(`${ENROLMENT_SELECT} WHERE e.id = $1`, [id]);
      return view;
    });
  }
}

function participantOf(principal: Principal, request: EnrolRequest): string {
  if (isStaff(principal) || has(principal, 'organisation-coordinator')) {
    if (request.volunteerId) return request.volunteerId;
    if (!has(principal, 'volunteer')) {
      throw new ConflictProblem('Say whom to enrol: volunteerId is required when enrolling someone else', 'participant-required');
    }
  }
  if (!principal.volunteerId) throw new ForbiddenProblem('This token does not belong to a volunteer');
  if (request.volunteerId && request.volunteerId !== principal.volunteerId) {
    throw new ForbiddenProblem('A volunteer can enrol only themself');
  }
  return principal.volunteerId;
}
