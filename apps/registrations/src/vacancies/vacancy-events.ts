import type { AvailabilitySlot, CefrLevel, Requirements, VacancySnapshotV1, VacancyStatus } from '@vc/contracts';
import { postcodeAreaOf } from '@vc/geo';
import { toLocalTime } from './vacancy-values.js';
import type { Vacancy } from './vacancy.entity.js';

/** The payload of every vacancy event: the contract's snapshot with the status the event announces. */
export type VacancyEventPayload<S extends Exclude<VacancyStatus, 'draft'>> = Omit<VacancySnapshotV1, 'status'> & { status: S };

/**
 * The vacancy as its events carry it, after the fact. Contract rules: a column that is NULL is left
 * out (never sent as null), times are HH:MM, and only the postcode area (PC4) leaves the service.
 */
export function vacancyEventPayload<S extends Exclude<VacancyStatus, 'draft'>>(vacancy: Vacancy, status: S): VacancyEventPayload<S> {
  const requirements: Requirements = { vogRequired: vacancy.vogRequired };
  if (vacancy.minimumAge !== null) requirements.minimumAge = vacancy.minimumAge;
  if (vacancy.dutchLevel !== null) requirements.dutchLevel = vacancy.dutchLevel as CefrLevel;
  const present = <T>(value: T | null): value is T => value !== null;
  const startTime = toLocalTime(vacancy.startTime);
  const endTime = toLocalTime(vacancy.endTime);
  return {
    vacancyId: vacancy.id,
    organisationId: vacancy.organisationId,
    centreId: vacancy.centreId,
    kind: vacancy.kind,
    title: vacancy.title,
    sector: vacancy.sector,
    skills: vacancy.skills,
    requirements,
    suitability: {
      students: vacancy.suitableForStudents,
      newcomersWithoutDutch: vacancy.suitableForNewcomers,
      needsGuidance: vacancy.suitableWithGuidance,
    },
    remote: vacancy.remote,
    ...(present(vacancy.postcode) ? { postcodeArea: postcodeAreaOf(vacancy.postcode) } : {}),
    ...(present(vacancy.activityDate) ? { date: vacancy.activityDate } : {}),
    ...(present(startTime) ? { startTime } : {}),
    ...(present(endTime) ? { endTime } : {}),
    ...(present(vacancy.places) ? { places: vacancy.places } : {}),
    ...(present(vacancy.placesLeft) ? { placesLeft: vacancy.placesLeft } : {}),
    availability: vacancy.availability.map(({ day, part }): AvailabilitySlot => ({ day, part })),
    ...(present(vacancy.hoursPerWeek) ? { hoursPerWeek: vacancy.hoursPerWeek } : {}),
    ...(present(vacancy.startsOn) ? { startsOn: vacancy.startsOn } : {}),
    ...(present(vacancy.endsOn) ? { endsOn: vacancy.endsOn } : {}),
    status,
  };
}
