import type { EntityManager } from 'typeorm';
import type { CentreAccess } from '../vacancy-access.js';
import { VacancyStatusChange } from '../vacancy-status-change.js';
import type { Vacancy } from '../vacancy.entity.js';
export declare class FillVacancyHandler {
    private readonly statusChange;
    constructor(statusChange: VacancyStatusChange);
    /** Every place is taken: the vacancy leaves the public search; it may be published again later. */
    fillVacancy(manager: EntityManager, access: CentreAccess, id: string): Promise<Vacancy>;
}
//# sourceMappingURL=fill-vacancy.handler.d.ts.map