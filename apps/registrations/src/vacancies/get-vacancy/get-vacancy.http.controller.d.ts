import { type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { type VacancyView } from '../vacancy.view.js';
export declare class GetVacancyHttpController {
    private readonly dataSource;
    constructor(dataSource: DataSource);
    /** Any status, help requests included; staff of the centre, or the organisation's own coordinator. */
    getVacancy(id: string, principal: Principal): Promise<VacancyView>;
}
//# sourceMappingURL=get-vacancy.http.controller.d.ts.map