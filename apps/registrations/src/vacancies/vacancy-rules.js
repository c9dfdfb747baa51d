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
import { CALENDAR_DATE, LOCAL_TIME, REGISTRATIONS_LIMITS, TAXONOMY_CODE } from '@vc/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsISO8601, IsObject, IsString, Matches, Max, MaxLength, Min, registerDecorator, ValidateIf, ValidateNested, } from 'class-validator';
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
const ONE_OFF = ['one-off'];
function kindOf(object) {
    return object.kind;
}
/**
 * The field belongs to some kinds only, e.g. a one-off's `date`; another kind sending it gets a 400.
 * With an unknown kind only `kind` itself is refused.
 */
export function OnlyForKinds(kinds) {
    return (target, propertyKey) => registerDecorator({
        name: 'onlyForKinds',
        target: target.constructor,
        propertyName: String(propertyKey),
        validator: {
            validate: (value, args) => {
                const kind = kindOf(args.object);
                return value === undefined || !VACANCY_KINDS.includes(kind) || kinds.includes(kind);
            },
            defaultMessage: (args) => `${args.property} is only for ${kinds.join(' and ')} vacancies`,
        },
    });
}
/** Required for the given kinds; left alone (absent) by the others, which OnlyForKinds then refuses. */
export function RequiredForKinds(kinds) {
    return composeDecorators(ValidateIf((object, value) => value !== undefined || kinds.includes(kindOf(object))), IsDefined({ message: `$property is required for ${kinds.join(' and ')} vacancies` }));
}
const HOLDS = {
    after: (value, other) => value > other,
    notBefore: (value, other) => value >= other,
    atMost: (value, other) => value <= other,
};
const WORDS = { after: 'after', notBefore: 'on or after', atMost: 'at most' };
/**
 * Compares with a sibling of the same type (numbers, or fixed-width dates and times, which order
 * correctly as strings); passes when either is absent or of another type (their own rules say so).
 */
export function ComparedWith(comparison, sibling) {
    return (target, propertyKey) => registerDecorator({
        name: `${comparison}Sibling`,
        target: target.constructor,
        propertyName: String(propertyKey),
        constraints: [sibling],
        validator: {
            validate(value, args) {
                const other = args.object[sibling];
                const comparable = (v) => typeof v === 'string' || typeof v === 'number';
                if (!comparable(value) || !comparable(other) || typeof value !== typeof other)
                    return true;
                return HOLDS[comparison](value, other);
            },
            defaultMessage: (args) => `${args.property} must be ${WORDS[comparison]} ${sibling}`,
        },
    });
}
export const NOT_BEFORE_TODAY = 'isNotBeforeToday';
/** A date that has not passed yet in the Netherlands (today counts). */
export function IsNotBeforeToday() {
    return (target, propertyKey) => registerDecorator({
        name: NOT_BEFORE_TODAY,
        target: target.constructor,
        propertyName: String(propertyKey),
        validator: {
            validate: (value) => typeof value !== 'string' || value >= todayInAmsterdam(),
            defaultMessage: (args) => `${args.property} must not be in the past`,
        },
    });
}
export const IsCalendarDay = () => composeDecorators(IsString(), Matches(CALENDAR_DATE, { message: '$property must be a date as YYYY-MM-DD' }), IsISO8601({ strict: true }, { message: '$property must be an existing calendar date' }));
export const IsLocalTime = () => composeDecorators(IsString(), Matches(LOCAL_TIME, { message: '$property must be a time as HH:MM (24-hour)' }));
export const IsSkillList = () => composeDecorators(IsArray(), ArrayMaxSize(REGISTRATIONS_LIMITS.skills), ArrayUnique(), IsString({ each: true }), MaxLength(REGISTRATIONS_LIMITS.taxonomyCode, { each: true }), Matches(TAXONOMY_CODE, { each: true, message: 'each value in $property must be a skill code such as care.respite' }));
export const IsWeeklyHours = () => composeDecorators(IsInt(), Min(1), Max(REGISTRATIONS_LIMITS.hoursPerWeek));
export class RequirementsRequest {
}
__decorate([
    ApiPropertyOptional({ default: false, description: 'A VOG (certificate of conduct) is needed' }),
    IsOmittable(),
    IsBoolean(),
    __metadata("design:type", Boolean)
], RequirementsRequest.prototype, "vogRequired", void 0);
__decorate([
    ApiPropertyOptional({ minimum: 0, maximum: 99, example: 18 }),
    IsOmittable(),
    IsInt(),
    Min(0),
    Max(99),
    __metadata("design:type", Number)
], RequirementsRequest.prototype, "minimumAge", void 0);
__decorate([
    ApiPropertyOptional({ enum: CEFR_LEVELS, description: 'Minimum level of Dutch' }),
    IsOmittable(),
    IsIn(CEFR_LEVELS),
    __metadata("design:type", String)
], RequirementsRequest.prototype, "dutchLevel", void 0);
export class SuitabilityRequest {
}
__decorate([
    ApiPropertyOptional({ default: false, description: 'Students doing their maatschappelijke stage (MaS)' }),
    IsOmittable(),
    IsBoolean(),
    __metadata("design:type", Boolean)
], SuitabilityRequest.prototype, "students", void 0);
__decorate([
    ApiPropertyOptional({ default: false }),
    IsOmittable(),
    IsBoolean(),
    __metadata("design:type", Boolean)
], SuitabilityRequest.prototype, "newcomersWithoutDutch", void 0);
__decorate([
    ApiPropertyOptional({ default: false, description: 'People who need guidance' }),
    IsOmittable(),
    IsBoolean(),
    __metadata("design:type", Boolean)
], SuitabilityRequest.prototype, "needsGuidance", void 0);
export class AvailabilitySlotRequest {
}
__decorate([
    ApiProperty({ enum: DAYS }),
    IsIn(DAYS),
    __metadata("design:type", String)
], AvailabilitySlotRequest.prototype, "day", void 0);
__decorate([
    ApiProperty({ enum: DAY_PARTS }),
    IsIn(DAY_PARTS),
    __metadata("design:type", String)
], AvailabilitySlotRequest.prototype, "part", void 0);
export const IsWeeklyAvailability = () => composeDecorators(ExpectList(), IsArray(), ArrayMaxSize(REGISTRATIONS_LIMITS.availabilitySlots), ArrayUnique((slot) => `${slot?.day}/${slot?.part}`, { message: '$property must not repeat a slot' }), ValidateNested({ each: true }), Type(() => AvailabilitySlotRequest));
export class VacancyRules {
}
__decorate([
    ApiProperty({ enum: VACANCY_KINDS, description: 'help-request: individual help, never public, only mediated' }),
    IsIn(VACANCY_KINDS),
    __metadata("design:type", String)
], VacancyRules.prototype, "kind", void 0);
__decorate([
    ApiProperty({ example: 'Kok gezocht voor de buurtmaaltijd', maxLength: REGISTRATIONS_LIMITS.title }),
    Trimmed(),
    IsNonBlankText(REGISTRATIONS_LIMITS.title),
    __metadata("design:type", String)
], VacancyRules.prototype, "title", void 0);
__decorate([
    ApiProperty({ maxLength: DESCRIPTION_MAX, description: 'For a help request: what help is needed, never who needs it' }),
    IsNonBlankText(DESCRIPTION_MAX),
    __metadata("design:type", String)
], VacancyRules.prototype, "description", void 0);
__decorate([
    ApiProperty({ example: 'care' }),
    IsSectorCode(),
    __metadata("design:type", String)
], VacancyRules.prototype, "sector", void 0);
__decorate([
    ApiPropertyOptional({ example: ['cooking'], maxItems: REGISTRATIONS_LIMITS.skills }),
    IsOmittable(),
    IsSkillList(),
    __metadata("design:type", Array)
], VacancyRules.prototype, "skills", void 0);
__decorate([
    ApiPropertyOptional({ type: RequirementsRequest }),
    IsOmittable(),
    ExpectObject(),
    IsObject(),
    ValidateNested(),
    Type(() => RequirementsRequest),
    __metadata("design:type", RequirementsRequest)
], VacancyRules.prototype, "requirements", void 0);
__decorate([
    ApiPropertyOptional({ type: SuitabilityRequest }),
    IsOmittable(),
    ExpectObject(),
    IsObject(),
    ValidateNested(),
    Type(() => SuitabilityRequest),
    __metadata("design:type", SuitabilityRequest)
], VacancyRules.prototype, "suitability", void 0);
__decorate([
    ApiPropertyOptional({ default: false, description: 'Work from home; then the postcode is optional' }),
    IsOmittable(),
    IsBoolean(),
    __metadata("design:type", Boolean)
], VacancyRules.prototype, "remote", void 0);
__decorate([
    ApiPropertyOptional({ example: '3562 AB', description: 'Where the work happens; required unless remote. Only PC4 is ever public' }),
    ValidateIf((object, value) => value !== undefined || object.remote !== true),
    IsDefined({ message: '$property is required unless the vacancy is remote' }),
    IsDutchPostcode(),
    __metadata("design:type", String)
], VacancyRules.prototype, "postcode", void 0);
__decorate([
    ApiPropertyOptional({ example: '2027-03-13', description: 'Day of a one-off activity (required for one-off)' }),
    RequiredForKinds(ONE_OFF),
    IsCalendarDay(),
    IsNotBeforeToday(),
    OnlyForKinds(ONE_OFF),
    __metadata("design:type", String)
], VacancyRules.prototype, "date", void 0);
__decorate([
    ApiPropertyOptional({ example: '09:30', description: 'HH:MM, Europe/Amsterdam (required for one-off)' }),
    RequiredForKinds(ONE_OFF),
    IsLocalTime(),
    OnlyForKinds(ONE_OFF),
    __metadata("design:type", String)
], VacancyRules.prototype, "startTime", void 0);
__decorate([
    ApiPropertyOptional({ example: '13:00', description: 'HH:MM, after startTime (required for one-off)' }),
    RequiredForKinds(ONE_OFF),
    IsLocalTime(),
    ComparedWith('after', 'startTime'),
    OnlyForKinds(ONE_OFF),
    __metadata("design:type", String)
], VacancyRules.prototype, "endTime", void 0);
__decorate([
    ApiPropertyOptional({ minimum: 1, maximum: REGISTRATIONS_LIMITS.places, description: 'Volunteers wanted (required for one-off)' }),
    RequiredForKinds(ONE_OFF),
    IsInt(),
    Min(1),
    Max(REGISTRATIONS_LIMITS.places),
    OnlyForKinds(ONE_OFF),
    __metadata("design:type", Number)
], VacancyRules.prototype, "places", void 0);
__decorate([
    ApiPropertyOptional({ minimum: 0, description: 'Places not yet taken; starts at places' }),
    IsOmittable(),
    IsInt(),
    Min(0),
    ComparedWith('atMost', 'places'),
    OnlyForKinds(ONE_OFF),
    __metadata("design:type", Number)
], VacancyRules.prototype, "placesLeft", void 0);
__decorate([
    ApiPropertyOptional({ type: [AvailabilitySlotRequest], description: 'Weekly slots (structural and help-request)' }),
    IsOmittable(),
    IsWeeklyAvailability(),
    OnlyForKinds(ONGOING_KINDS),
    __metadata("design:type", Array)
], VacancyRules.prototype, "availability", void 0);
__decorate([
    ApiPropertyOptional({ minimum: 1, maximum: REGISTRATIONS_LIMITS.hoursPerWeek }),
    IsOmittable(),
    IsWeeklyHours(),
    OnlyForKinds(ONGOING_KINDS),
    __metadata("design:type", Number)
], VacancyRules.prototype, "hoursPerWeek", void 0);
__decorate([
    ApiPropertyOptional({ example: '2027-01-11' }),
    IsOmittable(),
    IsCalendarDay(),
    OnlyForKinds(ONGOING_KINDS),
    __metadata("design:type", String)
], VacancyRules.prototype, "startsOn", void 0);
__decorate([
    ApiPropertyOptional({ example: '2027-12-31', description: 'Last day; the vacancy expires by itself after it' }),
    IsOmittable(),
    IsCalendarDay(),
    ComparedWith('notBefore', 'startsOn'),
    IsNotBeforeToday(),
    OnlyForKinds(ONGOING_KINDS),
    __metadata("design:type", String)
], VacancyRules.prototype, "endsOn", void 0);
//# sourceMappingURL=vacancy-rules.js.map