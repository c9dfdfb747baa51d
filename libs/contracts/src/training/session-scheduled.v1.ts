import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { IsEntityId, IsTimestamp } from '../registrations/registrations-values.js';

export class SessionScheduledV1 {
  @IsEntityId()
  sessionId!: string;

  @IsEntityId()
  courseId!: string;

  @IsEntityId()
  centreId!: string;

  @IsTimestamp()
  startsAt!: string;

  @IsTimestamp()
  endsAt!: string;

  @IsTimestamp()
  enrolmentDeadline!: string;

  @IsInt()
  @Min(1)
  @Max(1_000)
  capacity!: number;

  @IsBoolean()
  online!: boolean;
}

export const sessionScheduledV1 = defineEvent({
  type: 'training.session.scheduled',
  version: 1,
  topic: 'training.session.v1',
  privacy: 'public',
  payload: SessionScheduledV1,
  example: {
    sessionId: '019abc00-0000-7000-8000-000000000002',
    courseId: '019abc00-0000-7000-8000-000000000001',
    centreId: 'centre-utrecht',
    startsAt: '2027-03-12T18:30:00.000Z',
    endsAt: '2027-03-12T20:30:00.000Z',
    enrolmentDeadline: '2027-03-10T22:59:00.000Z',
    capacity: 20,
    online: false,
  },
  description:
    'A session of a course was scheduled. Times are instants; the centre entered them as Europe/Amsterdam wall-clock times.',
});
