import { type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { type VacancyView } from '../vacancy.view.js';
import { PublishVacancyHandler } from './publish-vacancy.handler.js';
export declare class PublishVacancyHttpController {
    private readonly dataSource;
    private readonly handler;
    constructor(dataSource: DataSource, handler: PublishVacancyHandler);
    publishVacancy(id: string, principal: Principal): Promise<VacancyView>;
}
//# sourceMappingURL=publish-vacancy.http.controller.d.ts.map