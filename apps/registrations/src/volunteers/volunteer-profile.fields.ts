import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CefrLevel, ContactLanguage, Day, DayPart, IsCalendarDate, REGISTRATIONS_LIMITS, TAXONOMY_CODE } from '@vc/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsISO6391,
  IsObject,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  ValidateIf,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import { IsDutchPostcode } from '../shared/dutch-postcode.decorator.js';
import { ageOn, todayInAmsterdam, toE164 } from './volunteer-values.js';
import { IsOmittable, composeDecorators } from '@vc/service-kit';

/*
 * The rules of each profile field, written once and used by registration (required fields) and by
 * the update (every field optional). They are at least as strict as the event contracts, so a
 * profile that passes here always maps to a valid event.
 */

const VOG_STATUSES = ['none', 'requested', 'valid', 'expired'] as const;
export type VogStatusValue = (typeof VOG_STATUSES)[number];

/** Oldest plausible date of birth, in years before today. */
const MAX_AGE = 120;


const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const noControlCharacters = (property: string) =>
  Matches(/^[^\p{Cc}]*$/u, { message: `${property} must not contain control characters` });

export { IsOmittable };

/** May be left out, or null to clear a value that is optional in the profile. */
export const IsClearable = (): PropertyDecorator =>
  ValidateIf((_object: object, value: unknown) => value !== undefined && value !== null);

export const FirstName = (): PropertyDecorator =>
  composeDecorators(trimmed(), IsString(), MinLength(1), MaxLength(100), noControlCharacters('firstName'));

/** Including any tussenvoegsel ("van der Berg"). */
export const LastName = (): PropertyDecorator =>
  composeDecorators(trimmed(), IsString(), MinLength(1), MaxLength(150), noControlCharacters('lastName'));

export const Email = (): PropertyDecorator => composeDecorators(trimmed(), IsString(), MaxLength(254), IsEmail());

/**
 * Stored and published in E.164; Dutch national numbers are accepted and get +31. A number that
 * came in as E.164 still has to be one toE164 accepts (nine digits after +31).
 */
export const Phone = (): PropertyDecorator =>
  composeDecorators(
    Transform(({ value }) => (typeof value === 'string' ? (toE164(value) ?? value) : value)),
    IsString(),
    (target, propertyKey) =>
      registerDecorator({
        name: 'isPhoneNumber',
        target: target.constructor,
        propertyName: String(propertyKey),
        validator: {
          validate: (value: unknown) => typeof value === 'string' && toE164(value) === value,
          defaultMessage: () => 'phone must be a phone number such as 06 12345678 or +31612345678',
        },
      }),
  );

export const PreferredLanguage = (): PropertyDecorator => IsIn(Object.values(ContactLanguage));

/** A date of birth that can be one: not in the future, at most 120 years ago. */
export const DateOfBirth = (): PropertyDecorator =>
  composeDecorators(
    IsCalendarDate(),
    (target, propertyKey) =>
      registerDecorator({
        name: 'isPlausibleDateOfBirth',
        target: target.constructor,
        propertyName: String(propertyKey),
        validator: {
          validate(value: unknown) {
            if (typeof value !== 'string') return true; // IsCalendarDate reports it
            const today = todayInAmsterdam();
            return value <= today && ageOn(value, today) <= MAX_AGE;
          },
          defaultMessage: (args: ValidationArguments) => `${args.property} must be a date in the past, at most ${MAX_AGE} years ago`,
        },
      }),
  );

/** `1234 AB` in any case and spacing, stored as `1234 AB` like every other postcode. */
export const Postcode = IsDutchPostcode;

export const TravelRadiusKm = (): PropertyDecorator => composeDecorators(IsInt(), Min(0), Max(REGISTRATIONS_LIMITS.travelRadiusKm));

const taxonomyCodes = (maxItems: number) =>
  composeDecorators(
    IsArray(),
    ArrayMaxSize(maxItems),
    ArrayUnique(),
    IsString({ each: true }),
    MaxLength(REGISTRATIONS_LIMITS.taxonomyCode, { each: true }),
    Matches(TAXONOMY_CODE, { each: true, message: 'each value in $property must be a taxonomy code such as care.respite' }),
  );

/** Skill codes of the shared taxonomy. */
export const Skills = (): PropertyDecorator => taxonomyCodes(REGISTRATIONS_LIMITS.skills);

/** Sector codes. */
export const Interests = (): PropertyDecorator => taxonomyCodes(REGISTRATIONS_LIMITS.sectors);

export class AvailabilitySlotRequest {
  @ApiProperty({ enum: Object.values(Day), example: 'tuesday' })
  @IsIn(Object.values(Day))
  day!: Day;

  @ApiProperty({ enum: Object.values(DayPart), example: 'evening' })
  @IsIn(Object.values(DayPart))
  part!: DayPart;
}

export const Availability = (): PropertyDecorator =>
  composeDecorators(
    IsArray(),
    ArrayMaxSize(REGISTRATIONS_LIMITS.availabilitySlots),
    ArrayUnique((slot: AvailabilitySlotRequest) => `${slot?.day}/${slot?.part}`, { message: '$property must not repeat a slot' }),
    ValidateNested({ each: true }),
    Type(() => AvailabilitySlotRequest),
  );

/** Whole hours; the database keeps hours per week as an integer. */
export const HoursPerWeek = (): PropertyDecorator => composeDecorators(IsInt(), Min(0), Max(REGISTRATIONS_LIMITS.hoursPerWeek));

/** ISO 639-1 codes. */
export const Languages = (): PropertyDecorator =>
  composeDecorators(IsArray(), ArrayMaxSize(REGISTRATIONS_LIMITS.languages), ArrayUnique(), IsISO6391({ each: true }));

export const DutchLevel = (): PropertyDecorator => IsIn(Object.values(CefrLevel));

export const IsStudent = (): PropertyDecorator => IsBoolean();

const IsExpiryOfVogStatus = (): PropertyDecorator => (target, propertyKey) =>
  registerDecorator({
    name: 'isExpiryOfVogStatus',
    target: target.constructor,
    propertyName: String(propertyKey),
    validator: {
      validate: (_value: unknown, args: ValidationArguments) => ['valid', 'expired'].includes((args.object as VogRequest).status),
      defaultMessage: () => 'validUntil is given only with the status valid or expired',
    },
  });

/**
 * Status and expiry of the certificate of conduct, and nothing else about it. An expiry belongs
 * to a valid (required) or expired (optional) VOG; with none or a requested one it makes no sense.
 */
export class VogRequest {
  @ApiProperty({ enum: VOG_STATUSES, example: 'valid' })
  @IsIn(VOG_STATUSES)
  status!: VogStatusValue;

  @ApiPropertyOptional({ example: '2028-06-30', description: 'Required when the status is valid' })
  @ValidateIf((vog: VogRequest) => vog.status === 'valid' || vog.validUntil !== undefined)
  @IsCalendarDate()
  @IsDefined({ message: 'validUntil is required when the status is valid' })
  @IsExpiryOfVogStatus()
  validUntil?: string;
}

export const Vog = (): PropertyDecorator => composeDecorators(IsObject(), ValidateNested(), Type(() => VogRequest));
