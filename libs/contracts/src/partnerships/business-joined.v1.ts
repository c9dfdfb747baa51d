import { IsIn } from 'class-validator';
import { defineEvent } from '../envelope/event-contract.js';
import { IsEntityId, IsKvkNumber, IsNullable, IsPostcodeArea, IsTaxonomyCode, IsText, valuesOf } from '../registrations/registrations-values.js';
import { BusinessSize, PARTNERSHIPS_LIMITS } from './partnerships-values.js';

/** A business as partnerships shares it: never its contact person (personal data stays in the service). */
export class BusinessJoinedV1 {
  @IsEntityId()
  businessId!: string;

  @IsEntityId()
  centreId!: string;

  @IsText(PARTNERSHIPS_LIMITS.name)
  name!: string;

  @IsKvkNumber()
  kvkNumber!: string;

  @IsIn(valuesOf(BusinessSize))
  size!: BusinessSize;

  @IsTaxonomyCode()
  sector!: string;

  /** PC4 of the business's location; null when not given. */
  @IsNullable()
  @IsPostcodeArea()
  postcodeArea!: string | null;
}

export const businessJoinedV1 = defineEvent({
  type: 'partnerships.business.joined',
  version: 1,
  topic: 'partnerships.business.v1',
  privacy: 'public',
  payload: BusinessJoinedV1,
  example: {
    businessId: '0193a1b2-0000-7000-8000-000000000001',
    centreId: '0193a1b2-0000-7000-8000-0000000000c1',
    name: 'Bouwbedrijf Van Dijk',
    kvkNumber: '30123456',
    size: 'medium',
    sector: 'bouw',
    postcodeArea: '3542',
  },
  description:
    'A business joined a centre to offer employee time, expertise, materials or space (maatschappelijk betrokken ' +
    'ondernemen). Carries no contact person: that is personal data and stays in the partnerships service.',
});
