// PRIVACY. Volunteer events carry only what matching needs and may see. NEVER add support needs,
// referral source or reasons, target group (refugee or newcomer status, re-integration), health,
// VOG details beyond vogValidUntil, date of birth, full postcode or address, notes, or contact data
// (that goes only to the restricted registrations.volunteer-contact.v1 topic).
// registrations-contracts.spec.ts fails on field names that look like any of these.
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsObject, Max, Min, ValidateNested } from 'class-validator';
import {
  AgeBand,
  AvailabilitySlot,
  IsAvailability,
  IsCalendarDate,
  IsCefrLevel,
  IsEntityId,
  IsLanguageList,
  IsNullable,
  IsPostcodeArea,
  IsTaxonomyCodeList,
  REGISTRATIONS_LIMITS,
  valuesOf,
  VolunteerFlags,
  type CefrLevel,
  type VolunteerStatus,
} from './registrations-values.js';

/** Who a volunteer event is about; the ids every volunteer event starts with. */
export abstract class VolunteerRefV1 {
  /** Pseudonymous id; the key of both the public and the restricted volunteer topics. */
  @IsEntityId()
  volunteerId!: string;

  @IsEntityId()
  centreId!: string;

  @IsEntityId()
  regionId!: string;
}

/**
 * The volunteer as matching sees them, after the fact. Pseudonymous: no name, contact data, exact
 * location or date of birth, so a read model built from it cannot be used to reach or identify anyone.
 */
export abstract class VolunteerProfileV1 extends VolunteerRefV1 {
  /** Skill codes from the shared taxonomy. */
  @IsTaxonomyCodeList(REGISTRATIONS_LIMITS.skills)
  skills!: string[];

  /** Sector codes the volunteer is interested in. */
  @IsTaxonomyCodeList(REGISTRATIONS_LIMITS.sectors)
  interests!: string[];

  /** Weekly slots the volunteer is usually available. */
  @IsAvailability()
  availability!: AvailabilitySlot[];

  /** Null when the volunteer did not say. */
  @IsNullable()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(REGISTRATIONS_LIMITS.hoursPerWeek)
  hoursPerWeek!: number | null;

  /** PC4 only, never the full postcode; null when no postcode was given (only remote work fits). */
  @IsNullable()
  @IsPostcodeArea()
  postcodeArea!: string | null;

  @IsInt()
  @Min(0)
  @Max(REGISTRATIONS_LIMITS.travelRadiusKm)
  travelRadiusKm!: number;

  /** Languages the volunteer speaks, ISO 639-1. */
  @IsLanguageList()
  languages!: string[];

  /** Null when not assessed. */
  @IsNullable()
  @IsCefrLevel()
  dutchLevel!: CefrLevel | null;

  /** Instead of a date of birth; null when no date of birth is known (consumers treat minimum ages as unmet). */
  @IsNullable()
  @IsIn(valuesOf(AgeBand))
  ageBand!: AgeBand | null;

  /**
   * Last day the volunteer's VOG counts as valid; null when there is none. Nothing else about the
   * VOG leaves the service.
   */
  @IsNullable()
  @IsCalendarDate()
  vogValidUntil!: string | null;

  @IsObject()
  @ValidateNested()
  @Type(() => VolunteerFlags)
  flags!: VolunteerFlags;

  abstract status: VolunteerStatus;
}
