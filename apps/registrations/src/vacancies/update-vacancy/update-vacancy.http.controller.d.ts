import { type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { type VacancyView } from '../vacancy.view.js';
import { UpdateVacancyHandler } from './update-vacancy.handler.js';
import { UpdateVacancyRequest } from './update-vacancy.request.dto.js';
export declare class UpdateVacancyHttpController {
    private readonly dataSource;
    private readonly handler;
    constructor(dataSource: DataSource, handler: UpdateVacancyHandler);
    /** Changes a draft, published or filled vacancy; closed and expired ones are final (409). */
    updateVacancy(id: string, change: UpdateVacancyRequest, principal: Principal): Promise<VacancyView>;
}
//# sourceMappingURL=update-vacancy.http.controller.d.ts.map