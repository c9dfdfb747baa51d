import { Injectable } from '@nestjs/common';
import { NotFoundProblem, ValidationProblem } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { OrganisationAccess } from '../../organisations/organisation-access.js';
import type { CentreAccess } from '../vacancy-access.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { Vacancy } from '../vacancy.entity.js';
import type { CreateVacancyRequest } from './create-vacancy.request.dto.js';

@Injectable()
export class CreateVacancyHandler {
  /** Stores the vacancy as a draft. Drafts publish no events: nobody outside has anything to act on yet. */
  async createVacancy(manager: EntityManager, access: CentreAccess, request: CreateVacancyRequest): Promise<Vacancy> {
    const organisationId = this.organisationFor(access, request);
    const organisation = await manager.findOneBy(Organisation, { id: organisationId, centreId: access.scope.centreId });
    if (!organisation) throw new NotFoundProblem('organisation', organisationId);
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
  private organisationFor(access: OrganisationAccess, request: CreateVacancyRequest): string {
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
}

/** The columns a vacancy's fields fill, with the defaults of what was left out. */
export function vacancyColumnsOf(fields: Omit<CreateVacancyRequest, 'organisationId' | 'kind'>) {
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
