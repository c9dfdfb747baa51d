import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO6391,
  IsISO8601,
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

/*
 * Values shared by the registrations service's events. Enumerations are `as const` objects with a type
 * of the same name (not TypeScript `enum`s): examples and consumers can write plain strings such as
 * 'monday', and the values are ordinary JSON.
 */

export const Day = {
  Monday: 'monday',
  Tuesday: 'tuesday',
  Wednesday: 'wednesday',
  Thursday: 'thursday',
  Friday: 'friday',
  Saturday: 'saturday',
  Sunday: 'sunday',
} as const;
export type Day = (typeof Day)[keyof typeof Day];

export const DayPart = { Morning: 'morning', Afternoon: 'afternoon', Evening: 'evening' } as const;
export type DayPart = (typeof DayPart)[keyof typeof DayPart];

/** A help request is never listed on the website; it is only mediated by a consultant. */
export const VacancyKind = { Structural: 'structural', OneOff: 'one-off', HelpRequest: 'help-request' } as const;
export type VacancyKind = (typeof VacancyKind)[keyof typeof VacancyKind];

/** The vacancy's lifecycle. Drafts never produce an event; they are listed for completeness. */
export const VacancyStatus = {
  Draft: 'draft',
  Published: 'published',
  Filled: 'filled',
  Closed: 'closed',
  Expired: 'expired',
} as const;
export type VacancyStatus = (typeof VacancyStatus)[keyof typeof VacancyStatus];

export const VolunteerStatus = { Active: 'active', Paused: 'paused', Left: 'left' } as const;
export type VolunteerStatus = (typeof VolunteerStatus)[keyof typeof VolunteerStatus];

/** Registered organisations await verification; their vacancies go public only once the centre has verified them. */
export const OrganisationStatus = { Registered: 'registered', Verified: 'verified' } as const;
export type OrganisationStatus = (typeof OrganisationStatus)[keyof typeof OrganisationStatus];

/** Common European Framework of Reference levels, used for Dutch. */
export const CefrLevel = { A1: 'A1', A2: 'A2', B1: 'B1', B2: 'B2', C1: 'C1', C2: 'C2' } as const;
export type CefrLevel = (typeof CefrLevel)[keyof typeof CefrLevel];

/**
 * Age in bands instead of a date of birth. 16 and 18 are band boundaries because they are the
 * minimum ages vacancies ask for most; `under-16` covers secondary-school students (MaS).
 */
export const AgeBand = {
  Under16: 'under-16',
  From16To17: '16-17',
  From18To25: '18-25',
  From26To40: '26-40',
  From41To65: '41-65',
  From66: '66+',
} as const;
export type AgeBand = (typeof AgeBand)[keyof typeof AgeBand];

/** Languages the platform writes to people in. */
export const ContactLanguage = { Dutch: 'nl', English: 'en' } as const;
export type ContactLanguage = (typeof ContactLanguage)[keyof typeof ContactLanguage];

export const valuesOf = <T extends Record<string, string>>(values: T): T[keyof T][] =>
  Object.values(values) as T[keyof T][];

/** Dutch postcode area: the four digits of a postcode, never the letters (which narrow it to a street). */
export const POSTCODE_AREA = /^[1-9][0-9]{3}$/;
/** CBS gemeentecode, e.g. GM0344 (Utrecht). */
export const CBS_MUNICIPALITY_CODE = /^GM[0-9]{4}$/;
/** KvK-nummer: eight digits. */
export const KVK_NUMBER = /^[0-9]{8}$/;
/** Ids are opaque to consumers: a UUID or a readable slug such as `centre-utrecht`. */
export const ENTITY_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
/** Codes of the shared skill and sector taxonomy, e.g. `care.respite`, `digital-skills`. */
export const TAXONOMY_CODE = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
/** Calendar date without time, e.g. 2027-03-12. */
export const CALENDAR_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
/** Wall-clock time in Europe/Amsterdam, 24-hour `HH:MM`. */
export const LOCAL_TIME = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/;
/** An instant with an explicit offset, e.g. 2026-11-27T10:00:00.000Z. */
export const TIMESTAMP =
  /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})?(?:Z|[+-][0-9]{2}:[0-9]{2})$/;

/** Bounds that keep every message small; a contract bounds size as well as shape. */
export const REGISTRATIONS_LIMITS = {
  name: 200,
  title: 200,
  taxonomyCode: 64,
  skills: 50,
  sectors: 30,
  languages: 20,
  municipalities: 50,
  availabilitySlots: 21,
  hoursPerWeek: 40,
  travelRadiusKm: 250,
  places: 10_000,
} as const;

function compose(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, propertyKey) => {
    for (const decorate of decorators) decorate(target, propertyKey);
  };
}

/**
 * May be left out, but is never null: null is allowed only where a field's type says `| null`
 * (class-validator's @IsOptional would let null through as well).
 */
export const IsOmittable = (): PropertyDecorator => (target, propertyKey) => {
  Reflect.defineMetadata(PRESENCE_METADATA, 'omittable' satisfies Presence, target, propertyKey);
  ValidateIf((object: Record<PropertyKey, unknown>) => object[propertyKey] !== undefined)(target, propertyKey);
};

/** Required, but null is allowed and means "not known": the producer says so explicitly instead of leaving it out. */
export const IsNullable = (): PropertyDecorator => (target, propertyKey) => {
  Reflect.defineMetadata(PRESENCE_METADATA, 'nullable' satisfies Presence, target, propertyKey);
  ValidateIf((object: Record<PropertyKey, unknown>) => object[propertyKey] !== null)(target, propertyKey);
};

/**
 * What IsOmittable and IsNullable mean, recorded beside their ValidateIf (whose condition is
 * opaque), so the JSON Schemas generated for integrators say "may be absent" or "may be null" exactly.
 */
export const PRESENCE_METADATA = 'vc:presence';
export type Presence = 'omittable' | 'nullable';

export function presenceOf(target: object, propertyKey: string): Presence | undefined {
  return Reflect.getMetadata(PRESENCE_METADATA, target, propertyKey) as Presence | undefined;
}

export const IsEntityId = (): PropertyDecorator =>
  compose(
    IsString(),
    MaxLength(64),
    Matches(ENTITY_ID, { message: '$property must be an id of letters, digits, - and _ (at most 64)' }),
  );

/** Non-blank text of at most `max` characters. */
export const IsText = (max: number): PropertyDecorator =>
  compose(IsString(), MaxLength(max), Matches(/\S/, { message: '$property must not be blank' }));

export const IsPostcodeArea = (): PropertyDecorator =>
  compose(
    IsString(),
    Matches(POSTCODE_AREA, { message: '$property must be the four digits of a Dutch postcode (PC4)' }),
  );

export const IsKvkNumber = (): PropertyDecorator =>
  compose(IsString(), Matches(KVK_NUMBER, { message: '$property must be a KvK number of 8 digits' }));

export const IsTaxonomyCode = (): PropertyDecorator =>
  compose(
    IsString(),
    MaxLength(REGISTRATIONS_LIMITS.taxonomyCode),
    Matches(TAXONOMY_CODE, { message: '$property must be a taxonomy code such as care.respite' }),
  );

/** A unique list of at most `maxItems` taxonomy codes. */
export const IsTaxonomyCodeList = (maxItems: number): PropertyDecorator =>
  compose(
    IsArray(),
    ArrayMaxSize(maxItems),
    ArrayUnique(),
    IsString({ each: true }),
    MaxLength(REGISTRATIONS_LIMITS.taxonomyCode, { each: true }),
    Matches(TAXONOMY_CODE, {
      each: true,
      message: 'each value in $property must be a taxonomy code such as care.respite',
    }),
  );

export const IsCalendarDate = (): PropertyDecorator =>
  compose(
    IsString(),
    Matches(CALENDAR_DATE, { message: '$property must be a date as YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: '$property must be an existing calendar date' }),
  );

export const IsLocalTime = (): PropertyDecorator =>
  compose(IsString(), Matches(LOCAL_TIME, { message: '$property must be a time as HH:MM (24-hour)' }));

export const IsTimestamp = (): PropertyDecorator =>
  compose(
    IsString(),
    Matches(TIMESTAMP, { message: '$property must be an ISO 8601 instant with an offset' }),
    IsISO8601({ strict: true, strictSeparator: true }),
  );

export const IsCefrLevel = (): PropertyDecorator => IsIn(valuesOf(CefrLevel));

type Relation = 'atMost' | 'after' | 'notBefore';
const RELATION_HOLDS: Record<Relation, (value: number | string, other: number | string) => boolean> = {
  atMost: (value, other) => value <= other,
  after: (value, other) => value > other,
  notBefore: (value, other) => value >= other,
};
const RELATION_WORDS: Record<Relation, string> = { atMost: 'at most', after: 'after', notBefore: 'on or after' };

/**
 * Compares a field with a sibling of the same kind (numbers, or dates/times in their fixed-width
 * ISO form, which order correctly as strings). Skipped when this field is absent; when the sibling
 * is absent it fails only if `siblingRequired`.
 */
function relatedTo(relation: Relation, sibling: string, siblingRequired: boolean): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: `${relation}Field`,
      target: target.constructor,
      propertyName: String(propertyKey),
      constraints: [sibling],
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          if (value === undefined || value === null) return true;
          const other = (args.object as Record<string, unknown>)[sibling];
          if (other === undefined || other === null) return !siblingRequired;
          const comparable = (v: unknown): v is number | string => typeof v === 'number' || typeof v === 'string';
          if (!comparable(value) || !comparable(other) || typeof value !== typeof other) return false;
          return RELATION_HOLDS[relation](value, other);
        },
        defaultMessage(args: ValidationArguments) {
          const presence = siblingRequired ? ', which must be present' : '';
          return `${args.property} must be ${RELATION_WORDS[relation]} ${sibling}${presence}`;
        },
      },
    });
}

export const IsAtMostField = (sibling: string, siblingRequired = true): PropertyDecorator =>
  relatedTo('atMost', sibling, siblingRequired);
export const IsAfterField = (sibling: string, siblingRequired = true): PropertyDecorator =>
  relatedTo('after', sibling, siblingRequired);
export const IsNotBeforeField = (sibling: string, siblingRequired = false): PropertyDecorator =>
  relatedTo('notBefore', sibling, siblingRequired);

/** One part of one weekday, e.g. Tuesday evening. */
export class AvailabilitySlot {
  @IsIn(valuesOf(Day))
  day!: Day;

  @IsIn(valuesOf(DayPart))
  part!: DayPart;
}

/** A unique list of weekly slots: at most 7 days x 3 parts. */
export const IsAvailability = (): PropertyDecorator =>
  compose(
    IsArray(),
    ArrayMaxSize(REGISTRATIONS_LIMITS.availabilitySlots),
    ArrayUnique((slot: AvailabilitySlot) => `${slot?.day}/${slot?.part}`, {
      message: '$property must not repeat a slot',
    }),
    ValidateNested({ each: true }),
    Type(() => AvailabilitySlot),
  );

/** What a vacancy asks of a volunteer. A VOG is only ever required or not: no detail about it. */
export class Requirements {
  @IsBoolean()
  vogRequired!: boolean;

  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(99)
  minimumAge?: number;

  @IsOmittable()
  @IsCefrLevel()
  dutchLevel?: CefrLevel;
}

/** Who a vacancy is also suitable for. */
export class Suitability {
  /** Students doing their maatschappelijke stage (MaS). */
  @IsBoolean()
  students!: boolean;

  @IsBoolean()
  newcomersWithoutDutch!: boolean;

  @IsBoolean()
  needsGuidance!: boolean;
}

/**
 * Flags matching may use. `needsGuidance` says only that a volunteer needs guidance: the reason,
 * the referrer and the target group stay in the registrations service.
 */
export class VolunteerFlags {
  /** Secondary-school student looking for a maatschappelijke stage. */
  @IsOmittable()
  @IsBoolean()
  isStudent?: boolean;

  @IsBoolean()
  needsGuidance!: boolean;
}

/** ISO 639-1 codes, e.g. ['nl', 'ar', 'en']. */
export const IsLanguageList = (): PropertyDecorator =>
  compose(IsArray(), ArrayMaxSize(REGISTRATIONS_LIMITS.languages), ArrayUnique(), IsISO6391({ each: true }));

/** CBS gemeentecodes of the municipalities a centre serves. */
export const IsMunicipalityList = (): PropertyDecorator =>
  compose(
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(REGISTRATIONS_LIMITS.municipalities),
    ArrayUnique(),
    IsString({ each: true }),
    Matches(CBS_MUNICIPALITY_CODE, {
      each: true,
      message: 'each value in $property must be a CBS gemeentecode such as GM0344',
    }),
  );
