import type { EntityManager } from 'typeorm';
import type { CentreAccess } from '../vacancy-access.js';
import { VacancyStatusChange } from '../vacancy-status-change.js';
import type { Vacancy } from '../vacancy.entity.js';
export declare class CloseVacancyHandler {
    private readonly statusChange;
    constructor(statusChange: VacancyStatusChange);
    /** Withdrawn by the organisation or the centre; final. */
    closeVacancy(manager: EntityManager, access: CentreAccess, id: string): Promise<Vacancy>;
}
//# sourceMappingURL=close-vacancy.handler.d.ts.map