import { type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { type SupportNeedsView } from '../volunteer-support-needs.read.js';
export declare class ReadSupportNeedsHttpController {
    private readonly dataSource;
    constructor(dataSource: DataSource);
    /** Consultants of the volunteer's centre only; every answer with support needs is audited. */
    readSupportNeeds(id: string, principal: Principal): Promise<SupportNeedsView>;
}
//# sourceMappingURL=read-support-needs.http.controller.d.ts.map