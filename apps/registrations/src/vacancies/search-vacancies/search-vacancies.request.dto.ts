import { ApiPropertyOptional } from '@nestjs/swagger';
import { REGISTRATIONS_LIMITS } from '@vc/contracts';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Matches, Max, MaxLength, Min, ValidateBy, type ValidationArguments } from 'class-validator';
import { IsNonBlankText, IsOmittable } from '@vc/service-kit';
import { IsSectorCode } from '../../shared/request-validation.js';
import { ComparedWith, IsCalendarDay } from '../vacancy-rules.js';

/** Kinds the public may search; help requests are never public. */
export const PUBLIC_KINDS = ['structural', 'one-off'] as const;
export const MAX_SEARCH_PAGE = 50;
export const DEFAULT_SEARCH_PAGE = 20;
export const DEFAULT_WITHIN_KM = 10;

/** A flag filter: `true` narrows the search; leaving it out does not (there is no `false`). */
const IsFlagFilter = (): PropertyDecorator => (target, propertyKey) => {
  Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value))(target, propertyKey);
  IsOmittable()(target, propertyKey);
  IsIn([true], { message: `${String(propertyKey)} must be true when given` })(target, propertyKey);
};

export class SearchVacanciesRequest {
  @ApiPropertyOptional({ example: 'koken met ouderen', description: 'Dutch full text (websearch syntax: "phrase", or, -word)' })
  @IsOmittable()
  @IsNonBlankText(200)
  q?: string;

  @ApiPropertyOptional({ example: 'care' })
  @IsOmittable()
  @IsSectorCode()
  sector?: string;

  @ApiPropertyOptional({ enum: PUBLIC_KINDS })
  @IsOmittable()
  @IsIn(PUBLIC_KINDS)
  kind?: (typeof PUBLIC_KINDS)[number];

  @ApiPropertyOptional({ example: '3511AB', description: 'Postcode (or its four digits) to measure distance from' })
  @IsOmittable()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : value))
  @IsString()
  @Matches(/^[1-9][0-9]{3}(?:[A-Z]{2})?$/, { message: '$property must be a Dutch postcode such as 3511AB, or its four digits' })
  near?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: REGISTRATIONS_LIMITS.travelRadiusKm, default: DEFAULT_WITHIN_KM })
  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(REGISTRATIONS_LIMITS.travelRadiusKm)
  @ValidateBy({
    name: 'needsNear',
    validator: {
      validate: (_value: unknown, args?: ValidationArguments) => (args?.object as SearchVacanciesRequest).near !== undefined,
      defaultMessage: () => 'withinKm needs near',
    },
  })
  withinKm?: number;

  @ApiPropertyOptional({ example: '2027-03-13', description: 'Only one-off activities on or after this day' })
  @IsOmittable()
  @IsCalendarDay()
  dateFrom?: string;

  @ApiPropertyOptional({ example: '2027-03-14', description: 'Only one-off activities on or before this day' })
  @IsOmittable()
  @IsCalendarDay()
  @ComparedWith('notBefore', 'dateFrom')
  dateTo?: string;

  @ApiPropertyOptional({ enum: ['true'], description: 'Suitable for students (maatschappelijke stage)' })
  @IsFlagFilter()
  students?: true;

  @ApiPropertyOptional({ enum: ['true'], description: 'Suitable for newcomers who do not speak Dutch yet' })
  @IsFlagFilter()
  newcomersWithoutDutch?: true;

  @ApiPropertyOptional({ enum: ['true'], description: 'Suitable for people who need guidance' })
  @IsFlagFilter()
  needsGuidance?: true;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SEARCH_PAGE, default: DEFAULT_SEARCH_PAGE })
  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_PAGE)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (same search)' })
  @IsOmittable()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}
