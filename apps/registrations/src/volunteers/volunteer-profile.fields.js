var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CefrLevel, ContactLanguage, Day, DayPart, IsCalendarDate, REGISTRATIONS_LIMITS, TAXONOMY_CODE } from '@vc/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsDefined, IsEmail, IsIn, IsInt, IsISO6391, IsObject, IsString, Matches, Max, MaxLength, Min, MinLength, registerDecorator, ValidateIf, ValidateNested, } from 'class-validator';
import { IsDutchPostcode } from '../shared/dutch-postcode.decorator.js';
import { ageOn, todayInAmsterdam, toE164 } from './volunteer-values.js';
import { IsOmittable, composeDecorators } from '@vc/service-kit';
/*
 * The rules of each profile field, written once and used by registration (required fields) and by
 * the update (every field optional). They are at least as strict as the event contracts, so a
 * profile that passes here always maps to a valid event.
 */
const VOG_STATUSES = ['none', 'requested', 'valid', 'expired'];
/** Oldest plausible date of birth, in years before today. */
const MAX_AGE = 120;
const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const noControlCharacters = (property) => Matches(/^[^\p{Cc}]*$/u, { message: `${property} must not contain control characters` });
export { IsOmittable };
/** May be left out, or null to clear a value that is optional in the profile. */
export const IsClearable = () => ValidateIf((_object, value) => value !== undefined && value !== null);
export const FirstName = () => composeDecorators(trimmed(), IsString(), MinLength(1), MaxLength(100), noControlCharacters('firstName'));
/** Including any tussenvoegsel ("van der Berg"). */
export const LastName = () => composeDecorators(trimmed(), IsString(), MinLength(1), MaxLength(150), noControlCharacters('lastName'));
export const Email = () => composeDecorators(trimmed(), IsString(), MaxLength(254), IsEmail());
/**
 * Stored and published in E.164; Dutch national numbers are accepted and get +31. A number that
 * came in as E.164 still has to be one toE164 accepts (nine digits after +31).
 */
export const Phone = () => composeDecorators(Transform(({ value }) => (typeof value === 'string' ? (toE164(value) ?? value) : value)), IsString(), (target, propertyKey) => registerDecorator({
    name: 'isPhoneNumber',
    target: target.constructor,
    propertyName: String(propertyKey),
    validator: {
        validate: (value) => typeof value === 'string' && toE164(value) === value,
        defaultMessage: () => 'phone must be a phone number such as 06 12345678 or +31612345678',
    },
}));
export const PreferredLanguage = () => IsIn(Object.values(ContactLanguage));
/** A date of birth that can be one: not in the future, at most 120 years ago. */
export const DateOfBirth = () => composeDecorators(IsCalendarDate(), (target, propertyKey) => registerDecorator({
    name: 'isPlausibleDateOfBirth',
    target: target.constructor,
    propertyName: String(propertyKey),
    validator: {
        validate(value) {
            if (typeof value !== 'string')
                return true; // IsCalendarDate reports it
            const today = todayInAmsterdam();
            return value <= today && ageOn(value, today) <= MAX_AGE;
        },
        defaultMessage: (args) => `${args.property} must be a date in the past, at most ${MAX_AGE} years ago`,
    },
}));
/** `1234 AB` in any case and spacing, stored as `1234 AB` like every other postcode. */
export const Postcode = IsDutchPostcode;
export const TravelRadiusKm = () => composeDecorators(IsInt(), Min(0), Max(REGISTRATIONS_LIMITS.travelRadiusKm));
const taxonomyCodes = (maxItems) => composeDecorators(IsArray(), ArrayMaxSize(maxItems), ArrayUnique(), IsString({ each: true }), MaxLength(REGISTRATIONS_LIMITS.taxonomyCode, { each: true }), Matches(TAXONOMY_CODE, { each: true, message: 'each value in $property must be a taxonomy code such as care.respite' }));
/** Skill codes of the shared taxonomy. */
export const Skills = () => taxonomyCodes(REGISTRATIONS_LIMITS.skills);
/** Sector codes. */
export const Interests = () => taxonomyCodes(REGISTRATIONS_LIMITS.sectors);
export class AvailabilitySlotRequest {
}
__decorate([
    ApiProperty({ enum: Object.values(Day), example: 'tuesday' }),
    IsIn(Object.values(Day)),
    __metadata("design:type", String)
], AvailabilitySlotRequest.prototype, "day", void 0);
__decorate([
    ApiProperty({ enum: Object.values(DayPart), example: 'evening' }),
    IsIn(Object.values(DayPart)),
    __metadata("design:type", String)
], AvailabilitySlotRequest.prototype, "part", void 0);
export const Availability = () => composeDecorators(IsArray(), ArrayMaxSize(REGISTRATIONS_LIMITS.availabilitySlots), ArrayUnique((slot) => `${slot?.day}/${slot?.part}`, { message: '$property must not repeat a slot' }), ValidateNested({ each: true }), Type(() => AvailabilitySlotRequest));
/** Whole hours; the database keeps hours per week as an integer. */
export const HoursPerWeek = () => composeDecorators(IsInt(), Min(0), Max(REGISTRATIONS_LIMITS.hoursPerWeek));
/** ISO 639-1 codes. */
export const Languages = () => composeDecorators(IsArray(), ArrayMaxSize(REGISTRATIONS_LIMITS.languages), ArrayUnique(), IsISO6391({ each: true }));
export const DutchLevel = () => IsIn(Object.values(CefrLevel));
export const IsStudent = () => IsBoolean();
const IsExpiryOfVogStatus = () => (target, propertyKey) => registerDecorator({
    name: 'isExpiryOfVogStatus',
    target: target.constructor,
    propertyName: String(propertyKey),
    validator: {
        validate: (_value, args) => ['valid', 'expired'].includes(args.object.status),
        defaultMessage: () => 'validUntil is given only with the status valid or expired',
    },
});
/**
 * Status and expiry of the certificate of conduct, and nothing else about it. An expiry belongs
 * to a valid (required) or expired (optional) VOG; with none or a requested one it makes no sense.
 */
export class VogRequest {
}
__decorate([
    ApiProperty({ enum: VOG_STATUSES, example: 'valid' }),
    IsIn(VOG_STATUSES),
    __metadata("design:type", String)
], VogRequest.prototype, "status", void 0);
__decorate([
    ApiPropertyOptional({ example: '2028-06-30', description: 'Required when the status is valid' }),
    ValidateIf((vog) => vog.status === 'valid' || vog.validUntil !== undefined),
    IsCalendarDate(),
    IsDefined({ message: 'validUntil is required when the status is valid' }),
    IsExpiryOfVogStatus(),
    __metadata("design:type", String)
], VogRequest.prototype, "validUntil", void 0);
export const Vog = () => composeDecorators(IsObject(), ValidateNested(), Type(() => VogRequest));
//# sourceMappingURL=volunteer-profile.fields.js.map