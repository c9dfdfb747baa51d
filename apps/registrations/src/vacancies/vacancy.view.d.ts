import type { AvailabilitySlot, CefrLevel } from '@vc/contracts';
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
    requirements: {
        vogRequired: boolean;
        minimumAge: number | null;
        dutchLevel: CefrLevel | null;
    };
    suitability: {
        students: boolean;
        newcomersWithoutDutch: boolean;
        needsGuidance: boolean;
    };
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
export declare function vacancyViewOf(vacancy: Vacancy): VacancyView;
//# sourceMappingURL=vacancy.view.d.ts.map