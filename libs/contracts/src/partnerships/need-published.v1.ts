import { defineEvent } from '../envelope/event-contract.js';
import { IsCalendarDate, IsEntityId, IsNullable, IsText } from '../registrations/registrations-values.js';
import { BeursvloerCategory, IsBeursvloerCategory, PARTNERSHIPS_LIMITS } from './partnerships-values.js';

export class NeedPublishedV1 {
  @IsEntityId()
  needId!: string;

  @IsEntityId()
  organisationId!: string;

  @IsEntityId()
  centreId!: string;

  @IsBeursvloerCategory()
  category!: BeursvloerCategory;

  @IsText(PARTNERSHIPS_LIMITS.title)
  title!: string;

  /** The day by which the organisation needs it; null when it has no date. */
  @IsNullable()
  @IsCalendarDate()
  neededBy!: string | null;
}

export const needPublishedV1 = defineEvent({
  type: 'partnerships.need.published',
  version: 1,
  topic: 'partnerships.need.v1',
  privacy: 'public',
  payload: NeedPublishedV1,
  example: {
    needId: '0193a1b2-0000-7000-8000-000000000021',
    organisationId: '0193a1b2-0000-7000-8000-000000000031',
    centreId: '0193a1b2-0000-7000-8000-0000000000c1',
    category: 'kennis-en-kunde',
    title: 'Hulp bij een nieuwe website voor het buurthuis',
    neededBy: '2027-05-01',
  },
  description:
    'A volunteer organisation published a need in one of the three Beursvloer categories. Requests for money are ' +
    'refused by the service and never published.',
});
