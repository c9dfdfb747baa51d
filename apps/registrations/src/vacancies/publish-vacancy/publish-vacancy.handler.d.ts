import type { EntityManager } from 'typeorm';
import { VacancyStatusChange } from '../vacancy-status-change.js';
import type { CentreAccess } from '../vacancy-access.js';
import type { Vacancy } from '../vacancy.entity.js';
export declare class PublishVacancyHandler {
    private readonly statusChange;
    constructor(statusChange: VacancyStatusChange);
    /**
     * Publishes a draft, or a filled vacancy again. Only for verified organisations, only while the
     * vacancy has not ended, and for a one-off only with a place left.
     */
    publishVacancy(manager: EntityManager, access: CentreAccess, id: string, today?: string): Promise<Vacancy>;
}
//# sourceMappingURL=publish-vacancy.handler.d.ts.map