import { ApiPropertyOptional } from '@nestjs/swagger';
import { REGISTRATIONS_LIMITS, type CefrLevel } from '@vc/contracts';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsObject, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsDutchPostcode } from '../../shared/dutch-postcode.decorator.js';
import { ExpectObject, IsNonBlankText, IsOmittable, Trimmed } from '@vc/service-kit';
import { IsSectorCode } from '../../shared/request-validation.js';
import {
  AvailabilitySlotRequest,
  DESCRIPTION_MAX,
  IsCalendarDay,
  IsLocalTime,
  IsSkillList,
  IsWeeklyAvailability,
  IsWeeklyHours,
  SuitabilityRequest,
} from '../vacancy-rules.js';
import { CEFR_LEVELS } from '../vacancy-values.js';

/** May be left out (unchanged) or null (cleared); anything else must pass the field's rules. */
const IsClearable = (): PropertyDecorator => (target, propertyKey) =>
  ValidateIf((object: Record<PropertyKey, unknown>) => object[propertyKey] !== undefined && object[propertyKey] !== null)(target, propertyKey);

export class RequirementsUpdate {
  @ApiPropertyOptional()
  @IsOmittable()
  @IsBoolean()
  vogRequired?: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: 99, nullable: true, description: 'null removes the minimum age' })
  @IsClearable()
  @IsInt()
  @Min(0)
  @Max(99)
  minimumAge?: number | null;

  @ApiPropertyOptional({ enum: CEFR_LEVELS, nullable: true, description: 'null removes the Dutch requirement' })
  @IsClearable()
  @IsIn(CEFR_LEVELS)
  dutchLevel?: CefrLevel | null;
}

/**
 * A change to a vacancy: only the fields sent change; null clears an optional one. The kind never
 * changes (create a new vacancy instead). The result must still be a valid vacancy of its kind.
 */
export class UpdateVacancyRequest {
  @ApiPropertyOptional({ maxLength: REGISTRATIONS_LIMITS.title })
  @IsOmittable()
  @Trimmed()
  @IsNonBlankText(REGISTRATIONS_LIMITS.title)
  title?: string;

  @ApiPropertyOptional({ maxLength: DESCRIPTION_MAX })
  @IsOmittable()
  @IsNonBlankText(DESCRIPTION_MAX)
  description?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsSectorCode()
  sector?: string;

  @ApiPropertyOptional({ maxItems: REGISTRATIONS_LIMITS.skills })
  @IsOmittable()
  @IsSkillList()
  skills?: string[];

  @ApiPropertyOptional({ type: RequirementsUpdate })
  @IsOmittable()
  @ExpectObject()
  @IsObject()
  @ValidateNested()
  @Type(() => RequirementsUpdate)
  requirements?: RequirementsUpdate;

  @ApiPropertyOptional({ type: SuitabilityRequest })
  @IsOmittable()
  @ExpectObject()
  @IsObject()
  @ValidateNested()
  @Type(() => SuitabilityRequest)
  suitability?: SuitabilityRequest;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsBoolean()
  remote?: boolean;

  @ApiPropertyOptional({ nullable: true, description: 'null removes the location (remote vacancies only)' })
  @IsClearable()
  @IsDutchPostcode()
  postcode?: string | null;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsCalendarDay()
  date?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsLocalTime()
  startTime?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsLocalTime()
  endTime?: string;

  @ApiPropertyOptional({ description: 'placesLeft moves along unless sent too' })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(REGISTRATIONS_LIMITS.places)
  places?: number;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(REGISTRATIONS_LIMITS.places)
  placesLeft?: number;

  @ApiPropertyOptional({ type: [AvailabilitySlotRequest] })
  @IsOmittable()
  @IsWeeklyAvailability()
  availability?: AvailabilitySlotRequest[];

  @ApiPropertyOptional({ nullable: true })
  @IsClearable()
  @IsWeeklyHours()
  hoursPerWeek?: number | null;

  @ApiPropertyOptional({ nullable: true })
  @IsClearable()
  @IsCalendarDay()
  startsOn?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsClearable()
  @IsCalendarDay()
  endsOn?: string | null;
}
