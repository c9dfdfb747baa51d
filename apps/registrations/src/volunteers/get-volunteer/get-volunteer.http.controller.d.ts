import { type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { type VolunteerView } from '../volunteer.view.js';
export declare class GetVolunteerHttpController {
    private readonly dataSource;
    constructor(dataSource: DataSource);
    /** The profile, for the centre's staff and the volunteer themself; support needs have their own, audited, route. */
    getVolunteer(id: string, principal: Principal): Promise<VolunteerView>;
}
//# sourceMappingURL=get-volunteer.http.controller.d.ts.map