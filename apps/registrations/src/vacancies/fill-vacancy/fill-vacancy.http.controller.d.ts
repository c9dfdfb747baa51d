import { type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { type VacancyView } from '../vacancy.view.js';
import { FillVacancyHandler } from './fill-vacancy.handler.js';
export declare class FillVacancyHttpController {
    private readonly dataSource;
    private readonly handler;
    constructor(dataSource: DataSource, handler: FillVacancyHandler);
    fillVacancy(id: string, principal: Principal): Promise<VacancyView>;
}
//# sourceMappingURL=fill-vacancy.http.controller.d.ts.map