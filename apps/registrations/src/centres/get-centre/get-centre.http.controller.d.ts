import { type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { Centre } from '../centre.entity.js';
export declare class GetCentreHttpController {
    private readonly dataSource;
    constructor(dataSource: DataSource);
    /** Staff see their own centre; another centre's id answers 404, exactly like an unknown one. */
    getCentre(centreId: string, principal: Principal): Promise<Centre>;
}
//# sourceMappingURL=get-centre.http.controller.d.ts.map