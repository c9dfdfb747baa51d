import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BeursvloerCategory, DealParty, DealStatus, PARTNERSHIPS_LIMITS } from '@vc/contracts';
import { IsIn, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { MONEY_CATEGORIES } from '../shared/money.js';
import { IsNonBlankText, IsOmittable, IsUuid, Trimmed } from '../shared/request-validation.js';
import type { ConfirmingParty } from './deal-lifecycle.js';

const CATEGORIES = Object.values(BeursvloerCategory);

export class PledgeDealRequest {
  @ApiPropertyOptional({ description: 'The Beursvloer where the deal was made; left out for a deal outside one' })
  @IsOmittable()
  @IsUuid()
  beursvloerId?: string;

  @ApiProperty()
  @IsUuid()
  businessId!: string;

  @ApiProperty()
  @IsUuid()
  organisationId!: string;

  @ApiPropertyOptional({ description: 'The offer the deal fulfils, if any (of this business)' })
  @IsOmittable()
  @IsUuid()
  offerId?: string;

  @ApiPropertyOptional({ description: 'The need the deal fulfils, if any (of this organisation)' })
  @IsOmittable()
  @IsUuid()
  needId?: string;

  @ApiProperty({ enum: CATEGORIES })
  @IsIn([...CATEGORIES, ...MONEY_CATEGORIES], { message: `category must be one of ${CATEGORIES.join(', ')}` })
  category!: BeursvloerCategory;

  @ApiProperty({ example: 'Zes collega’s schilderen de kantine van het buurthuis', maxLength: 500 })
  @Trimmed()
  @IsNonBlankText(500)
  description!: string;

  @ApiPropertyOptional({ enum: Object.values(DealParty), default: 'organisation', description: 'Party B: makes contact within two weeks' })
  @IsOmittable()
  @IsIn(Object.values(DealParty))
  contactParty?: DealParty;

  @ApiPropertyOptional({ example: 48, description: 'Employee hours the deal involves' })
  @IsOmittable()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(PARTNERSHIPS_LIMITS.hours)
  employeeHours?: number;
}

export class ConfirmDealRequest {
  @ApiProperty({ enum: ['business', 'organisation', 'organiser'], description: 'Whose signature on the deal form this is' })
  @IsIn(['business', 'organisation', 'organiser'])
  party!: ConfirmingParty;
}

export class MarkNotFeasibleRequest {
  @ApiProperty({ example: 'De kantine wordt toch verbouwd; schilderen heeft geen zin meer', maxLength: 1000 })
  @Trimmed()
  @IsNonBlankText(1000)
  reason!: string;
}

export class EstimateValueRequest {
  @ApiProperty({ example: 2400, description: 'Estimated social value in whole euros' })
  @IsInt()
  @Min(0)
  @Max(PARTNERSHIPS_LIMITS.valueEur)
  estimatedValueEur!: number;

  @ApiProperty({ example: '48 uur x € 50 (uurtarief vakkracht, Beursvloer-richtlijn)', maxLength: 500 })
  @Trimmed()
  @IsNonBlankText(500)
  valuationMethod!: string;
}

export class ListDealsQuery {
  @IsOptional()
  @IsUuid()
  beursvloerId?: string;

  @IsOptional()
  @IsIn(Object.values(DealStatus))
  status?: DealStatus;
}
