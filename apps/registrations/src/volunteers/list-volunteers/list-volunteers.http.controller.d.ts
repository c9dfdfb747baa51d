import { type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { type VolunteerView } from '../volunteer.view.js';
import { ListVolunteersRequest } from './list-volunteers.request.dto.js';
export interface VolunteerPage {
    items: VolunteerView[];
    /** Pass as `cursor` for the next page; null on the last page. */
    nextCursor: string | null;
}
export declare class ListVolunteersHttpController {
    private readonly dataSource;
    constructor(dataSource: DataSource);
    /** The centre's volunteers in registration order; erased people are gone from the list. */
    listVolunteers(query: ListVolunteersRequest, principal: Principal): Promise<VolunteerPage>;
}
//# sourceMappingURL=list-volunteers.http.controller.d.ts.map