import { Inject, Injectable } from '@nestjs/common';
import { coursePublishedV1 } from '@vc/contracts';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { regionOf, TrainingEventPublisher } from '../../events/training-event-publisher.js';
import { COURSE_COLUMNS, type CourseView } from '../course.view.js';
import type { PublishCourseRequest } from './publish-course.request.dto.js';

@Injectable()
export class PublishCourseHandler {
  constructor(@Inject(TrainingEventPublisher) private readonly publisher: TrainingEventPublisher) {}

  /** A course is published when it is created: sessions are what people enrol in. */
  async publishCourse(manager: EntityManager, centreId: string, request: PublishCourseRequest): Promise<CourseView> {
    await regionOf(manager, centreId);
    const id = uuidv7();
    const [course]: CourseView[] = await manager.query(
      `INSERT INTO course AS c (id, centre_id, title, description, audiences, topics, skills, language, price_cents,
                             open_to_consortium, required_sessions)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       RETURNING ${COURSE_COLUMNS}`,
      [
        id,
        centreId,
        request.title,
        request.description,
        request.audiences,
        request.topics,
        request.skills,
        request.language,
        request.priceCents,
        request.openToConsortium,
        request.requiredSessions ?? 1,
      ],
    );
    await this.publisher.publish(manager, coursePublishedV1, {
      subject: id,
      centreId,
      payload: {
        courseId: id,
        centreId,
        title: course!.title,
        audiences: course!.audiences,
        topics: course!.topics,
        skills: course!.skills,
        language: course!.language,
        priceCents: course!.priceCents,
        openToConsortium: course!.openToConsortium,
        requiredSessions: course!.requiredSessions,
      },
    });
    return course!;
  }
}
