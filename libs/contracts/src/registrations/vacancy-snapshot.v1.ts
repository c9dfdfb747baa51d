import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsObject, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import {
  AvailabilitySlot,
  IsAfterField,
  IsAtMostField,
  IsAvailability,
  IsCalendarDate,
  IsEntityId,
  IsLocalTime,
  IsNotBeforeField,
  IsOmittable,
  IsPostcodeArea,
  IsTaxonomyCode,
  IsTaxonomyCodeList,
  IsText,
  REGISTRATIONS_LIMITS,
  Requirements,
  Suitability,
  VacancyKind,
  valuesOf,
  type VacancyStatus,
} from './registrations-values.js';

const isOneOff = (vacancy: VacancySnapshotV1) => vacancy.kind === VacancyKind.OneOff;

/**
 * The fields every v1 vacancy event carries: the vacancy as it is after the fact, so a consumer keeps
 * its read model with one upsert whatever the event. Only non-personal attributes: a help request
 * (for example respite for an informal carer) says what help is needed, never who needs it or where
 * they live beyond the postcode area.
 */
export abstract class VacancySnapshotV1 {
  @IsEntityId()
  vacancyId!: string;

  @IsEntityId()
  organisationId!: string;

  @IsEntityId()
  centreId!: string;

  @IsIn(valuesOf(VacancyKind))
  kind!: VacancyKind;

  /** For a help request the producer writes a title without names or addresses ("Respijtzorg: wandelen op dinsdag"). */
  @IsText(REGISTRATIONS_LIMITS.title)
  title!: string;

  /** Sector code from the shared taxonomy. */
  @IsTaxonomyCode()
  sector!: string;

  /** Skill codes from the shared taxonomy that the work asks for. */
  @IsTaxonomyCodeList(REGISTRATIONS_LIMITS.skills)
  skills!: string[];

  @IsObject()
  @ValidateNested()
  @Type(() => Requirements)
  requirements!: Requirements;

  @IsObject()
  @ValidateNested()
  @Type(() => Suitability)
  suitability!: Suitability;

  @IsBoolean()
  remote!: boolean;

  /** PC4 of where the work happens; required unless the work is remote. */
  @ValidateIf((vacancy: VacancySnapshotV1) => vacancy.remote !== true || vacancy.postcodeArea !== undefined)
  @IsPostcodeArea()
  postcodeArea?: string;

  /** Day of a one-off activity (required for one-off). */
  @ValidateIf((vacancy: VacancySnapshotV1) => isOneOff(vacancy) || vacancy.date !== undefined)
  @IsCalendarDate()
  date?: string;

  /** Start of a one-off activity, Europe/Amsterdam wall-clock time (required for one-off). */
  @ValidateIf((vacancy: VacancySnapshotV1) => isOneOff(vacancy) || vacancy.startTime !== undefined)
  @IsLocalTime()
  startTime?: string;

  /** End of a one-off activity, after startTime on the same day (required for one-off). */
  @ValidateIf((vacancy: VacancySnapshotV1) => isOneOff(vacancy) || vacancy.endTime !== undefined)
  @IsLocalTime()
  @IsAfterField('startTime')
  endTime?: string;

  /** How many volunteers are wanted (required for one-off). */
  @ValidateIf((vacancy: VacancySnapshotV1) => isOneOff(vacancy) || vacancy.places !== undefined)
  @IsInt()
  @Min(1)
  @Max(REGISTRATIONS_LIMITS.places)
  places?: number;

  /** Places not yet taken; at most `places`. */
  @IsOmittable()
  @IsInt()
  @Min(0)
  @IsAtMostField('places')
  placesLeft?: number;

  /** Weekly slots of structural work; empty when the times are by arrangement or the work is one-off. */
  @IsAvailability()
  availability!: AvailabilitySlot[];

  @IsOmittable()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(REGISTRATIONS_LIMITS.hoursPerWeek)
  hoursPerWeek?: number;

  @IsOmittable()
  @IsCalendarDate()
  startsOn?: string;

  /** Last day of the vacancy; the vacancy expires by itself after it. */
  @IsOmittable()
  @IsCalendarDate()
  @IsNotBeforeField('startsOn')
  endsOn?: string;

  abstract status: VacancyStatus;
}

/** Status values each vacancy event may carry; drafts produce no events. */
export const VACANCY_EVENT_STATUSES: readonly Exclude<VacancyStatus, 'draft'>[] = [
  'published',
  'filled',
  'closed',
  'expired',
];
