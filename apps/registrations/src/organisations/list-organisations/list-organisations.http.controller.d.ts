import { type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { type OrganisationView } from '../organisation.view.js';
import { type Page } from '../../shared/paging.js';
import { ListOrganisationsRequest } from './list-organisations.request.dto.js';
export declare class ListOrganisationsHttpController {
    private readonly dataSource;
    constructor(dataSource: DataSource);
    /** The centre's organisations, newest first (a consortium admin: every centre's). */
    listOrganisations(query: ListOrganisationsRequest, principal: Principal): Promise<Page<OrganisationView>>;
}
//# sourceMappingURL=list-organisations.http.controller.d.ts.map