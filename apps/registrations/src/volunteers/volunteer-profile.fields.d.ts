import { Day, DayPart } from '@vc/contracts';
import { IsOmittable } from '@vc/service-kit';
declare const VOG_STATUSES: readonly ["none", "requested", "valid", "expired"];
export type VogStatusValue = (typeof VOG_STATUSES)[number];
export { IsOmittable };
/** May be left out, or null to clear a value that is optional in the profile. */
export declare const IsClearable: () => PropertyDecorator;
export declare const FirstName: () => PropertyDecorator;
/** Including any tussenvoegsel ("van der Berg"). */
export declare const LastName: () => PropertyDecorator;
export declare const Email: () => PropertyDecorator;
/**
 * Stored and published in E.164; Dutch national numbers are accepted and get +31. A number that
 * came in as E.164 still has to be one toE164 accepts (nine digits after +31).
 */
export declare const Phone: () => PropertyDecorator;
export declare const PreferredLanguage: () => PropertyDecorator;
/** A date of birth that can be one: not in the future, at most 120 years ago. */
export declare const DateOfBirth: () => PropertyDecorator;
/** `1234 AB` in any case and spacing, stored as `1234 AB` like every other postcode. */
export declare const Postcode: () => PropertyDecorator;
export declare const TravelRadiusKm: () => PropertyDecorator;
/** Skill codes of the shared taxonomy. */
export declare const Skills: () => PropertyDecorator;
/** Sector codes. */
export declare const Interests: () => PropertyDecorator;
export declare class AvailabilitySlotRequest {
    day: Day;
    part: DayPart;
}
export declare const Availability: () => PropertyDecorator;
/** Whole hours; the database keeps hours per week as an integer. */
export declare const HoursPerWeek: () => PropertyDecorator;
/** ISO 639-1 codes. */
export declare const Languages: () => PropertyDecorator;
export declare const DutchLevel: () => PropertyDecorator;
export declare const IsStudent: () => PropertyDecorator;
/**
 * Status and expiry of the certificate of conduct, and nothing else about it. An expiry belongs
 * to a valid (required) or expired (optional) VOG; with none or a requested one it makes no sense.
 */
export declare class VogRequest {
    status: VogStatusValue;
    validUntil?: string;
}
export declare const Vog: () => PropertyDecorator;
//# sourceMappingURL=volunteer-profile.fields.d.ts.map