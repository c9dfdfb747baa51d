import type { PlacementStatus } from '@vc/contracts';
import type { HoursEntry } from './hours-entry.entity.js';
import type { Placement } from './placement.entity.js';

export interface PlacementView {
  id: string;
  matchId: string;
  centreId: string;
  volunteerId: string | null;
  vacancyId: string;
  organisationId: string;
  status: PlacementStatus;
  mas: boolean;
  requiredHours: number | null;
  schoolOrganisationId: string | null;
  startedOn: string;
  completedOn: string | null;
  confirmedHours: number;
  hours: Array<{ id: string; workedOn: string; hours: number; status: 'logged' | 'confirmed' }>;
}

export function placementViewOf(placement: Placement, entries: HoursEntry[]): PlacementView {
  return {
    id: placement.id,
    matchId: placement.matchId,
    centreId: placement.centreId,
    volunteerId: placement.volunteerId,
    vacancyId: placement.vacancyId,
    organisationId: placement.organisationId,
    status: placement.status,
    mas: placement.mas,
    requiredHours: placement.requiredHours,
    schoolOrganisationId: placement.schoolOrganisationId,
    startedOn: placement.startedOn,
    completedOn: placement.completedOn,
    confirmedHours: placement.confirmedHours,
    hours: entries.map((e) => ({ id: e.id, workedOn: e.workedOn, hours: e.hours, status: e.status })),
  };
}
