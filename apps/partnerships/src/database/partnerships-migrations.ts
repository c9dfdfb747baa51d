import { CreateMessagingTables1732700000000 } from '@vc/messaging';
import { CreateIdempotencyTable1732700000100 } from '@vc/service-kit';
import { CreatePartnershipsSchema1732800001000 } from './1732800001000-create-partnerships-schema.migration.js';
import { AddActivitySignUps1732800002000 } from './1732800002000-add-activity-sign-ups.migration.js';

/** In order; the only way the schema changes (never `synchronize`). */
export const partnershipsMigrations = [
  CreateMessagingTables1732700000000,
  CreateIdempotencyTable1732700000100,
  CreatePartnershipsSchema1732800001000,
  AddActivitySignUps1732800002000,
];
