// RESTRICTED. Which school signed a student's maatschappelijke stage off, for notifications only
// (it tells the school's coordinators). The school is never on a public placement event (see
// placement.v1.ts): a school plus a volunteer id says where a minor goes to school. Nothing else
// about the placement, and never notes, belongs here.
import { IsNumber, Max, Min } from 'class-validator';
import { defineEvent, type EventContract } from '../envelope/event-contract.js';
import { IsCalendarDate, IsEntityId, IsOmittable } from '../registrations/registrations-values.js';

const MAX_HOURS = 1_000_000;

export class MasSignOffRecordedV1 {
  /** The record key. */
  @IsEntityId()
  placementId!: string;

  @IsEntityId()
  centreId!: string;

  /** The school's organisation: the organisation in the signing school coordinator's token. */
  @IsEntityId()
  schoolOrganisationId!: string;

  /** Pseudonymous; absent once the volunteer was erased. */
  @IsOmittable()
  @IsEntityId()
  volunteerId?: string;

  /** 0 when the placement had no requirement. */
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_HOURS)
  requiredHours!: number;

  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_HOURS)
  confirmedHours!: number;

  /** The Amsterdam calendar day of the sign-off. */
  @IsCalendarDate()
  signedOffOn!: string;
}

export const masSignOffRecordedV1 = defineEvent({
  type: 'matching.mas-sign-off.recorded',
  version: 1,
  topic: 'matching.mas-sign-off.v1',
  privacy: 'restricted',
  payload: MasSignOffRecordedV1,
  example: {
    placementId: '019386a2-9000-7abc-8def-001122334455',
    centreId: 'centre-utrecht',
    schoolOrganisationId: 'org-0377',
    volunteerId: 'vol-8f3a2c',
    requiredHours: 30,
    confirmedHours: 31.5,
    signedOffOn: '2027-05-20',
  },
  description:
    "A school coordinator signed a student's maatschappelijke stage (MaS) off; written with the public " +
    'matching.placement.completed, which never names the school. RESTRICTED: readable only by notifications, which ' +
    "tells the school's coordinators. Keyed by placementId; one record per placement (a placement is signed off once). " +
    'A TOMBSTONE under a placementId means the volunteer was erased: consumers forget what they hold about that ' +
    'placement (their erasure). A tombstone has no payload and is not validated against this contract.',
});

export const masSignOffContracts: readonly EventContract[] = [masSignOffRecordedV1];
