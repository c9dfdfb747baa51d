import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { IsEntityId } from '../registrations/registrations-values.js';
import { EnrolmentStatus } from './training-values.js';

/** An enrolment after the fact. The participant appears only by pseudonymous volunteer id. */
export abstract class EnrolmentSnapshotV1 {
  @IsEntityId()
  enrolmentId!: string;

  @IsEntityId()
  sessionId!: string;

  @IsEntityId()
  courseId!: string;

  /** The centre offering the session. */
  @IsEntityId()
  centreId!: string;

  /** The participant's own centre (differs from centreId for a course open to the consortium). */
  @IsEntityId()
  participantCentreId!: string;

  @IsEntityId()
  volunteerId!: string;

  abstract status: EnrolmentStatus;
}

export class EnrolmentEnrolledV1 extends EnrolmentSnapshotV1 {
  @IsIn([EnrolmentStatus.Enrolled])
  status!: typeof EnrolmentStatus.Enrolled;
}
export class EnrolmentWaitlistedV1 extends EnrolmentSnapshotV1 {
  @IsIn([EnrolmentStatus.Waitlisted])
  status!: typeof EnrolmentStatus.Waitlisted;
}
export class EnrolmentPromotedV1 extends EnrolmentSnapshotV1 {
  @IsIn([EnrolmentStatus.Enrolled])
  status!: typeof EnrolmentStatus.Enrolled;
}
export class EnrolmentCancelledV1 extends EnrolmentSnapshotV1 {
  @IsIn([EnrolmentStatus.Cancelled])
  status!: typeof EnrolmentStatus.Cancelled;
}
export class EnrolmentAttendedV1 extends EnrolmentSnapshotV1 {
  @IsIn([EnrolmentStatus.Enrolled])
  status!: typeof EnrolmentStatus.Enrolled;
}

const example = {
  enrolmentId: '019abc00-0000-7000-8000-000000000003',
  sessionId: '019abc00-0000-7000-8000-000000000002',
  courseId: '019abc00-0000-7000-8000-000000000001',
  centreId: 'centre-utrecht',
  participantCentreId: 'centre-utrecht',
  volunteerId: 'vol-8f3a2c',
};

export const enrolmentEnrolledV1 = defineEvent({
  type: 'training.enrolment.enrolled',
  version: 1,
  topic: 'training.enrolment.v1',
  privacy: 'public',
  payload: EnrolmentEnrolledV1,
  example: { ...example, status: 'enrolled' },
  description: 'Someone got a place in a session.',
});

export const enrolmentWaitlistedV1 = defineEvent({
  type: 'training.enrolment.waitlisted',
  version: 1,
  topic: 'training.enrolment.v1',
  privacy: 'public',
  payload: EnrolmentWaitlistedV1,
  example: { ...example, status: 'waitlisted' },
  description: 'The session was full: the person is on its waiting list, in order of arrival.',
});

export const enrolmentPromotedV1 = defineEvent({
  type: 'training.enrolment.promoted',
  version: 1,
  topic: 'training.enrolment.v1',
  privacy: 'public',
  payload: EnrolmentPromotedV1,
  example: { ...example, status: 'enrolled' },
  description: 'A place became free and the first person on the waiting list got it (exactly once per free place).',
});

export const enrolmentCancelledV1 = defineEvent({
  type: 'training.enrolment.cancelled',
  version: 1,
  topic: 'training.enrolment.v1',
  privacy: 'public',
  payload: EnrolmentCancelledV1,
  example: { ...example, status: 'cancelled' },
  description:
    'An enrolment (or a place on the waiting list) was cancelled by the person, their coordinator or staff. ' +
    'Enrolments cancelled with their session are listed in training.session.cancelled instead.',
});

export const enrolmentAttendedV1 = defineEvent({
  type: 'training.enrolment.attended',
  version: 1,
  topic: 'training.enrolment.v1',
  privacy: 'public',
  payload: EnrolmentAttendedV1,
  example: { ...example, status: 'enrolled' },
  description: 'The trainer recorded that the person attended the session.',
});
