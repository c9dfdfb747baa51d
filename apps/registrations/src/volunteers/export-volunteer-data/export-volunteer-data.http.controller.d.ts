import { type Principal } from '@vc/service-kit';
import { ExportVolunteerDataHandler, type VolunteerDataExport } from './export-volunteer-data.handler.js';
export declare class ExportVolunteerDataHttpController {
    private readonly handler;
    constructor(handler: ExportVolunteerDataHandler);
    /** The right of access: the person themself, or staff answering their request. */
    exportVolunteerData(id: string, principal: Principal): Promise<VolunteerDataExport>;
}
//# sourceMappingURL=export-volunteer-data.http.controller.d.ts.map