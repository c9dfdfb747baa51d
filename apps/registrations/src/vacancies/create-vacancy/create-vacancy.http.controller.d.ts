import { type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { type VacancyView } from '../vacancy.view.js';
import { CreateVacancyHandler } from './create-vacancy.handler.js';
import { CreateVacancyRequest } from './create-vacancy.request.dto.js';
export declare class CreateVacancyHttpController {
    private readonly dataSource;
    private readonly handler;
    constructor(dataSource: DataSource, handler: CreateVacancyHandler);
    /** A coordinator drafts a vacancy for their organisation, or centre staff for one of the centre's. */
    createVacancy(request: CreateVacancyRequest, principal: Principal): Promise<VacancyView>;
}
//# sourceMappingURL=create-vacancy.http.controller.d.ts.map