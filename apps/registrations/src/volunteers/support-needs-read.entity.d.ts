/** Audit log: who read a person's support needs, and when. */
export declare class SupportNeedsRead {
    id: string;
    centreId: string;
    volunteerId: string;
    readBy: string;
    readAt: Date;
    correlationId: string | null;
}
//# sourceMappingURL=support-needs-read.entity.d.ts.map