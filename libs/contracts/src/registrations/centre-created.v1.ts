import { IsBoolean } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { IsEntityId, IsMunicipalityList, IsText, REGISTRATIONS_LIMITS } from './registrations-values.js';

export class CentreCreatedV1 {
  @IsEntityId()
  centreId!: string;

  @IsEntityId()
  regionId!: string;

  /** The centre's public name; an organisation's name, not a person's. */
  @IsText(REGISTRATIONS_LIMITS.name)
  name!: string;

  /** CBS gemeentecodes of the municipalities the centre serves. */
  @IsMunicipalityList()
  municipalities!: string[];

  /** Whether the centre's published vacancies are also offered to volunteers of the region's other centres. */
  @IsBoolean()
  sharesVacanciesWithConsortium!: boolean;
}

export const centreCreatedV1 = defineEvent({
  type: 'registrations.centre.created',
  version: 1,
  topic: 'registrations.centre.v1',
  privacy: 'public',
  payload: CentreCreatedV1,
  example: {
    centreId: 'centre-utrecht',
    regionId: 'region-midden',
    name: 'Vrijwilligerscentrale Utrecht',
    municipalities: ['GM0344', 'GM0356'],
    sharesVacanciesWithConsortium: true,
  },
  description:
    'A consortium admin created a volunteer centre (a tenant) in a region. Consumers create the tenant and start ' +
    "accepting the centre's events; the municipalities are CBS gemeentecodes and drive results per municipality.",
});
