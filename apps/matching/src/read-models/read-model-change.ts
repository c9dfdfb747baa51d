import {
  centreCreatedV1,
  organisationRegisteredV1,
  organisationVerifiedV1,
  vacancyClosedV1,
  vacancyExpiredV1,
  vacancyFilledV1,
  vacancyPublishedV1,
  vacancyUpdatedV1,
  volunteerErasedV1,
  volunteerLeftV1,
  volunteerPausedV1,
  volunteerRegisteredV1,
  volunteerResumedV1,
  volunteerUpdatedV1,
  type CentreCreatedV1,
  type EventContract,
  type EventEnvelope,
  type OrganisationSnapshotV1,
  type VacancySnapshotV1,
  type VolunteerPausedV1,
  type VolunteerProfileV1,
  type VolunteerRefV1,
} from '@vc/contracts';
import { PermanentFailure } from '@vc/messaging';

/** The volunteer as matching keeps them; availability slots as `day/part`. */
export interface VolunteerRecord {
  volunteerId: string;
  centreId: string;
  regionId: string;
  status: 'active' | 'paused' | 'left';
  pausedUntil: string | null;
  skills: string[];
  interests: string[];
  availability: string[];
  hoursPerWeek: number | null;
  postcodeArea: string | null;
  travelRadiusKm: number;
  languages: string[];
  dutchLevel: string | null;
  ageBand: string | null;
  vogValidUntil: string | null;
  isStudent: boolean;
  needsGuidance: boolean;
  lastEventId: string;
  lastEventAt: string;
}

export interface VacancyRecord {
  vacancyId: string;
  organisationId: string;
  centreId: string;
  regionId: string;
  kind: 'structural' | 'one-off' | 'help-request';
  status: 'published' | 'filled' | 'closed' | 'expired';
  title: string;
  sector: string;
  skills: string[];
  vogRequired: boolean;
  minimumAge: number | null;
  dutchLevel: string | null;
  suitableForStudents: boolean;
  suitableForNewcomers: boolean;
  suitableWithGuidance: boolean;
  remote: boolean;
  postcodeArea: string | null;
  activityDate: string | null;
  startTime: string | null;
  endTime: string | null;
  places: number | null;
  placesLeft: number | null;
  availability: string[];
  hoursPerWeek: number | null;
  startsOn: string | null;
  endsOn: string | null;
  lastEventId: string;
  lastEventAt: string;
}

export interface OrganisationRecord {
  organisationId: string;
  centreId: string;
  regionId: string;
  name: string;
  sector: string;
  postcodeArea: string;
  status: 'registered' | 'verified';
  lastEventId: string;
  lastEventAt: string;
}

export interface CentreRecord {
  centreId: string;
  regionId: string;
  name: string;
  municipalities: string[];
  sharesVacancies: boolean;
  lastEventId: string;
  lastEventAt: string;
}

/**
 * What one registrations event does to the read models. The database and the in-memory
 * suggestion index both apply the same change, so they cannot drift apart.
 */
export type ReadModelChange =
  | { kind: 'volunteer-upsert'; record: VolunteerRecord; keepPause: boolean }
  | {
      kind: 'volunteer-status';
      volunteerId: string;
      status: VolunteerRecord['status'];
      pausedUntil: string | null;
      lastEventId: string;
      lastEventAt: string;
    }
  | { kind: 'volunteer-erase'; volunteerId: string; centreId: string; regionId: string }
  | { kind: 'vacancy-upsert'; record: VacancyRecord }
  | { kind: 'organisation-upsert'; record: OrganisationRecord }
  | { kind: 'centre-upsert'; record: CentreRecord };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Registrations' ids are UUIDs (the contract also allows slugs, which no producer sends); the read
 * models key on uuid columns and tenancy on UUID centres, so anything else can never be applied.
 */
function uuid(value: string, field: string): string {
  if (!UUID.test(value)) throw new PermanentFailure(`${field} ${JSON.stringify(value)} is not a UUID`);
  return value.toLowerCase();
}

/** Contracts infer their payload type from the example, where status is a plain string. */
type OrganisationPayload = Omit<OrganisationSnapshotV1, 'status'> & { status: string };

const slot = ({ day, part }: { day: string; part: string }) => `${day}/${part}`;

function volunteerRecordOf(event: EventEnvelope<VolunteerProfileV1>): VolunteerRecord {
  const p = event.payload;
  return {
    volunteerId: uuid(p.volunteerId, 'volunteerId'),
    centreId: uuid(p.centreId, 'centreId'),
    regionId: event.regionId,
    status: p.status,
    pausedUntil: null,
    skills: [...p.skills],
    interests: [...p.interests],
    availability: p.availability.map(slot),
    hoursPerWeek: p.hoursPerWeek,
    postcodeArea: p.postcodeArea,
    travelRadiusKm: p.travelRadiusKm,
    languages: [...p.languages],
    dutchLevel: p.dutchLevel,
    ageBand: p.ageBand,
    vogValidUntil: p.vogValidUntil,
    isStudent: p.flags.isStudent ?? false,
    needsGuidance: p.flags.needsGuidance,
    lastEventId: event.id,
    lastEventAt: event.time,
  };
}

function vacancyRecordOf(event: EventEnvelope<VacancySnapshotV1>): VacancyRecord {
  const p = event.payload;
  return {
    vacancyId: uuid(p.vacancyId, 'vacancyId'),
    organisationId: uuid(p.organisationId, 'organisationId'),
    centreId: uuid(p.centreId, 'centreId'),
    regionId: event.regionId,
    kind: p.kind,
    status: p.status as VacancyRecord['status'],
    title: p.title,
    sector: p.sector,
    skills: [...p.skills],
    vogRequired: p.requirements.vogRequired,
    minimumAge: p.requirements.minimumAge ?? null,
    dutchLevel: p.requirements.dutchLevel ?? null,
    suitableForStudents: p.suitability.students,
    suitableForNewcomers: p.suitability.newcomersWithoutDutch,
    suitableWithGuidance: p.suitability.needsGuidance,
    remote: p.remote,
    postcodeArea: p.postcodeArea ?? null,
    activityDate: p.date ?? null,
    startTime: p.startTime ?? null,
    endTime: p.endTime ?? null,
    places: p.places ?? null,
    placesLeft: p.placesLeft ?? p.places ?? null,
    availability: p.availability.map(slot),
    hoursPerWeek: p.hoursPerWeek ?? null,
    startsOn: p.startsOn ?? null,
    endsOn: p.endsOn ?? null,
    lastEventId: event.id,
    lastEventAt: event.time,
  };
}

function organisationRecordOf(event: EventEnvelope<OrganisationPayload>): OrganisationRecord {
  const p = event.payload;
  return {
    organisationId: uuid(p.organisationId, 'organisationId'),
    centreId: uuid(p.centreId, 'centreId'),
    regionId: event.regionId,
    name: p.name,
    sector: p.sector,
    postcodeArea: p.postcodeArea,
    status: p.status as OrganisationRecord['status'],
    lastEventId: event.id,
    lastEventAt: event.time,
  };
}

function statusChange(event: EventEnvelope<VolunteerRefV1>, status: VolunteerRecord['status'], pausedUntil: string | null): ReadModelChange {
  return {
    kind: 'volunteer-status',
    volunteerId: uuid(event.payload.volunteerId, 'volunteerId'),
    status,
    pausedUntil,
    lastEventId: event.id,
    lastEventAt: event.time,
  };
}

type ChangeOf<P extends object> = (event: EventEnvelope<P>) => ReadModelChange;

interface ReadModelRule<P extends object> {
  contract: EventContract<P>;
  changeOf: ChangeOf<P>;
}

const rule = <P extends object>(contract: EventContract<P>, changeOf: ChangeOf<P>): ReadModelRule<object> =>
  ({ contract, changeOf }) as unknown as ReadModelRule<object>;

const vacancyUpsert = (event: EventEnvelope<VacancySnapshotV1>): ReadModelChange => ({ kind: 'vacancy-upsert', record: vacancyRecordOf(event) });
const organisationUpsert = (event: EventEnvelope<OrganisationPayload>): ReadModelChange => ({
  kind: 'organisation-upsert',
  record: organisationRecordOf(event),
});

/** Volunteer, vacancy and organisation events: consumed for the regions an instance owns. */
export const regionalReadModelRules: ReadonlyArray<ReadModelRule<object>> = [
  // A registration starts unpaused; an update keeps a running pause's end date.
  rule(volunteerRegisteredV1, (event) => ({ kind: 'volunteer-upsert', record: volunteerRecordOf(event), keepPause: false })),
  rule(volunteerUpdatedV1, (event) => ({ kind: 'volunteer-upsert', record: volunteerRecordOf(event), keepPause: true })),
  rule(volunteerPausedV1, (event: EventEnvelope<VolunteerPausedV1>) => statusChange(event, 'paused', event.payload.pausedUntil ?? null)),
  rule(volunteerResumedV1, (event) => statusChange(event, 'active', null)),
  rule(volunteerLeftV1, (event) => statusChange(event, 'left', null)),
  rule(volunteerErasedV1, (event) => ({
    kind: 'volunteer-erase',
    volunteerId: uuid(event.payload.volunteerId, 'volunteerId'),
    centreId: uuid(event.payload.centreId, 'centreId'),
    regionId: event.regionId,
  })),
  rule(vacancyPublishedV1, vacancyUpsert),
  rule(vacancyUpdatedV1, vacancyUpsert),
  rule(vacancyClosedV1, vacancyUpsert),
  rule(vacancyFilledV1, vacancyUpsert),
  rule(vacancyExpiredV1, vacancyUpsert),
  rule(organisationRegisteredV1, organisationUpsert),
  rule(organisationVerifiedV1, organisationUpsert),
];

/** Centres of every region: an instance must know which region a caller's centre is in. */
export const centreReadModelRules: ReadonlyArray<ReadModelRule<object>> = [
  rule(centreCreatedV1, (event: EventEnvelope<CentreCreatedV1>) => ({
    kind: 'centre-upsert',
    record: {
      centreId: uuid(event.payload.centreId, 'centreId'),
      regionId: event.payload.regionId,
      name: event.payload.name,
      municipalities: [...event.payload.municipalities],
      sharesVacancies: event.payload.sharesVacanciesWithConsortium,
      lastEventId: event.id,
      lastEventAt: event.time,
    },
  })),
];

const allRules = new Map([...regionalReadModelRules, ...centreReadModelRules].map((r) => [`${r.contract.type}@v${r.contract.version}`, r]));

/** The change an event makes, or undefined for an event the read models do not use. */
export function readModelChangeOf(event: EventEnvelope): ReadModelChange | undefined {
  return allRules.get(`${event.type}@v${event.version}`)?.changeOf(event);
}
