// PRIVACY. Mediation case events are public and say as little as possible: the case id, its
// status, dates, centre, region and the assigned consultant. NEVER add the volunteer's id (being in
// mediation says the person needs support), the referrer or source organisation, the referral
// reason, goals, notes, or anything from an intake or follow-up conversation.
import { Type } from 'class-transformer';
import { IsIn, IsObject, ValidateNested } from 'class-validator';
import { defineEvent, type EventContract } from '../envelope/event-contract.js';
import { IsCalendarDate, IsEntityId, IsOmittable, IsTimestamp, valuesOf } from '../registrations/registrations-values.js';

export const MediationCaseStatus = {
  Referred: 'referred',
  Assigned: 'assigned',
  IntakeDone: 'intake-done',
  Placed: 'placed',
  Closed: 'closed',
} as const;
export type MediationCaseStatus = (typeof MediationCaseStatus)[keyof typeof MediationCaseStatus];

/** How a case ended, as a code. */
export const MediationOutcome = {
  Placed: 'placed',
  NoSuitableWork: 'no-suitable-work',
  StoppedByPerson: 'stopped-by-person',
  ReferredElsewhere: 'referred-elsewhere',
  ConsentWithdrawn: 'consent-withdrawn',
  Erased: 'erased',
} as const;
export type MediationOutcome = (typeof MediationOutcome)[keyof typeof MediationOutcome];

export const FollowUpKind = { ThreeMonths: '3-months', SixMonths: '6-months' } as const;
export type FollowUpKind = (typeof FollowUpKind)[keyof typeof FollowUpKind];

export class MediationCaseSnapshotV1 {
  @IsEntityId()
  caseId!: string;

  @IsEntityId()
  centreId!: string;

  @IsEntityId()
  regionId!: string;

  @IsIn(valuesOf(MediationCaseStatus))
  status!: MediationCaseStatus;

  /** The assigned consultant's user id (token subject); absent until one is assigned. */
  @IsOmittable()
  @IsEntityId()
  consultantId?: string;

  @IsCalendarDate()
  referredOn!: string;

  @IsOmittable()
  @IsCalendarDate()
  intakeOn?: string;

  @IsOmittable()
  @IsCalendarDate()
  placedOn?: string;

  @IsOmittable()
  @IsCalendarDate()
  closedOn?: string;

  @IsOmittable()
  @IsIn(valuesOf(MediationOutcome))
  outcome?: MediationOutcome;

  @IsTimestamp()
  changedAt!: string;
}

export class FollowUpV1 {
  @IsEntityId()
  followUpId!: string;

  @IsIn(valuesOf(FollowUpKind))
  kind!: FollowUpKind;

  @IsCalendarDate()
  dueOn!: string;

  @IsOmittable()
  @IsCalendarDate()
  doneOn?: string;
}

export class MediationFollowUpV1 extends MediationCaseSnapshotV1 {
  @IsObject()
  @ValidateNested()
  @Type(() => FollowUpV1)
  followUp!: FollowUpV1;
}

const example: MediationCaseSnapshotV1 = {
  caseId: '019386a2-7d00-7aaa-8bbb-0c1d2e3f4a5b',
  centreId: 'centre-utrecht',
  regionId: 'region-midden',
  status: 'referred',
  referredOn: '2027-01-04',
  changedAt: '2027-01-04T10:00:00.000Z',
};

function caseEvent(verb: string, status: MediationCaseStatus, description: string, extra: Partial<MediationCaseSnapshotV1> = {}) {
  class Payload extends MediationCaseSnapshotV1 {}
  IsIn([status])(Payload.prototype, 'status');
  // Schemas are named by class: each transition's class needs its own name.
  Object.defineProperty(Payload, 'name', { value: `MediationCase${verb.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase())}V1` });
  return defineEvent<MediationCaseSnapshotV1>({
    type: `matching.mediation-case.${verb}`,
    version: 1,
    topic: 'matching.mediation-case.v1',
    privacy: 'public',
    payload: Payload,
    example: { ...example, status, ...extra },
    description,
  });
}

const assigned = { consultantId: 'user-consultant-17' };
const placed = { ...assigned, intakeOn: '2027-01-12', placedOn: '2027-02-01' };

export const mediationCaseReferredV1 = caseEvent(
  'referred',
  'referred',
  'A person was referred for mediation with their consent. Who referred them and why stays in the matching service.',
);
export const mediationCaseConsultantAssignedV1 = caseEvent(
  'consultant-assigned',
  'assigned',
  'A consultant of the centre was assigned to the case (also when the case is handed to another consultant).',
  assigned,
);
export const mediationCaseIntakeRecordedV1 = caseEvent(
  'intake-recorded',
  'intake-done',
  'The intake conversation took place and goals were set; their content stays in the matching service.',
  { ...assigned, intakeOn: '2027-01-12' },
);
export const mediationCasePlacedV1 = caseEvent(
  'placed',
  'placed',
  'The person was placed in volunteer work; follow-ups fall due 3 and 6 months after placedOn.',
  placed,
);
export const mediationCaseClosedV1 = caseEvent('closed', 'closed', 'The case was closed with an outcome code. Final.', {
  ...placed,
  closedOn: '2027-08-15',
  outcome: 'placed',
});

const followUpExample: MediationFollowUpV1 = {
  ...example,
  ...placed,
  status: 'placed',
  changedAt: '2027-05-01T06:00:00.000Z',
  followUp: { followUpId: '019386a2-7d00-7aaa-8bbb-0c1d2e3f4a99', kind: '3-months', dueOn: '2027-05-01' },
};

export const mediationCaseFollowUpFellDueV1 = defineEvent({
  type: 'matching.mediation-case.follow-up-fell-due',
  version: 1,
  topic: 'matching.mediation-case.v1',
  privacy: 'public',
  payload: MediationFollowUpV1,
  example: followUpExample,
  description:
    'A follow-up of a placed case (3 or 6 months after placement) fell due: a reminder for the assigned consultant. ' +
    'Published once per follow-up, by the matching service itself, on the due day (Europe/Amsterdam).',
});

export const mediationCaseFollowUpRecordedV1 = defineEvent({
  type: 'matching.mediation-case.follow-up-recorded',
  version: 1,
  topic: 'matching.mediation-case.v1',
  privacy: 'public',
  payload: MediationFollowUpV1,
  example: { ...followUpExample, changedAt: '2027-05-03T14:00:00.000Z', followUp: { ...followUpExample.followUp, doneOn: '2027-05-03' } },
  description: 'The consultant recorded that a follow-up took place. What was said stays in the matching service.',
});

export const mediationCaseContracts: readonly EventContract[] = Object.freeze([
  mediationCaseReferredV1,
  mediationCaseConsultantAssignedV1,
  mediationCaseIntakeRecordedV1,
  mediationCasePlacedV1,
  mediationCaseClosedV1,
  mediationCaseFollowUpFellDueV1,
  mediationCaseFollowUpRecordedV1,
]);
