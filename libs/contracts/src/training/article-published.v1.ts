import { IsBoolean } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { IsEntityId, IsText } from '../registrations/registrations-values.js';
import { IsCodeList, TRAINING_LIMITS } from './training-values.js';

export class ArticlePublishedV1 {
  @IsEntityId()
  articleId!: string;

  @IsEntityId()
  centreId!: string;

  @IsText(TRAINING_LIMITS.title)
  title!: string;

  @IsCodeList(TRAINING_LIMITS.topics)
  topics!: string[];

  /** Whether the author shares it with the consortium's other centres. */
  @IsBoolean()
  sharedWithConsortium!: boolean;
}

export const articlePublishedV1 = defineEvent({
  type: 'training.article.published',
  version: 1,
  topic: 'training.article.v1',
  privacy: 'public',
  payload: ArticlePublishedV1,
  example: {
    articleId: '019abc00-0000-7000-8000-000000000005',
    centreId: 'centre-utrecht',
    title: 'Een vrijwilligersvergoeding: wat mag er?',
    topics: ['volunteer-policy'],
    sharedWithConsortium: true,
  },
  description: 'Centre staff published an advice article in the knowledge base; readable without login.',
});
