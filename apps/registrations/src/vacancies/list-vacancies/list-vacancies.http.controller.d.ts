import { type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { type Page } from '../../shared/paging.js';
import { type VacancyView } from '../vacancy.view.js';
import { ListVacanciesRequest } from './list-vacancies.request.dto.js';
export declare class ListVacanciesHttpController {
    private readonly dataSource;
    constructor(dataSource: DataSource);
    /** The centre's vacancies in every status, newest first; a coordinator sees their organisation's. */
    listVacancies(query: ListVacanciesRequest, principal: Principal): Promise<Page<VacancyView>>;
}
//# sourceMappingURL=list-vacancies.http.controller.d.ts.map