import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BusinessSize, OfferKind, PARTNERSHIPS_LIMITS, POSTCODE_AREA, TAXONOMY_CODE } from '@vc/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MONEY_CATEGORIES } from '../shared/money.js';
import {
  ExpectList,
  ExpectObject,
  IsDateText,
  IsKvkNumberText,
  IsNonBlankText,
  IsNotBefore,
  IsOmittable,
  IsSectorCode,
  Trimmed,
} from '../shared/request-validation.js';
import type { EmployeeTimeFormat } from './offer-category.js';

export class ContactPersonRequest {
  @ApiProperty({ example: 'Jeroen van Dijk', maxLength: 200 })
  @Trimmed()
  @IsNonBlankText(200)
  name!: string;

  @ApiProperty({ example: 'j.vandijk@bouwbedrijfvandijk.nl', maxLength: 254 })
  @Trimmed()
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: '$property must be an email address' })
  email!: string;

  @ApiPropertyOptional({ example: '+31612345678', description: 'E.164' })
  @IsOmittable()
  @IsString()
  @Matches(/^\+[1-9][0-9]{7,14}$/, { message: '$property must be a phone number in E.164, such as +31612345678' })
  phone?: string;
}

export class RegisterBusinessRequest {
  @ApiProperty({ example: 'Bouwbedrijf Van Dijk', maxLength: PARTNERSHIPS_LIMITS.name })
  @Trimmed()
  @IsNonBlankText(PARTNERSHIPS_LIMITS.name)
  name!: string;

  @ApiProperty({ example: '30123456', description: 'KvK-nummer: eight digits' })
  @IsKvkNumberText()
  kvkNumber!: string;

  @ApiProperty({ enum: Object.values(BusinessSize) })
  @IsIn(Object.values(BusinessSize))
  size!: BusinessSize;

  @ApiProperty({ example: 'bouw', description: 'Sector code from the shared taxonomy' })
  @IsSectorCode()
  sector!: string;

  @ApiPropertyOptional({ example: '3542', description: 'PC4 of the business location, for distances' })
  @IsOmittable()
  @IsString()
  @Matches(POSTCODE_AREA, { message: '$property must be the four digits of a Dutch postcode (PC4)' })
  postcodeArea?: string;

  @ApiProperty({ type: ContactPersonRequest, description: 'Personal data: never in events; removable on request' })
  @IsDefined()
  @ExpectObject()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactPersonRequest)
  contactPerson!: ContactPersonRequest;
}

export class PublishOfferRequest {
  @ApiProperty({ enum: Object.values(OfferKind), description: 'Money is not a kind: offering money is refused with 422 money-not-allowed' })
  @IsIn([...Object.values(OfferKind), ...MONEY_CATEGORIES], { message: `kind must be one of ${Object.values(OfferKind).join(', ')}` })
  kind!: OfferKind;

  @ApiPropertyOptional({ enum: ['team-day', 'skills-based'], description: 'Required for employee-time' })
  @ValidateIf((o: PublishOfferRequest) => o.kind === 'employee-time' || o.employeeTimeFormat !== undefined)
  @IsIn(['team-day', 'skills-based'], { message: 'employeeTimeFormat must be team-day or skills-based for employee-time' })
  employeeTimeFormat?: EmployeeTimeFormat;

  @ApiProperty({ example: 'Teamdag: acht collega’s klussen een dag mee', maxLength: PARTNERSHIPS_LIMITS.title })
  @Trimmed()
  @IsNonBlankText(PARTNERSHIPS_LIMITS.title)
  title!: string;

  @ApiProperty({ maxLength: 2000 })
  @Trimmed()
  @IsNonBlankText(2000)
  description!: string;

  @ApiPropertyOptional({ type: [String], example: ['schilderen'] })
  @IsOmittable()
  @ExpectList()
  @IsArray()
  @ArrayMaxSize(PARTNERSHIPS_LIMITS.skills)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(TAXONOMY_CODE, { each: true, message: 'each value in skills must be a taxonomy code' })
  skills?: string[];

  @ApiPropertyOptional({ example: 64, description: 'Employee hours on offer (employee-time, expertise)' })
  @IsOmittable()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(PARTNERSHIPS_LIMITS.hours)
  hours?: number;

  @ApiPropertyOptional({ example: 20, description: 'How many (materials); with unit' })
  @ValidateIf((o: PublishOfferRequest) => o.quantity !== undefined || o.unit !== undefined)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity?: number;

  @ApiPropertyOptional({ example: 'bureaustoelen', description: 'A currency is refused: no money' })
  @ValidateIf((o: PublishOfferRequest) => o.quantity !== undefined || o.unit !== undefined)
  @Trimmed()
  @IsNonBlankText(40)
  unit?: string;

  @ApiPropertyOptional({ example: '2027-03-01' })
  @IsOmittable()
  @IsDateText()
  availableFrom?: string;

  @ApiPropertyOptional({ example: '2027-06-30' })
  @IsOmittable()
  @IsDateText()
  @IsNotBefore('availableFrom')
  availableUntil?: string;
}
