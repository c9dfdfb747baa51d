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
import { CefrLevel, ContactLanguage } from '@vc/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsObject, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { Availability, AvailabilitySlotRequest, DateOfBirth, DutchLevel, Email, FirstName, HoursPerWeek, Interests, IsClearable, IsOmittable, IsStudent, Languages, LastName, Phone, Postcode, PreferredLanguage, Skills, TravelRadiusKm, Vog, VogRequest, } from '../volunteer-profile.fields.js';
import { CONSENT_PURPOSE } from '../volunteer-consents.js';
import { SupportNeedsRequest } from '../volunteer-support-needs.request.dto.js';
export class ConsentRequest {
}
__decorate([
    ApiProperty({ example: 'registration', description: 'registration (required), support-needs, or another purpose the centre asks' }),
    IsString(),
    Matches(CONSENT_PURPOSE, { message: 'purpose must be a code such as registration or support-needs' }),
    __metadata("design:type", String)
], ConsentRequest.prototype, "purpose", void 0);
__decorate([
    ApiProperty({ example: '2026-01', description: "Version of the centre's consent text the person agreed to" }),
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    Length(1, 20),
    __metadata("design:type", String)
], ConsentRequest.prototype, "textVersion", void 0);
/** The profile a person gives on registration, by themselves or through a consultant. */
export class RegisterVolunteerRequest {
}
__decorate([
    ApiProperty({ example: 'Samira', maxLength: 100 }),
    FirstName(),
    __metadata("design:type", String)
], RegisterVolunteerRequest.prototype, "firstName", void 0);
__decorate([
    ApiProperty({ example: 'el Amrani', maxLength: 150 }),
    LastName(),
    __metadata("design:type", String)
], RegisterVolunteerRequest.prototype, "lastName", void 0);
__decorate([
    ApiProperty({ example: 'samira.elamrani@example.nl', maxLength: 254 }),
    Email(),
    __metadata("design:type", String)
], RegisterVolunteerRequest.prototype, "email", void 0);
__decorate([
    ApiPropertyOptional({ example: '06 12345678', description: 'Dutch or international; stored in E.164' }),
    IsClearable(),
    Phone(),
    __metadata("design:type", Object)
], RegisterVolunteerRequest.prototype, "phone", void 0);
__decorate([
    ApiProperty({ enum: Object.values(ContactLanguage), example: 'nl' }),
    PreferredLanguage(),
    __metadata("design:type", String)
], RegisterVolunteerRequest.prototype, "preferredLanguage", void 0);
__decorate([
    ApiPropertyOptional({ example: '1990-05-01' }),
    IsClearable(),
    DateOfBirth(),
    __metadata("design:type", Object)
], RegisterVolunteerRequest.prototype, "dateOfBirth", void 0);
__decorate([
    ApiPropertyOptional({ example: '3582 KL', description: 'Dutch postcode; stored as 3582 KL' }),
    IsClearable(),
    Postcode(),
    __metadata("design:type", Object)
], RegisterVolunteerRequest.prototype, "postcode", void 0);
__decorate([
    ApiProperty({ example: 5, minimum: 0, maximum: 250 }),
    TravelRadiusKm(),
    __metadata("design:type", Number)
], RegisterVolunteerRequest.prototype, "travelRadiusKm", void 0);
__decorate([
    ApiPropertyOptional({ example: ['social.listening'], description: 'Skill codes of the shared taxonomy' }),
    IsOmittable(),
    Skills(),
    __metadata("design:type", Array)
], RegisterVolunteerRequest.prototype, "skills", void 0);
__decorate([
    ApiPropertyOptional({ example: ['care'], description: 'Sector codes' }),
    IsOmittable(),
    Interests(),
    __metadata("design:type", Array)
], RegisterVolunteerRequest.prototype, "interests", void 0);
__decorate([
    ApiPropertyOptional({ type: [AvailabilitySlotRequest] }),
    IsOmittable(),
    Availability(),
    __metadata("design:type", Array)
], RegisterVolunteerRequest.prototype, "availability", void 0);
__decorate([
    ApiPropertyOptional({ example: 4, minimum: 0, maximum: 40 }),
    IsClearable(),
    HoursPerWeek(),
    __metadata("design:type", Object)
], RegisterVolunteerRequest.prototype, "hoursPerWeek", void 0);
__decorate([
    ApiPropertyOptional({ example: ['nl', 'ar'], description: 'ISO 639-1' }),
    IsOmittable(),
    Languages(),
    __metadata("design:type", Array)
], RegisterVolunteerRequest.prototype, "languages", void 0);
__decorate([
    ApiPropertyOptional({ enum: Object.values(CefrLevel) }),
    IsClearable(),
    DutchLevel(),
    __metadata("design:type", Object)
], RegisterVolunteerRequest.prototype, "dutchLevel", void 0);
__decorate([
    ApiPropertyOptional({ type: VogRequest, description: 'Status and expiry only; never any detail of a record' }),
    IsOmittable(),
    Vog(),
    __metadata("design:type", VogRequest)
], RegisterVolunteerRequest.prototype, "vog", void 0);
__decorate([
    ApiPropertyOptional({ description: 'Secondary-school student looking for a maatschappelijke stage' }),
    IsOmittable(),
    IsStudent(),
    __metadata("design:type", Boolean)
], RegisterVolunteerRequest.prototype, "isStudent", void 0);
__decorate([
    ApiProperty({ type: [ConsentRequest] }),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(10),
    ArrayUnique((consent) => consent?.purpose, { message: 'consents must give each purpose once' }),
    ValidateNested({ each: true }),
    Type(() => ConsentRequest),
    __metadata("design:type", Array)
], RegisterVolunteerRequest.prototype, "consents", void 0);
__decorate([
    ApiPropertyOptional({ type: SupportNeedsRequest, description: 'Accepted only with the support-needs consent' }),
    IsOmittable(),
    IsObject(),
    ValidateNested(),
    Type(() => SupportNeedsRequest),
    __metadata("design:type", SupportNeedsRequest)
], RegisterVolunteerRequest.prototype, "supportNeeds", void 0);
//# sourceMappingURL=register-volunteer.request.dto.js.map