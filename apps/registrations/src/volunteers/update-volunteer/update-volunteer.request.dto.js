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
import { CefrLevel, ContactLanguage } from '@vc/contracts';
import { Availability, AvailabilitySlotRequest, DateOfBirth, DutchLevel, Email, FirstName, HoursPerWeek, Interests, IsClearable, IsOmittable, IsStudent, Languages, LastName, Phone, Postcode, PreferredLanguage, Skills, TravelRadiusKm, Vog, VogRequest, } from '../volunteer-profile.fields.js';
/**
 * A partial profile: fields left out stay as they are; null clears a field the profile may lack
 * (phone, date of birth, postcode, hours per week, Dutch level). Consents and support needs are
 * not changed here.
 */
export class UpdateVolunteerRequest {
}
__decorate([
    ApiPropertyOptional({ maxLength: 100 }),
    IsOmittable(),
    FirstName(),
    __metadata("design:type", String)
], UpdateVolunteerRequest.prototype, "firstName", void 0);
__decorate([
    ApiPropertyOptional({ maxLength: 150 }),
    IsOmittable(),
    LastName(),
    __metadata("design:type", String)
], UpdateVolunteerRequest.prototype, "lastName", void 0);
__decorate([
    ApiPropertyOptional({ maxLength: 254 }),
    IsOmittable(),
    Email(),
    __metadata("design:type", String)
], UpdateVolunteerRequest.prototype, "email", void 0);
__decorate([
    ApiPropertyOptional({ nullable: true, example: '06 12345678' }),
    IsClearable(),
    Phone(),
    __metadata("design:type", Object)
], UpdateVolunteerRequest.prototype, "phone", void 0);
__decorate([
    ApiPropertyOptional({ enum: Object.values(ContactLanguage) }),
    IsOmittable(),
    PreferredLanguage(),
    __metadata("design:type", String)
], UpdateVolunteerRequest.prototype, "preferredLanguage", void 0);
__decorate([
    ApiPropertyOptional({ nullable: true, example: '1990-05-01' }),
    IsClearable(),
    DateOfBirth(),
    __metadata("design:type", Object)
], UpdateVolunteerRequest.prototype, "dateOfBirth", void 0);
__decorate([
    ApiPropertyOptional({ nullable: true, example: '3582 KL' }),
    IsClearable(),
    Postcode(),
    __metadata("design:type", Object)
], UpdateVolunteerRequest.prototype, "postcode", void 0);
__decorate([
    ApiPropertyOptional({ minimum: 0, maximum: 250 }),
    IsOmittable(),
    TravelRadiusKm(),
    __metadata("design:type", Number)
], UpdateVolunteerRequest.prototype, "travelRadiusKm", void 0);
__decorate([
    ApiPropertyOptional(),
    IsOmittable(),
    Skills(),
    __metadata("design:type", Array)
], UpdateVolunteerRequest.prototype, "skills", void 0);
__decorate([
    ApiPropertyOptional(),
    IsOmittable(),
    Interests(),
    __metadata("design:type", Array)
], UpdateVolunteerRequest.prototype, "interests", void 0);
__decorate([
    ApiPropertyOptional({ type: [AvailabilitySlotRequest] }),
    IsOmittable(),
    Availability(),
    __metadata("design:type", Array)
], UpdateVolunteerRequest.prototype, "availability", void 0);
__decorate([
    ApiPropertyOptional({ nullable: true, minimum: 0, maximum: 40 }),
    IsClearable(),
    HoursPerWeek(),
    __metadata("design:type", Object)
], UpdateVolunteerRequest.prototype, "hoursPerWeek", void 0);
__decorate([
    ApiPropertyOptional(),
    IsOmittable(),
    Languages(),
    __metadata("design:type", Array)
], UpdateVolunteerRequest.prototype, "languages", void 0);
__decorate([
    ApiPropertyOptional({ nullable: true, enum: Object.values(CefrLevel) }),
    IsClearable(),
    DutchLevel(),
    __metadata("design:type", Object)
], UpdateVolunteerRequest.prototype, "dutchLevel", void 0);
__decorate([
    ApiPropertyOptional({ type: VogRequest, description: 'Replaces status and expiry together' }),
    IsOmittable(),
    Vog(),
    __metadata("design:type", VogRequest)
], UpdateVolunteerRequest.prototype, "vog", void 0);
__decorate([
    ApiPropertyOptional(),
    IsOmittable(),
    IsStudent(),
    __metadata("design:type", Boolean)
], UpdateVolunteerRequest.prototype, "isStudent", void 0);
//# sourceMappingURL=update-volunteer.request.dto.js.map