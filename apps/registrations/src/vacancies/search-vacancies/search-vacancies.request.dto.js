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
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Matches, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { IsNonBlankText, IsOmittable } from '@vc/service-kit';
import { IsSectorCode } from '../../shared/request-validation.js';
import { ComparedWith, IsCalendarDay } from '../vacancy-rules.js';
/** Kinds the public may search; help requests are never public. */
export const PUBLIC_KINDS = ['structural', 'one-off'];
export const MAX_SEARCH_PAGE = 50;
export const DEFAULT_SEARCH_PAGE = 20;
export const DEFAULT_WITHIN_KM = 10;
/** A flag filter: `true` narrows the search; leaving it out does not (there is no `false`). */
const IsFlagFilter = () => (target, propertyKey) => {
    Transform(({ value }) => (value === 'true' ? true : value))(target, propertyKey);
    IsOmittable()(target, propertyKey);
    IsIn([true], { message: `${String(propertyKey)} must be true when given` })(target, propertyKey);
};
export class SearchVacanciesRequest {
}
__decorate([
    ApiPropertyOptional({ example: 'koken met ouderen', description: 'Dutch full text (websearch syntax: "phrase", or, -word)' }),
    IsOmittable(),
    IsNonBlankText(200),
    __metadata("design:type", String)
], SearchVacanciesRequest.prototype, "q", void 0);
__decorate([
    ApiPropertyOptional({ example: 'care' }),
    IsOmittable(),
    IsSectorCode(),
    __metadata("design:type", String)
], SearchVacanciesRequest.prototype, "sector", void 0);
__decorate([
    ApiPropertyOptional({ enum: PUBLIC_KINDS }),
    IsOmittable(),
    IsIn(PUBLIC_KINDS),
    __metadata("design:type", Object)
], SearchVacanciesRequest.prototype, "kind", void 0);
__decorate([
    ApiPropertyOptional({ example: '3511AB', description: 'Postcode (or its four digits) to measure distance from' }),
    IsOmittable(),
    Transform(({ value }) => (typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : value)),
    IsString(),
    Matches(/^[1-9][0-9]{3}(?:[A-Z]{2})?$/, { message: '$property must be a Dutch postcode such as 3511AB, or its four digits' }),
    __metadata("design:type", String)
], SearchVacanciesRequest.prototype, "near", void 0);
__decorate([
    ApiPropertyOptional({ minimum: 1, maximum: REGISTRATIONS_LIMITS.travelRadiusKm, default: DEFAULT_WITHIN_KM }),
    IsOmittable(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(REGISTRATIONS_LIMITS.travelRadiusKm),
    ValidateBy({
        name: 'needsNear',
        validator: {
            validate: (_value, args) => (args?.object).near !== undefined,
            defaultMessage: () => 'withinKm needs near',
        },
    }),
    __metadata("design:type", Number)
], SearchVacanciesRequest.prototype, "withinKm", void 0);
__decorate([
    ApiPropertyOptional({ example: '2027-03-13', description: 'Only one-off activities on or after this day' }),
    IsOmittable(),
    IsCalendarDay(),
    __metadata("design:type", String)
], SearchVacanciesRequest.prototype, "dateFrom", void 0);
__decorate([
    ApiPropertyOptional({ example: '2027-03-14', description: 'Only one-off activities on or before this day' }),
    IsOmittable(),
    IsCalendarDay(),
    ComparedWith('notBefore', 'dateFrom'),
    __metadata("design:type", String)
], SearchVacanciesRequest.prototype, "dateTo", void 0);
__decorate([
    ApiPropertyOptional({ enum: ['true'], description: 'Suitable for students (maatschappelijke stage)' }),
    IsFlagFilter(),
    __metadata("design:type", Boolean)
], SearchVacanciesRequest.prototype, "students", void 0);
__decorate([
    ApiPropertyOptional({ enum: ['true'], description: 'Suitable for newcomers who do not speak Dutch yet' }),
    IsFlagFilter(),
    __metadata("design:type", Boolean)
], SearchVacanciesRequest.prototype, "newcomersWithoutDutch", void 0);
__decorate([
    ApiPropertyOptional({ enum: ['true'], description: 'Suitable for people who need guidance' }),
    IsFlagFilter(),
    __metadata("design:type", Boolean)
], SearchVacanciesRequest.prototype, "needsGuidance", void 0);
__decorate([
    ApiPropertyOptional({ minimum: 1, maximum: MAX_SEARCH_PAGE, default: DEFAULT_SEARCH_PAGE }),
    IsOmittable(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(MAX_SEARCH_PAGE),
    __metadata("design:type", Number)
], SearchVacanciesRequest.prototype, "limit", void 0);
__decorate([
    ApiPropertyOptional({ description: 'nextCursor of the previous page (same search)' }),
    IsOmittable(),
    IsString(),
    MaxLength(500),
    __metadata("design:type", String)
], SearchVacanciesRequest.prototype, "cursor", void 0);
//# sourceMappingURL=search-vacancies.request.dto.js.map