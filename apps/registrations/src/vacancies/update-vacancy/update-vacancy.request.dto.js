var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { ApiPropertyOptional } from '@nestjs/swagger';
import { REGISTRATIONS_LIMITS } from '@vc/contracts';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsObject, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsDutchPostcode } from '../../shared/dutch-postcode.decorator.js';
import { ExpectObject, IsNonBlankText, IsOmittable, Trimmed } from '@vc/service-kit';
import { IsSectorCode } from '../../shared/request-validation.js';
import { AvailabilitySlotRequest, DESCRIPTION_MAX, IsCalendarDay, IsLocalTime, IsSkillList, IsWeeklyAvailability, IsWeeklyHours, SuitabilityRequest, } from '../vacancy-rules.js';
import { CEFR_LEVELS } from '../vacancy-values.js';
/** May be left out (unchanged) or null (cleared); anything else must pass the field's rules. */
const IsClearable = () => (target, propertyKey) => ValidateIf((object) => object[propertyKey] !== undefined && object[propertyKey] !== null)(target, propertyKey);
export class RequirementsUpdate {
}
__decorate([
    ApiPropertyOptional(),
    IsOmittable(),
    IsBoolean(),
    __metadata("design:type", Boolean)
], RequirementsUpdate.prototype, "vogRequired", void 0);
__decorate([
    ApiPropertyOptional({ minimum: 0, maximum: 99, nullable: true, description: 'null removes the minimum age' }),
    IsClearable(),
    IsInt(),
    Min(0),
    Max(99),
    __metadata("design:type", Object)
], RequirementsUpdate.prototype, "minimumAge", void 0);
__decorate([
    ApiPropertyOptional({ enum: CEFR_LEVELS, nullable: true, description: 'null removes the Dutch requirement' }),
    IsClearable(),
    IsIn(CEFR_LEVELS),
    __metadata("design:type", Object)
], RequirementsUpdate.prototype, "dutchLevel", void 0);
/**
 * A change to a vacancy: only the fields sent change; null clears an optional one. The kind never
 * changes (create a new vacancy instead). The result must still be a valid vacancy of its kind.
 */
export class UpdateVacancyRequest {
}
__decorate([
    ApiPropertyOptional({ maxLength: REGISTRATIONS_LIMITS.title }),
    IsOmittable(),
    Trimmed(),
    IsNonBlankText(REGISTRATIONS_LIMITS.title),
    __metadata("design:type", String)
], UpdateVacancyRequest.prototype, "title", void 0);
__decorate([
    ApiPropertyOptional({ maxLength: DESCRIPTION_MAX }),
    IsOmittable(),
    IsNonBlankText(DESCRIPTION_MAX),
    __metadata("design:type", String)
], UpdateVacancyRequest.prototype, "description", void 0);
__decorate([
    ApiPropertyOptional(),
    IsOmittable(),
    IsSectorCode(),
    __metadata("design:type", String)
], UpdateVacancyRequest.prototype, "sector", void 0);
__decorate([
    ApiPropertyOptional({ maxItems: REGISTRATIONS_LIMITS.skills }),
    IsOmittable(),
    IsSkillList(),
    __metadata("design:type", Array)
], UpdateVacancyRequest.prototype, "skills", void 0);
__decorate([
    ApiPropertyOptional({ type: RequirementsUpdate }),
    IsOmittable(),
    ExpectObject(),
    IsObject(),
    ValidateNested(),
    Type(() => RequirementsUpdate),
    __metadata("design:type", RequirementsUpdate)
], UpdateVacancyRequest.prototype, "requirements", void 0);
__decorate([
    ApiPropertyOptional({ type: SuitabilityRequest }),
    IsOmittable(),
    ExpectObject(),
    IsObject(),
    ValidateNested(),
    Type(() => SuitabilityRequest),
    __metadata("design:type", SuitabilityRequest)
], UpdateVacancyRequest.prototype, "suitability", void 0);
__decorate([
    ApiPropertyOptional(),
    IsOmittable(),
    IsBoolean(),
    __metadata("design:type", Boolean)
], UpdateVacancyRequest.prototype, "remote", void 0);
__decorate([
    ApiPropertyOptional({ nullable: true, description: 'null removes the location (remote vacancies only)' }),
    IsClearable(),
    IsDutchPostcode(),
    __metadata("design:type", Object)
], UpdateVacancyRequest.prototype, "postcode", void 0);
__decorate([
    ApiPropertyOptional(),
    IsOmittable(),
    IsCalendarDay(),
    __metadata("design:type", String)
], UpdateVacancyRequest.prototype, "date", void 0);
__decorate([
    ApiPropertyOptional(),
    IsOmittable(),
    IsLocalTime(),
    __metadata("design:type", String)
], UpdateVacancyRequest.prototype, "startTime", void 0);
__decorate([
    ApiPropertyOptional(),
    IsOmittable(),
    IsLocalTime(),
    __metadata("design:type", String)
], UpdateVacancyRequest.prototype, "endTime", void 0);
__decorate([
    ApiPropertyOptional({ description: 'placesLeft moves along unless sent too' }),
    IsOmittable(),
    IsInt(),
    Min(1),
    Max(REGISTRATIONS_LIMITS.places),
    __metadata("design:type", Number)
], UpdateVacancyRequest.prototype, "places", void 0);
__decorate([
    ApiPropertyOptional(),
    IsOmittable(),
    IsInt(),
    Min(0),
    Max(REGISTRATIONS_LIMITS.places),
    __metadata("design:type", Number)
], UpdateVacancyRequest.prototype, "placesLeft", void 0);
__decorate([
    ApiPropertyOptional({ type: [AvailabilitySlotRequest] }),
    IsOmittable(),
    IsWeeklyAvailability(),
    __metadata("design:type", Array)
], UpdateVacancyRequest.prototype, "availability", void 0);
__decorate([
    ApiPropertyOptional({ nullable: true }),
    IsClearable(),
    IsWeeklyHours(),
    __metadata("design:type", Object)
], UpdateVacancyRequest.prototype, "hoursPerWeek", void 0);
__decorate([
    ApiPropertyOptional({ nullable: true }),
    IsClearable(),
    IsCalendarDay(),
    __metadata("design:type", Object)
], UpdateVacancyRequest.prototype, "startsOn", void 0);
__decorate([
    ApiPropertyOptional({ nullable: true }),
    IsClearable(),
    IsCalendarDay(),
    __metadata("design:type", Object)
], UpdateVacancyRequest.prototype, "endsOn", void 0);
//# sourceMappingURL=update-vacancy.request.dto.js.map