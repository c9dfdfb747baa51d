import { type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { type VacancyView } from '../vacancy.view.js';
import { CloseVacancyHandler } from './close-vacancy.handler.js';
export declare class CloseVacancyHttpController {
    private readonly dataSource;
    private readonly handler;
    constructor(dataSource: DataSource, handler: CloseVacancyHandler);
    closeVacancy(id: string, principal: Principal): Promise<VacancyView>;
}
//# sourceMappingURL=close-vacancy.http.controller.d.ts.map