import { Inject, Injectable } from '@nestjs/common';
import { enrolmentEnrolledV1, enrolmentWaitlistedV1 } from '@vc/contracts';
import { ConflictProblem, ForbiddenProblem, isUniqueViolation, NotFoundProblem, type Principal, runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { TrainingEventPublisher } from '../../events/training-event-publisher.js';
import { has, isStaff } from '../../shared/roles.js';
import { centreOf, tenantScopeOf } from '../../tenancy/tenant-scope.js';
import { ENROLMENT_SELECT, enrolmentPayload, type EnrolmentRow, type EnrolmentView } from '../enrolment.view.js';
import { lockSession } from '../waiting-list.js';
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

    // The session's places are the offering centre's rows: change them in its scope. The lock is
    // held until commit, so the work under it is kept to three statements.
    const id = await runInTenant(this.dataSource, { centreId: offeringCentreId }, async (manager) => {
      const session = await lockSession(manager, sessionId);
      if (!session) throw new NotFoundProblem('Session', sessionId);
      if (session.status !== 'scheduled') throw new ConflictProblem('This session was cancelled', 'session-cancelled');
      if (session.deadline_passed && !lateAllowed) throw new ConflictProblem('Enrolment for this session has closed', 'enrolment-closed');
      // One statement, run after the lock was granted, so it counts what the previous holder committed.
      let rows: EnrolmentRow[];
      try {
        rows = await manager.query(
          `WITH taken AS (SELECT count(*) AS n FROM enrolment WHERE session_id = $4 AND status = 'enrolled')
           INSERT INTO enrolment (id, centre_id, participant_centre_id, session_id, course_id, volunteer_id, organisation_id,
                                  enrolled_by, status, enrolled_at, waitlisted_at)
           SELECT $1, $2, $3, $4, $5, $6, $7, $8,
                  CASE WHEN taken.n < $9 THEN 'enrolled' ELSE 'waitlisted' END,
                  CASE WHEN taken.n < $9 THEN now() END,
                  CASE WHEN taken.n < $9 THEN NULL ELSE clock_timestamp() END
             FROM taken
            WHERE NOT EXISTS (SELECT 1 FROM enrolment WHERE session_id = $4 AND volunteer_id = $6 AND status <> 'cancelled')
           RETURNING *`,
          [
            uuidv7(),
            offeringCentreId,
            participantCentreId,
            sessionId,
            session.course_id,
            volunteerId,
            has(principal, 'organisation-coordinator') ? (principal.organisationId ?? null) : null,
            principal.subject,
            session.capacity,
          ],
        );
      } catch (error) {
        // The unique index is the guarantee; NOT EXISTS only gives the answer without an error first.
        if (isUniqueViolation(error)) throw new AlreadyEnrolledProblem();
        throw error;
      }
      const row = rows[0];
      if (!row) throw new AlreadyEnrolledProblem();
      const fields = { subject: row.id, centreId: offeringCentreId };
      if (row.status === 'enrolled') {
        await this.publisher.publish(manager, enrolmentEnrolledV1, { ...fields, payload: enrolmentPayload(row, 'enrolled') });
      } else {
        await this.publisher.publish(manager, enrolmentWaitlistedV1, { ...fields, payload: enrolmentPayload(row, 'waitlisted') });
      }
      return row.id;
    });
    // Read after commit, outside the session lock: the place in line as it is now.
    const [view] = await runInTenant(this.dataSource, { centreId: offeringCentreId }, (manager) =>
      manager.query(`${ENROLMENT_SELECT} WHERE e.id = $1`, [id]),
    );
    return view;
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
