import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { IsCalendarDate, IsEntityId, IsNotBeforeField, IsNullable, IsText, valuesOf } from '../registrations/registrations-values.js';
import { BeursvloerCategory, IsBeursvloerCategory, IsHoursOrNull, OfferKind, PARTNERSHIPS_LIMITS } from './partnerships-values.js';

export class OfferPublishedV1 {
  @IsEntityId()
  offerId!: string;

  @IsEntityId()
  businessId!: string;

  @IsEntityId()
  centreId!: string;

  @IsIn(valuesOf(OfferKind))
  kind!: OfferKind;

  @IsBeursvloerCategory()
  category!: BeursvloerCategory;

  @IsText(PARTNERSHIPS_LIMITS.title)
  title!: string;

  /** Employee hours on offer, when the offer is employee time or expertise. */
  @IsHoursOrNull()
  hours!: number | null;

  @IsNullable()
  @IsCalendarDate()
  availableFrom!: string | null;

  @IsNullable()
  @IsCalendarDate()
  @IsNotBeforeField('availableFrom')
  availableUntil!: string | null;
}

export const offerPublishedV1 = defineEvent({
  type: 'partnerships.offer.published',
  version: 1,
  topic: 'partnerships.offer.v1',
  privacy: 'public',
  payload: OfferPublishedV1,
  example: {
    offerId: '0193a1b2-0000-7000-8000-000000000011',
    businessId: '0193a1b2-0000-7000-8000-000000000001',
    centreId: '0193a1b2-0000-7000-8000-0000000000c1',
    kind: 'employee-time',
    category: 'helpende-handen',
    title: 'Teamdag: acht collega’s klussen een dag mee',
    hours: 64,
    availableFrom: '2027-03-01',
    availableUntil: '2027-06-30',
  },
  description:
    'A business published an offer: employee time (a team day or skills-based volunteering), pro bono expertise, ' +
    'materials or space, in one of the three Beursvloer categories, with when it is available.',
});
