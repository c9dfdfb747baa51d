import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CALENDAR_DATE, LOCAL_TIME, REGISTRATIONS_LIMITS, TAXONOMY_CODE, type CefrLevel, type Day, type DayPart, type VacancyKind } from '@vc/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateIf,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import { IsDutchPostcode } from '../shared/dutch-postcode.decorator.js';
import { ExpectList, ExpectObject, IsNonBlankText, IsOmittable, Trimmed, composeDecorators } from '@vc/service-kit';
import { IsSectorCode } from '../shared/request-validation.js';
import { CEFR_LEVELS, DAY_PARTS, DAYS, ONGOING_KINDS, todayInAmsterdam, VACANCY_KINDS } from './vacancy-values.js';

/*
 * What every vacancy must satisfy, whether it is being created or has just been changed by an
 * update: the request for a new vacancy extends VacancyRules, and an update is checked by applying
 * it to the stored vacancy and validating the result against VacancyRules. (A subclass must not
 * redeclare a property with more validators: class-validator then drops the inherited ones.)
 */

export const DESCRIPTION_MAX = 5_000;
const ONE_OFF: readonly VacancyKind[] = ['one-off'];

type Fields = Record<string, unknown>;

function kindOf(object: object): unknown {
  return (object as Fields).kind;
}

/**
 * The field belongs to some kinds only, e.g. a one-off's `date`; another kind sending it gets a 400.
 * With an unknown kind only `kind` itself is refused.
 */
export function OnlyForKinds(kinds: readonly VacancyKind[]): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'onlyForKinds',
      target: target.constructor,
      propertyName: String(propertyKey),
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const kind = kindOf(args.object) as VacancyKind;
          return value === undefined || !VACANCY_KINDS.includes(kind) || kinds.includes(kind);
        },
        defaultMessage: (args: ValidationArguments) => `${args.property} is only for ${kinds.join(' and ')} vacancies`,
      },
    });
}

/** Required for the given kinds; left alone (absent) by the others, which OnlyForKinds then refuses. */
export function RequiredForKinds(kinds: readonly VacancyKind[]): PropertyDecorator {
  return composeDecorators(
    ValidateIf((object: object, value: unknown) => value !== undefined || kinds.includes(kindOf(object) as VacancyKind)),
    IsDefined({ message: `$property is required for ${kinds.join(' and ')} vacancies` }),
  );
}

type Comparison = 'after' | 'notBefore' | 'atMost';
const HOLDS: Record<Comparison, (value: string | number, other: string | number) => boolean> = {
  after: (value, other) => value > other,
  notBefore: (value, other) => value >= other,
  atMost: (value, other) => value <= other,
};
const WORDS: Record<Comparison, string> = { after: 'after', notBefore: 'on or after', atMost: 'at most' };

/**
 * Compares with a sibling of the same type (numbers, or fixed-width dates and times, which order
 * correctly as strings); passes when either is absent or of another type (their own rules say so).
 */
export function ComparedWith(comparison: Comparison, sibling: string): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: `${comparison}Sibling`,
      target: target.constructor,
      propertyName: String(propertyKey),
      constraints: [sibling],
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const other = (args.object as Fields)[sibling];
          const comparable = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';
          if (!comparable(value) || !comparable(other) || typeof value !== typeof other) return true;
          return HOLDS[comparison](value, other);
        },
        defaultMessage: (args: ValidationArguments) => `${args.property} must be ${WORDS[comparison]} ${sibling}`,
      },
    });
}

export const NOT_BEFORE_TODAY = 'isNotBeforeToday';

/** A date that has not passed yet in the Netherlands (today counts). */
export function IsNotBeforeToday(): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: NOT_BEFORE_TODAY,
      target: target.constructor,
      propertyName: String(propertyKey),
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || value >= todayInAmsterdam(),
        defaultMessage: (args: ValidationArguments) => `${args.property} must not be in the past`,
      },
    });
}

export const IsCalendarDay = (): PropertyDecorator =>
  composeDecorators(
    IsString(),
    Matches(CALENDAR_DATE, { message: '$property must be a date as YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: '$property must be an existing calendar date' }),
  );

export const IsLocalTime = (): PropertyDecorator =>
  composeDecorators(IsString(), Matches(LOCAL_TIME, { message: '$property must be a time as HH:MM (24-hour)' }));

export const IsSkillList = (): PropertyDecorator =>
  composeDecorators(
    IsArray(),
    ArrayMaxSize(REGISTRATIONS_LIMITS.skills),
    ArrayUnique(),
    IsString({ each: true }),
    MaxLength(REGISTRATIONS_LIMITS.taxonomyCode, { each: true }),
    Matches(TAXONOMY_CODE, { each: true, message: 'each value in $property must be a skill code such as care.respite' }),
  );

export const IsWeeklyHours = (): PropertyDecorator => composeDecorators(IsInt(), Min(1), Max(REGISTRATIONS_LIMITS.hoursPerWeek));

export class RequirementsRequest {
  @ApiPropertyOptional({ default: false, description: 'A VOG (certificate of conduct) is needed' })
  @IsOmittable()
  @IsBoolean()
  vogRequired?: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: 99, example: 18 })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(99)
  minimumAge?: number;

  @ApiPropertyOptional({ enum: CEFR_LEVELS, description: 'Minimum level of Dutch' })
  @IsOmittable()
  @IsIn(CEFR_LEVELS)
  dutchLevel?: CefrLevel;
}

export class SuitabilityRequest {
  @ApiPropertyOptional({ default: false, description: 'Students doing their maatschappelijke stage (MaS)' })
  @IsOmittable()
  @IsBoolean()
  students?: boolean;

  @ApiPropertyOptional({ default: false })
  @IsOmittable()
  @IsBoolean()
  newcomersWithoutDutch?: boolean;

  @ApiPropertyOptional({ default: false, description: 'People who need guidance' })
  @IsOmittable()
  @IsBoolean()
  needsGuidance?: boolean;
}

export class AvailabilitySlotRequest {
  @ApiProperty({ enum: DAYS })
  @IsIn(DAYS)
  day!: Day;

  @ApiProperty({ enum: DAY_PARTS })
  @IsIn(DAY_PARTS)
  part!: DayPart;
}

export const IsWeeklyAvailability = (): PropertyDecorator =>
  composeDecorators(
    ExpectList(),
    IsArray(),
    ArrayMaxSize(REGISTRATIONS_LIMITS.availabilitySlots),
    ArrayUnique((slot: AvailabilitySlotRequest) => `${slot?.day}/${slot?.part}`, { message: '$property must not repeat a slot' }),
    ValidateNested({ each: true }),
    Type(() => AvailabilitySlotRequest),
  );

export class VacancyRules {
  @ApiProperty({ enum: VACANCY_KINDS, description: 'help-request: individual help, never public, only mediated' })
  @IsIn(VACANCY_KINDS)
  kind!: VacancyKind;

  @ApiProperty({ example: 'Kok gezocht voor de buurtmaaltijd', maxLength: REGISTRATIONS_LIMITS.title })
  @Trimmed()
  @IsNonBlankText(REGISTRATIONS_LIMITS.title)
  title!: string;

  @ApiProperty({ maxLength: DESCRIPTION_MAX, description: 'For a help request: what help is needed, never who needs it' })
  @IsNonBlankText(DESCRIPTION_MAX)
  description!: string;

  @ApiProperty({ example: 'care' })
  @IsSectorCode()
  sector!: string;

  @ApiPropertyOptional({ example: ['cooking'], maxItems: REGISTRATIONS_LIMITS.skills })
  @IsOmittable()
  @IsSkillList()
  skills?: string[];

  @ApiPropertyOptional({ type: RequirementsRequest })
  @IsOmittable()
  @ExpectObject()
  @IsObject()
  @ValidateNested()
  @Type(() => RequirementsRequest)
  requirements?: RequirementsRequest;

  @ApiPropertyOptional({ type: SuitabilityRequest })
  @IsOmittable()
  @ExpectObject()
  @IsObject()
  @ValidateNested()
  @Type(() => SuitabilityRequest)
  suitability?: SuitabilityRequest;

  @ApiPropertyOptional({ default: false, description: 'Work from home; then the postcode is optional' })
  @IsOmittable()
  @IsBoolean()
  remote?: boolean;

  @ApiPropertyOptional({ example: '3562 AB', description: 'Where the work happens; required unless remote. Only PC4 is ever public' })
  @ValidateIf((object: object, value: unknown) => value !== undefined || (object as Fields).remote !== true)
  @IsDefined({ message: '$property is required unless the vacancy is remote' })
  @IsDutchPostcode()
  postcode?: string;

  @ApiPropertyOptional({ example: '2027-03-13', description: 'Day of a one-off activity (required for one-off)' })
  @RequiredForKinds(ONE_OFF)
  @IsCalendarDay()
  @IsNotBeforeToday()
  @OnlyForKinds(ONE_OFF)
  date?: string;

  @ApiPropertyOptional({ example: '09:30', description: 'HH:MM, Europe/Amsterdam (required for one-off)' })
  @RequiredForKinds(ONE_OFF)
  @IsLocalTime()
  @OnlyForKinds(ONE_OFF)
  startTime?: string;

  @ApiPropertyOptional({ example: '13:00', description: 'HH:MM, after startTime (required for one-off)' })
  @RequiredForKinds(ONE_OFF)
  @IsLocalTime()
  @ComparedWith('after', 'startTime')
  @OnlyForKinds(ONE_OFF)
  endTime?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: REGISTRATIONS_LIMITS.places, description: 'Volunteers wanted (required for one-off)' })
  @RequiredForKinds(ONE_OFF)
  @IsInt()
  @Min(1)
  @Max(REGISTRATIONS_LIMITS.places)
  @OnlyForKinds(ONE_OFF)
  places?: number;

  @ApiPropertyOptional({ minimum: 0, description: 'Places not yet taken; starts at places' })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @ComparedWith('atMost', 'places')
  @OnlyForKinds(ONE_OFF)
  placesLeft?: number;

  @ApiPropertyOptional({ type: [AvailabilitySlotRequest], description: 'Weekly slots (structural and help-request)' })
  @IsOmittable()
  @IsWeeklyAvailability()
  @OnlyForKinds(ONGOING_KINDS)
  availability?: AvailabilitySlotRequest[];

  @ApiPropertyOptional({ minimum: 1, maximum: REGISTRATIONS_LIMITS.hoursPerWeek })
  @IsOmittable()
  @IsWeeklyHours()
  @OnlyForKinds(ONGOING_KINDS)
  hoursPerWeek?: number;

  @ApiPropertyOptional({ example: '2027-01-11' })
  @IsOmittable()
  @IsCalendarDay()
  @OnlyForKinds(ONGOING_KINDS)
  startsOn?: string;

  @ApiPropertyOptional({ example: '2027-12-31', description: 'Last day; the vacancy expires by itself after it' })
  @IsOmittable()
  @IsCalendarDay()
  @ComparedWith('notBefore', 'startsOn')
  @IsNotBeforeToday()
  @OnlyForKinds(ONGOING_KINDS)
  endsOn?: string;
}
