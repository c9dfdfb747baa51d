/**
 * One registration per email address and centre (the unique index decides, so two racing
 * registrations cannot both win). Use as `.catch(rethrowEmailTaken)` on the write.
 */
export declare function rethrowEmailTaken(error: unknown): never;
//# sourceMappingURL=volunteer-email.d.ts.map