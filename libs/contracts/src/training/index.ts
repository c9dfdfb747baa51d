// The training service's event contracts.
import { EventCatalogue } from '../envelope/event-catalogue.js';
import type { EventContract } from '../envelope/event-contract.js';
import { articlePublishedV1 } from './article-published.v1.js';
import { certificateIssuedV1, certificateWithdrawnV1 } from './certificate-events.v1.js';
import { coursePublishedV1 } from './course-published.v1.js';
import {
  enrolmentAttendedV1,
  enrolmentCancelledV1,
  enrolmentEnrolledV1,
  enrolmentPromotedV1,
  enrolmentWaitlistedV1,
} from './enrolment-events.v1.js';
import { sessionCancelledV1 } from './session-cancelled.v1.js';
import { sessionScheduledV1 } from './session-scheduled.v1.js';

export { CertificateKind, CourseAudience, EnrolmentStatus, TRAINING_LIMITS } from './training-values.js';
export * from './course-published.v1.js';
export * from './session-scheduled.v1.js';
export * from './session-cancelled.v1.js';
export * from './enrolment-events.v1.js';
export * from './certificate-events.v1.js';
export * from './article-published.v1.js';

export const trainingTopics = {
  course: 'training.course.v1',
  session: 'training.session.v1',
  enrolment: 'training.enrolment.v1',
  certificate: 'training.certificate.v1',
  article: 'training.article.v1',
} as const;

/** Every contract the training service publishes; all public (no names, no contact data). */
export const trainingPublicContracts: readonly EventContract[] = Object.freeze([
  coursePublishedV1,
  sessionScheduledV1,
  sessionCancelledV1,
  enrolmentEnrolledV1,
  enrolmentWaitlistedV1,
  enrolmentPromotedV1,
  enrolmentCancelledV1,
  enrolmentAttendedV1,
  certificateIssuedV1,
  certificateWithdrawnV1,
  articlePublishedV1,
]);

export const trainingCatalogue = new EventCatalogue(trainingPublicContracts);
