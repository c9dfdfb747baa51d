import { CreateMessagingTables1732700000000 } from '@vc/messaging';
import { CreateIdempotencyTable1732700000100 } from '@vc/service-kit';
import { CreateRegistrationsSchema1732700001000 } from './1732700001000-create-registrations-schema.migration.js';

/** In order; the only way the schema changes (never `synchronize`). */
export const registrationsMigrations = [
  CreateMessagingTables1732700000000,
  CreateIdempotencyTable1732700000100,
  CreateRegistrationsSchema1732700001000,
];
