import { IsIn } from 'class-validator';
import { IsEntityId, IsNullable, IsText, valuesOf } from '../registrations/registrations-values.js';
import { BeursvloerCategory, DealParty, type DealStatus, IsBeursvloerCategory, IsEurosOrNull, IsHoursOrNull } from './partnerships-values.js';


/**
 * The fields every v1 deal event carries: the deal as it is after the fact. Parties are ids only;
 * who signed the deal form stays in the service.
 */
export abstract class DealSnapshotV1 {
  @IsEntityId()
  dealId!: string;

  @IsEntityId()
  centreId!: string;

  /** The Beursvloer where the deal was made; null for a deal made outside one. */
  @IsNullable()
  @IsEntityId()
  beursvloerId!: string | null;

  @IsEntityId()
  businessId!: string;

  @IsEntityId()
  organisationId!: string;

  @IsBeursvloerCategory()
  category!: BeursvloerCategory;

  @IsText(500)
  description!: string;

  /** The party that must make contact within two weeks of ratification. */
  @IsIn(valuesOf(DealParty))
  contactParty!: DealParty;

  /** Employee hours the deal involves, when it involves employee time. */
  @IsHoursOrNull()
  employeeHours!: number | null;

  /** Estimated social value in whole euros; null when not estimated. */
  @IsEurosOrNull()
  estimatedValueEur!: number | null;

  abstract status: DealStatus;
}

export const dealExample = {
  dealId: '0193a1b2-0000-7000-8000-000000000051',
  centreId: '0193a1b2-0000-7000-8000-0000000000c1',
  beursvloerId: '0193a1b2-0000-7000-8000-000000000041',
  businessId: '0193a1b2-0000-7000-8000-000000000001',
  organisationId: '0193a1b2-0000-7000-8000-000000000031',
  category: BeursvloerCategory.HelpendeHanden,
  description: 'Bouwbedrijf Van Dijk schildert met zes collega’s de kantine van het buurthuis',
  contactParty: DealParty.Organisation,
  employeeHours: 48,
  estimatedValueEur: null,
};
