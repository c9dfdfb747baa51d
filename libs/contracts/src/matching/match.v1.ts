// PRIVACY. Match events are public: ids, statuses, dates, region and centre. NEVER add the
// evaluation text, notes, a mediation case id (it would reveal that the person needs support) or
// anything about the person beyond their pseudonymous volunteerId.
import { IsIn } from 'class-validator';
import { defineEvent, type EventContract } from '../envelope/event-contract.js';
import { IsCalendarDate, IsEntityId, IsOmittable, IsTimestamp, valuesOf } from '../registrations/registrations-values.js';

export const MatchStatus = {
  Proposed: 'proposed',
  Interested: 'interested',
  Introduced: 'introduced',
  Accepted: 'accepted',
  Declined: 'declined',
  Started: 'started',
  Ended: 'ended',
  Withdrawn: 'withdrawn',
} as const;
export type MatchStatus = (typeof MatchStatus)[keyof typeof MatchStatus];

/** Who brought the volunteer and the vacancy together. */
export const MatchOrigin = { Consultant: 'consultant', System: 'system', SignUp: 'sign-up' } as const;
export type MatchOrigin = (typeof MatchOrigin)[keyof typeof MatchOrigin];

/** Why a started match ended, as a code (the consultant's evaluation text stays in matching). */
export const MatchOutcome = {
  Completed: 'completed',
  StoppedByVolunteer: 'stopped-by-volunteer',
  StoppedByOrganisation: 'stopped-by-organisation',
  NotAFit: 'not-a-fit',
  Other: 'other',
} as const;
export type MatchOutcome = (typeof MatchOutcome)[keyof typeof MatchOutcome];

/** The match after the fact, so a consumer keeps its copy with one upsert whatever the event. */
export class MatchSnapshotV1 {
  @IsEntityId()
  matchId!: string;

  /** Pseudonymous; absent once the volunteer was erased (the match then only counts). */
  @IsOmittable()
  @IsEntityId()
  volunteerId?: string;

  @IsEntityId()
  vacancyId!: string;

  @IsEntityId()
  organisationId!: string;

  @IsEntityId()
  centreId!: string;

  @IsEntityId()
  regionId!: string;

  @IsIn(valuesOf(MatchStatus))
  status!: MatchStatus;

  @IsIn(valuesOf(MatchOrigin))
  origin!: MatchOrigin;

  /** Day the match was made, in Europe/Amsterdam. */
  @IsCalendarDate()
  proposedOn!: string;

  /** When this transition happened. */
  @IsTimestamp()
  changedAt!: string;

  @IsOmittable()
  @IsCalendarDate()
  startedOn?: string;

  @IsOmittable()
  @IsCalendarDate()
  endedOn?: string;

  /** Set when the match ended. */
  @IsOmittable()
  @IsIn(valuesOf(MatchOutcome))
  outcome?: MatchOutcome;
}

const example: MatchSnapshotV1 = {
  matchId: '019386a2-5b1e-7c3d-9f00-1a2b3c4d5e6f',
  volunteerId: 'vol-8f3a2c',
  vacancyId: 'vac-2031',
  organisationId: 'org-0192',
  centreId: 'centre-utrecht',
  regionId: 'region-midden',
  status: 'proposed',
  origin: 'consultant',
  proposedOn: '2027-01-11',
  changedAt: '2027-01-11T09:30:00.000Z',
};

/** One contract per transition; each accepts only the status its transition leads to. */
function matchEvent(verb: string, status: MatchStatus, description: string, extra: Partial<MatchSnapshotV1> = {}): EventContract<MatchSnapshotV1> {
  class Payload extends MatchSnapshotV1 {}
  IsIn([status])(Payload.prototype, 'status');
  // Schemas are named by class: each transition's class needs its own name.
  Object.defineProperty(Payload, 'name', { value: `Match${verb.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase())}V1` });
  return defineEvent({
    type: `matching.match.${verb}`,
    version: 1,
    topic: 'matching.match.v1',
    privacy: 'public',
    payload: Payload,
    example: { ...example, status, ...extra },
    description,
  });
}

export const matchProposedV1 = matchEvent(
  'proposed',
  'proposed',
  'A consultant (or the system, origin system) proposed a vacancy to a volunteer. The volunteer is asked whether they are interested.',
);
export const matchSignedUpV1 = matchEvent(
  'signed-up',
  'accepted',
  'A volunteer signed up directly for a one-off activity and got one of its places (origin sign-up); the match is accepted at once.',
  { origin: 'sign-up' },
);
export const matchInterestExpressedV1 = matchEvent(
  'interest-expressed',
  'interested',
  'The volunteer said they are interested in the proposed vacancy; the consultant introduces them to the organisation next.',
);
export const matchIntroducedV1 = matchEvent(
  'introduced',
  'introduced',
  'The consultant introduced the volunteer to the organisation, which now accepts or declines.',
);
export const matchAcceptedV1 = matchEvent('accepted', 'accepted', 'The organisation accepted the introduced volunteer; the work can start.');
export const matchDeclinedV1 = matchEvent('declined', 'declined', 'The organisation declined the introduced volunteer. Final.');
export const matchStartedV1 = matchEvent('started', 'started', 'The volunteer started the work; a placement with an hours logbook exists from now on.', {
  startedOn: '2027-02-01',
});
export const matchEndedV1 = matchEvent(
  'ended',
  'ended',
  'A started match ended, with an outcome code. The consultant’s evaluation stays in the matching service. Final.',
  { startedOn: '2027-02-01', endedOn: '2027-09-30', outcome: 'completed' },
);
export const matchWithdrawnV1 = matchEvent(
  'withdrawn',
  'withdrawn',
  'The match was withdrawn before it ended (by the volunteer, the consultant, or because the volunteer was erased, in which ' +
    'case volunteerId is absent). Final.',
);

export const matchContracts: readonly EventContract[] = Object.freeze([
  matchProposedV1,
  matchSignedUpV1,
  matchInterestExpressedV1,
  matchIntroducedV1,
  matchAcceptedV1,
  matchDeclinedV1,
  matchStartedV1,
  matchEndedV1,
  matchWithdrawnV1,
]);
