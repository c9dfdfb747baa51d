// PRIVACY. Placement events are public: ids, hours, dates, region, centre and whether the placement
// is a maatschappelijke stage (MaS). NEVER add the volunteer's school, class, age or anything the
// volunteer or organisation wrote about the work.
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNumber, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { defineEvent, type EventContract } from '../envelope/event-contract.js';
import { IsCalendarDate, IsEntityId, IsOmittable, IsTimestamp, valuesOf } from '../registrations/registrations-values.js';

export const PlacementStatus = { Active: 'active', Completed: 'completed' } as const;
export type PlacementStatus = (typeof PlacementStatus)[keyof typeof PlacementStatus];

/** Hours are counted in quarters of an hour; totals stay far below this. */
const MAX_HOURS = 1_000_000;

export class PlacementSnapshotV1 {
  @IsEntityId()
  placementId!: string;

  @IsEntityId()
  matchId!: string;

  /** Pseudonymous; absent once the volunteer was erased. */
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

  @IsIn(valuesOf(PlacementStatus))
  status!: PlacementStatus;

  /** A school student's maatschappelijke stage: required hours, signed off by the school coordinator. */
  @IsBoolean()
  mas!: boolean;

  @IsOmittable()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_HOURS)
  requiredHours?: number;

  @IsCalendarDate()
  startedOn!: string;

  @IsOmittable()
  @IsCalendarDate()
  completedOn?: string;

  /** Hours the organisation confirmed on this placement so far. */
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_HOURS)
  confirmedHours!: number;

  @IsTimestamp()
  changedAt!: string;
}

export class HoursEntryV1 {
  @IsEntityId()
  hoursEntryId!: string;

  @IsCalendarDate()
  workedOn!: string;

  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.25)
  @Max(24)
  hours!: number;
}

export class PlacementHoursLoggedV1 extends PlacementSnapshotV1 {
  @IsObject()
  @ValidateNested()
  @Type(() => HoursEntryV1)
  entry!: HoursEntryV1;
}

export class PlacementHoursConfirmedV1 extends PlacementSnapshotV1 {
  @IsObject()
  @ValidateNested()
  @Type(() => HoursEntryV1)
  entry!: HoursEntryV1;

  /**
   * Every hour the organisations confirmed for this volunteer, over all placements, after this
   * confirmation; it only grows, so a consumer computing milestones keeps the highest it saw.
   */
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_HOURS)
  volunteerConfirmedHours!: number;
}

const example: PlacementSnapshotV1 = {
  placementId: '019386a2-9000-7abc-8def-001122334455',
  matchId: '019386a2-5b1e-7c3d-9f00-1a2b3c4d5e6f',
  volunteerId: 'vol-8f3a2c',
  vacancyId: 'vac-2031',
  organisationId: 'org-0192',
  centreId: 'centre-utrecht',
  regionId: 'region-midden',
  status: 'active',
  mas: true,
  requiredHours: 30,
  startedOn: '2027-02-01',
  confirmedHours: 0,
  changedAt: '2027-02-01T08:00:00.000Z',
};

export const placementStartedV1 = defineEvent({
  type: 'matching.placement.started',
  version: 1,
  topic: 'matching.placement.v1',
  privacy: 'public',
  payload: PlacementSnapshotV1,
  example,
  description: 'A match started and the volunteer’s placement with its hours logbook opened (MaS placements carry their required hours).',
});

export const placementHoursLoggedV1 = defineEvent({
  type: 'matching.placement.hours-logged',
  version: 1,
  topic: 'matching.placement.v1',
  privacy: 'public',
  payload: PlacementHoursLoggedV1,
  example: {
    ...example,
    changedAt: '2027-02-08T19:00:00.000Z',
    entry: { hoursEntryId: '019386a2-9000-7abc-8def-0011223344aa', workedOn: '2027-02-08', hours: 4 },
  },
  description: 'The volunteer logged hours in the placement’s logbook; the organisation is asked to confirm them.',
});

export const placementHoursConfirmedV1 = defineEvent({
  type: 'matching.placement.hours-confirmed',
  version: 1,
  topic: 'matching.placement.v1',
  privacy: 'public',
  payload: PlacementHoursConfirmedV1,
  example: {
    ...example,
    confirmedHours: 4,
    changedAt: '2027-02-09T16:00:00.000Z',
    entry: { hoursEntryId: '019386a2-9000-7abc-8def-0011223344aa', workedOn: '2027-02-08', hours: 4 },
    volunteerConfirmedHours: 52.5,
  },
  description:
    'The organisation confirmed hours the volunteer logged. Carries the placement’s and the volunteer’s confirmed totals, ' +
    'from which notifications computes appreciation milestones.',
});

export const placementCompletedV1 = defineEvent({
  type: 'matching.placement.completed',
  version: 1,
  topic: 'matching.placement.v1',
  privacy: 'public',
  payload: PlacementSnapshotV1,
  example: { ...example, status: 'completed', confirmedHours: 31.5, completedOn: '2027-05-20', changedAt: '2027-05-20T13:00:00.000Z' },
  description:
    'A placement was completed: a MaS placement when the school coordinator signed its hours off (training issues the ' +
    'certificate from this event), any other placement when its match ended.',
});

export const placementContracts: readonly EventContract[] = Object.freeze([
  placementStartedV1,
  placementHoursLoggedV1,
  placementHoursConfirmedV1,
  placementCompletedV1,
]);
