import { CreateRegistrationsSchema1732700001000 } from './1732700001000-create-registrations-schema.migration.js';
/** In order; the only way the schema changes (never `synchronize`). */
export declare const registrationsMigrations: (typeof CreateRegistrationsSchema1732700001000)[];
//# sourceMappingURL=registrations-migrations.d.ts.map