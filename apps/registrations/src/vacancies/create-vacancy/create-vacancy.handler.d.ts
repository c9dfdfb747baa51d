import type { EntityManager } from 'typeorm';
import type { CentreAccess } from '../vacancy-access.js';
import { Vacancy } from '../vacancy.entity.js';
import type { CreateVacancyRequest } from './create-vacancy.request.dto.js';
export declare class CreateVacancyHandler {
    /** Stores the vacancy as a draft. Drafts publish no events: nobody outside has anything to act on yet. */
    createVacancy(manager: EntityManager, access: CentreAccess, request: CreateVacancyRequest): Promise<Vacancy>;
    /** A coordinator works for the organisation in their token; staff say which organisation. */
    private organisationFor;
}
/** The columns a vacancy's fields fill, with the defaults of what was left out. */
export declare function vacancyColumnsOf(fields: Omit<CreateVacancyRequest, 'organisationId' | 'kind'>): {
    title: string;
    description: string;
    sector: string;
    skills: string[];
    vogRequired: boolean;
    minimumAge: number | null;
    dutchLevel: import("@vc/contracts").CefrLevel | null;
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
    availability: {
        day: import("@vc/contracts").Day;
        part: import("@vc/contracts").DayPart;
    }[];
    hoursPerWeek: number | null;
    startsOn: string | null;
    endsOn: string | null;
};
//# sourceMappingURL=create-vacancy.handler.d.ts.map