import { CreateMessagingTables1732700000000 } from '@vc/messaging';
import { CreateIdempotencyTable1732700000100 } from '@vc/service-kit';
import { CreateReadModels1732800001000 } from './1732800001000-create-read-models.migration.js';
import { CreateReadModelChangeLog1732800002000 } from './1732800002000-create-read-model-change-log.migration.js';
import { CreateMatchesMediationPlacements1732800101000 } from './1732800101000-create-matches-mediation-placements.migration.js';

/**
 * In order; the only way the schema changes (never `synchronize`). Read models and suggestions use
 * timestamps 17328000xxxxx, matches, mediation and placements 17328001xxxxx, so both halves of the
 * service can add migrations without colliding.
 */
export const matchingMigrations = [
  CreateMessagingTables1732700000000,
  CreateIdempotencyTable1732700000100,
  CreateReadModels1732800001000,
  CreateReadModelChangeLog1732800002000,
  CreateMatchesMediationPlacements1732800101000,
];
