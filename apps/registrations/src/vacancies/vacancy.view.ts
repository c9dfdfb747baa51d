import type { AvailabilitySlot, CefrLevel } from '@vc/contracts';
import { toLocalTime } from './vacancy-values.js';
import type { Vacancy, VacancyKind, VacancyStatus } from './vacancy.entity.js';

/** A vacancy as centre staff and its organisation's coordinators see it (the full postcode included). */
export interface VacancyView {
  id: string;
  centreId: string;
  organisationId: string;
  kind: VacancyKind;
  status: VacancyStatus;
  title: string;
  description: string;
  sector: string;
  skills: string[];
  requirements: { vogRequired: boolean; minimumAge: number | null; dutchLevel: CefrLevel | null };
  suitability: { students: boolean; newcomersWithoutDutch: boolean; needsGuidance: boolean };
  remote: boolean;
  postcode: string | null;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  places: number | null;
  placesLeft: number | null;
  availability: AvailabilitySlot[];
  hoursPerWeek: number | null;
  startsOn: string | null;
  endsOn: string | null;
  publishedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function vacancyViewOf(vacancy: Vacancy): VacancyView {
  return {
    id: vacancy.id,
    centreId: vacancy.centreId,
    organisationId: vacancy.organisationId,
    kind: vacancy.kind,
    status: vacancy.status,
    title: vacancy.title,
    description: vacancy.description,
    sector: vacancy.sector,
    skills: vacancy.skills,
    requirements: {
      vogRequired: vacancy.vogRequired,
      minimumAge: vacancy.minimumAge,
      dutchLevel: vacancy.dutchLevel as CefrLevel | null,
    },
    suitability: {
      students: vacancy.suitableForStudents,
      newcomersWithoutDutch: vacancy.suitableForNewcomers,
      needsGuidance: vacancy.suitableWithGuidance,
    },
    remote: vacancy.remote,
    postcode: vacancy.postcode,
    date: vacancy.activityDate,
    startTime: toLocalTime(vacancy.startTime),
    endTime: toLocalTime(vacancy.endTime),
    places: vacancy.places,
    placesLeft: vacancy.placesLeft,
    availability: vacancy.availability,
    hoursPerWeek: vacancy.hoursPerWeek,
    startsOn: vacancy.startsOn,
    endsOn: vacancy.endsOn,
    publishedAt: vacancy.publishedAt?.toISOString() ?? null,
    closedAt: vacancy.closedAt?.toISOString() ?? null,
    createdAt: vacancy.createdAt.toISOString(),
    updatedAt: vacancy.updatedAt.toISOString(),
  };
}
