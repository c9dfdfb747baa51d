import { defineEvent } from '../envelope/event-contract.js';
import { IsCalendarDate, IsEntityId, IsNullable, IsPostcodeArea, IsText } from '../registrations/registrations-values.js';
import { PARTNERSHIPS_LIMITS } from './partnerships-values.js';

export class BeursvloerScheduledV1 {
  @IsEntityId()
  beursvloerId!: string;

  @IsEntityId()
  centreId!: string;

  @IsText(PARTNERSHIPS_LIMITS.name)
  name!: string;

  @IsCalendarDate()
  date!: string;

  /** The venue's name and town, e.g. "Stadhuis, Amersfoort". */
  @IsText(PARTNERSHIPS_LIMITS.place)
  place!: string;

  @IsNullable()
  @IsPostcodeArea()
  postcodeArea!: string | null;
}

export const beursvloerScheduledV1 = defineEvent({
  type: 'partnerships.beursvloer.scheduled',
  version: 1,
  topic: 'partnerships.beursvloer.v1',
  privacy: 'public',
  payload: BeursvloerScheduledV1,
  example: {
    beursvloerId: '0193a1b2-0000-7000-8000-000000000041',
    centreId: '0193a1b2-0000-7000-8000-0000000000c1',
    name: 'Beursvloer Amersfoort 2027',
    date: '2027-10-07',
    place: 'Stadhuis, Amersfoort',
    postcodeArea: '3811',
  },
  description:
    'A centre scheduled a Beursvloer: a marketplace afternoon where businesses and volunteer organisations make ' +
    'non-monetary deals.',
});
