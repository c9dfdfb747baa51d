import { CreateMessagingTables1732700000000 } from '@vc/messaging';
import { CreateIdempotencyTable1732700000100 } from '@vc/service-kit';
import { CreateTrainingSchema1732700101000 } from './1732700101000-create-training-schema.migration.js';
import { AddKnowledgeBase1732700102000 } from './1732700102000-add-knowledge-base.migration.js';
import { AddRecommendationReadModels1732700103000 } from './1732700103000-add-recommendation-read-models.migration.js';

/** In order; the only way the schema changes (never `synchronize`). */
export const trainingMigrations = [
  CreateMessagingTables1732700000000,
  CreateIdempotencyTable1732700000100,
  CreateTrainingSchema1732700101000,
  AddKnowledgeBase1732700102000,
  AddRecommendationReadModels1732700103000,
];
