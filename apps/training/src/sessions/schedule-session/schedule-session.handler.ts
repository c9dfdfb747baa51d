import { Inject, Injectable } from '@nestjs/common';
import { sessionScheduledV1 } from '@vc/contracts';
import { NotFoundProblem } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { TrainingEventPublisher } from '../../events/training-event-publisher.js';
import { SESSION_SELECT, type SessionView } from '../session.view.js';
import type { ScheduleSessionRequest } from './schedule-session.request.dto.js';

@Injectable()
export class ScheduleSessionHandler {
  constructor(@Inject(TrainingEventPublisher) private readonly publisher: TrainingEventPublisher) {}

  async scheduleSession(manager: EntityManager, centreId: string, courseId: string, request: ScheduleSessionRequest): Promise<SessionView> {
    // Only the offering centre schedules: a shared course of another centre is not found here.
    const [course] = await manager.query(`SELECT open_to_consortium FROM course WHERE id = $1 AND centre_id = $2`, [courseId, centreId]);
    if (!course) throw new NotFoundProblem('Course', courseId);
    const id = uuidv7();
    const [instants] = await manager.query(
      `INSERT INTO session (id, centre_id, course_id, open_to_consortium, starts_at, ends_at, enrolment_deadline,
                            location, online_url, trainer_name, capacity)
       VALUES ($1, $2, $3, $4, $5::timestamp AT TIME ZONE 'Europe/Amsterdam', $6::timestamp AT TIME ZONE 'Europe/Amsterdam',
               $7::timestamp AT TIME ZONE 'Europe/Amsterdam', $8, $9, $10, $11)
       RETURNING starts_at, ends_at, enrolment_deadline`,
      [
        id,
        centreId,
        courseId,
        course.open_to_consortium,
        request.startsAt,
        request.endsAt,
        request.enrolmentDeadline,
        request.location ?? null,
        request.onlineUrl ?? null,
        request.trainerName,
        request.capacity,
      ],
    );
    await this.publisher.publish(manager, sessionScheduledV1, {
      subject: id,
      centreId,
      payload: {
        sessionId: id,
        courseId,
        centreId,
        startsAt: instants.starts_at.toISOString(),
        endsAt: instants.ends_at.toISOString(),
        enrolmentDeadline: instants.enrolment_deadline.toISOString(),
        capacity: request.capacity,
        online: request.onlineUrl !== undefined,
      },
    });
    const [view] = await manager.query(`${SESSION_SELECT} WHERE s.id = $1`, [id]);
    return view;
  }
}
