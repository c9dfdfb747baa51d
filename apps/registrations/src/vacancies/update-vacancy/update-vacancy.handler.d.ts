import type { EntityManager } from 'typeorm';
import { RegistrationsEventPublisher } from '../../events/registrations-event-publisher.js';
import type { CentreAccess } from '../vacancy-access.js';
import { Vacancy } from '../vacancy.entity.js';
import type { UpdateVacancyRequest } from './update-vacancy.request.dto.js';
export declare class UpdateVacancyHandler {
    private readonly publisher;
    constructor(publisher: RegistrationsEventPublisher);
    /**
     * Applies the change, checks that the result is still a valid vacancy of its kind, and, once the
     * vacancy has been published, announces the whole vacancy in vacancy.updated. Drafts stay silent;
     * a change that changes nothing is not announced.
     */
    updateVacancy(manager: EntityManager, access: CentreAccess, id: string, change: UpdateVacancyRequest): Promise<Vacancy>;
}
//# sourceMappingURL=update-vacancy.handler.d.ts.map