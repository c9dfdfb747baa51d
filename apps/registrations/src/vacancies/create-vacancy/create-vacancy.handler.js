var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { Injectable } from '@nestjs/common';
import { NotFoundProblem, ValidationProblem } from '@vc/service-kit';
import { v7 as uuidv7 } from 'uuid';
import { Organisation } from '../../organisations/organisation.entity.js';
import { Vacancy } from '../vacancy.entity.js';
let CreateVacancyHandler = class CreateVacancyHandler {
    /** Stores the vacancy as a draft. Drafts publish no events: nobody outside has anything to act on yet. */
    async createVacancy(manager, access, request) {
        const organisationId = this.organisationFor(access, request);
        const organisation = await manager.findOneBy(Organisation, { id: organisationId, centreId: access.scope.centreId });
        if (!organisation)
            throw new NotFoundProblem('organisation', organisationId);
        const vacancy = manager.create(Vacancy, {
            id: uuidv7(),
            centreId: organisation.centreId,
            organisationId,
            kind: request.kind,
            status: 'draft',
            ...vacancyColumnsOf(request),
            publishedAt: null,
            closedAt: null,
        });
        await manager.insert(Vacancy, vacancy);
        return vacancy;
    }
    /** A coordinator works for the organisation in their token; staff say which organisation. */
    organisationFor(access, request) {
        if (access.organisationId !== undefined) {
            if (request.organisationId !== undefined && request.organisationId.toLowerCase() !== access.organisationId) {
                throw new NotFoundProblem('organisation', request.organisationId);
            }
            return access.organisationId;
        }
        if (request.organisationId === undefined) {
            throw new ValidationProblem([{ field: 'organisationId', messages: ['organisationId is required when centre staff create a vacancy'] }]);
        }
        return request.organisationId.toLowerCase();
    }
};
CreateVacancyHandler = __decorate([
    Injectable()
], CreateVacancyHandler);
export { CreateVacancyHandler };
/** The columns a vacancy's fields fill, with the defaults of what was left out. */
export function vacancyColumnsOf(fields) {
    return {
        title: fields.title,
        description: fields.description,
        sector: fields.sector,
        skills: fields.skills ?? [],
        vogRequired: fields.requirements?.vogRequired ?? false,
        minimumAge: fields.requirements?.minimumAge ?? null,
        dutchLevel: fields.requirements?.dutchLevel ?? null,
        suitableForStudents: fields.suitability?.students ?? false,
        suitableForNewcomers: fields.suitability?.newcomersWithoutDutch ?? false,
        suitableWithGuidance: fields.suitability?.needsGuidance ?? false,
        remote: fields.remote ?? false,
        postcode: fields.postcode ?? null,
        activityDate: fields.date ?? null,
        startTime: fields.startTime ?? null,
        endTime: fields.endTime ?? null,
        places: fields.places ?? null,
        placesLeft: fields.placesLeft ?? fields.places ?? null,
        availability: (fields.availability ?? []).map(({ day, part }) => ({ day, part })),
        hoursPerWeek: fields.hoursPerWeek ?? null,
        startsOn: fields.startsOn ?? null,
        endsOn: fields.endsOn ?? null,
    };
}
//# sourceMappingURL=create-vacancy.handler.js.map