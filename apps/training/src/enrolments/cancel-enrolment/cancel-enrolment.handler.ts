import { Inject, Injectable } from '@nestjs/common';
import { enrolmentCancelledV1 } from '@vc/contracts';
import { InvalidTransitionProblem, NotFoundProblem, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { TrainingEventPublisher } from '../../events/training-event-publisher.js';
import { findEnrolmentFor } from '../enrolment-access.js';
import { ENROLMENT_SELECT, enrolmentPayload, type EnrolmentRow, type EnrolmentView } from '../enrolment.view.js';
import { lockSession, promoteFromWaitingList } from '../waiting-list.js';

@Injectable()
export class CancelEnrolmentHandler {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(TrainingEventPublisher) private readonly publisher: TrainingEventPublisher,
  ) {}

  /** Cancels a place (or a place in line); a freed place goes to the first in line, in the same transaction. */
  async cancelEnrolment(principal: Principal, id: string): Promise<EnrolmentView> {
    const ref = await findEnrolmentFor(this.dataSource, principal, id);
    return runInTenant(this.dataSource, { centreId: ref.centreId }, async (manager) => {
      const session = await lockSession(manager, ref.sessionId);
      if (!session) throw new NotFoundProblem('Enrolment', id);
      const [row]: EnrolmentRow[] = await manager.query(`SELECT * FROM enrolment WHERE id = $1`, [id]);
      if (row!.status === 'cancelled') throw new InvalidTransitionProblem('cancelled', 'cancelled');
      if (row!.attended_at !== null) throw new InvalidTransitionProblem('attended', 'cancelled');
      await manager.query(`UPDATE enrolment SET status = 'cancelled', cancelled_at = now() WHERE id = $1`, [id]);
      if (row!.volunteer_id !== null) {
        await this.publisher.publish(manager, enrolmentCancelledV1, {
          subject: id,
          centreId: row!.centre_id,
          payload: enrolmentPayload(row!, 'cancelled'),
        });
      }
      if (row!.status === 'enrolled') await promoteFromWaitingList(manager, this.publisher, session);
      const [view] = await manager.query(`${ENROLMENT_SELECT} WHERE e.id = $1`, [id]);
      return view;
    });
  }
}
