import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { IsEntityId, IsTimestamp } from '../registrations/registrations-values.js';
import { TRAINING_LIMITS } from './training-values.js';

export class AffectedEnrolmentV1 {
  @IsEntityId()
  enrolmentId!: string;

  /** Pseudonymous; notifications finds the person's contact details under it. */
  @IsEntityId()
  volunteerId!: string;
}

export class SessionCancelledV1 {
  @IsEntityId()
  sessionId!: string;

  @IsEntityId()
  courseId!: string;

  @IsEntityId()
  centreId!: string;

  @IsTimestamp()
  startsAt!: string;

  /** Everyone who was enrolled or on the waiting list; their enrolments are cancelled with the session. */
  @IsArray()
  @ArrayMaxSize(TRAINING_LIMITS.affected)
  @ValidateNested({ each: true })
  @Type(() => AffectedEnrolmentV1)
  affected!: AffectedEnrolmentV1[];
}

export const sessionCancelledV1 = defineEvent({
  type: 'training.session.cancelled',
  version: 1,
  topic: 'training.session.v1',
  privacy: 'public',
  payload: SessionCancelledV1,
  example: {
    sessionId: '019abc00-0000-7000-8000-000000000002',
    courseId: '019abc00-0000-7000-8000-000000000001',
    centreId: 'centre-utrecht',
    startsAt: '2027-03-12T18:30:00.000Z',
    affected: [{ enrolmentId: '019abc00-0000-7000-8000-000000000003', volunteerId: 'vol-8f3a2c' }],
  },
  description:
    'A session was cancelled. Lists every enrolment it cancelled (enrolled and waiting list) with the pseudonymous ' +
    'volunteer id, so notifications can tell each person; no names or contact data.',
});
