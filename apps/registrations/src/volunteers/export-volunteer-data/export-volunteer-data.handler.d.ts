import { DataSource } from 'typeorm';
import { type VolunteerAccess } from '../volunteer-access.js';
import { type SupportNeedsView } from '../volunteer-support-needs.read.js';
import { type VolunteerView } from '../volunteer.view.js';
export interface VolunteerDataExport {
    exportedAt: string;
    volunteer: VolunteerView;
    consents: Array<{
        purpose: string;
        textVersion: string;
        givenAt: string;
        withdrawnAt: string | null;
    }>;
    /** Null when none were recorded; left out (and named in `withheld`) for callers who may not see them. */
    supportNeeds?: SupportNeedsView | null;
    /** Who read the support needs, and when (this export included). */
    supportNeedsReads?: Array<{
        readAt: string;
        readBy: string;
    }>;
    withheld?: string[];
}
export declare class ExportVolunteerDataHandler {
    private readonly dataSource;
    constructor(dataSource: DataSource);
    /**
     * Everything stored about the person. Support needs go only to the person and to consultants, as
     * everywhere else: a centre admin's export names them as withheld, whether or not there are any.
     */
    export(access: VolunteerAccess, volunteerId: string, mayReadSupportNeeds: boolean): Promise<VolunteerDataExport>;
}
//# sourceMappingURL=export-volunteer-data.handler.d.ts.map