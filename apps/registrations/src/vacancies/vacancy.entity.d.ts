import type { AvailabilitySlot } from '../volunteers/volunteer.entity.js';
export type VacancyKind = 'structural' | 'one-off' | 'help-request';
export type VacancyStatus = 'draft' | 'published' | 'filled' | 'closed' | 'expired';
/** A vacancy; `help-request` ones (e.g. respite for an informal carer) are never public. */
export declare class Vacancy {
    id: string;
    centreId: string;
    organisationId: string;
    kind: VacancyKind;
    status: VacancyStatus;
    title: string;
    description: string;
    sector: string;
    skills: string[];
    vogRequired: boolean;
    minimumAge: number | null;
    dutchLevel: string | null;
    suitableForStudents: boolean;
    suitableForNewcomers: boolean;
    suitableWithGuidance: boolean;
    remote: boolean;
    postcode: string | null;
    activityDate: string | null;
    startTime: string | null;
    endTime: string | null;
    places: number | null;
    placesLeft: number | null;
    availability: AvailabilitySlot[];
    hoursPerWeek: number | null;
    startsOn: string | null;
    endsOn: string | null;
    publishedAt: Date | null;
    closedAt: Date | null;
    createdAt: Date;
    updatedAt: Date;
}
//# sourceMappingURL=vacancy.entity.d.ts.map