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
import { KVK_NUMBER, REGISTRATIONS_LIMITS } from '@vc/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsEmail, IsObject, IsString, Matches, MaxLength, NotEquals, ValidateNested, } from 'class-validator';
import { IsDutchPostcode } from '../../shared/dutch-postcode.decorator.js';
import { ExpectList, ExpectObject, IsNonBlankText, IsOmittable, Trimmed } from '@vc/service-kit';
import { IsSectorCode } from '../../shared/request-validation.js';
/** `06 12345678`, `+31 6-1234 5678` → `+31612345678`; undefined for anything that is not a phone number. */
export function phoneToE164(raw) {
    const trimmed = raw.trim();
    if (trimmed.length > 32 || !/^\+?[0-9 ().-]+$/.test(trimmed))
        return undefined;
    let digits = trimmed.replace(/^(\+[0-9]{1,3})\s*\(0\)/, '$1').replace(/[ ().-]/g, '');
    if (digits.startsWith('+'))
        digits = digits.slice(1);
    else if (digits.startsWith('00'))
        digits = digits.slice(2);
    else if (digits.startsWith('0'))
        digits = `31${digits.slice(1)}`;
    else
        return undefined;
    if (!/^[1-9][0-9]{7,14}$/.test(digits))
        return undefined;
    // A Dutch number has nine digits after the country code.
    if (digits.startsWith('31') && !/^31[1-9][0-9]{8}$/.test(digits))
        return undefined;
    return `+${digits}`;
}
export class CoordinatorRequest {
}
__decorate([
    ApiProperty({ example: 'Fatima Benali', maxLength: 200 }),
    Trimmed(),
    IsNonBlankText(200),
    __metadata("design:type", String)
], CoordinatorRequest.prototype, "name", void 0);
__decorate([
    ApiProperty({ example: 'f.benali@buurtkracht.nl', maxLength: 254 }),
    Trimmed(),
    IsString(),
    MaxLength(254),
    IsEmail({}, { message: '$property must be an email address' }),
    __metadata("design:type", String)
], CoordinatorRequest.prototype, "email", void 0);
__decorate([
    ApiPropertyOptional({ example: '06 12345678', description: 'Stored in E.164 (+31612345678)' }),
    IsOmittable(),
    Transform(({ value }) => (typeof value === 'string' ? (phoneToE164(value) ?? value) : value)),
    IsString(),
    Matches(/^\+[1-9][0-9]{7,14}$/, { message: '$property must be a phone number such as 06 12345678 or +31612345678' }),
    __metadata("design:type", String)
], CoordinatorRequest.prototype, "phone", void 0);
export class AddressRequest {
}
__decorate([
    ApiPropertyOptional({ example: 'Bernadottelaan 15', maxLength: 200 }),
    IsOmittable(),
    Trimmed(),
    IsNonBlankText(200),
    __metadata("design:type", String)
], AddressRequest.prototype, "street", void 0);
__decorate([
    ApiProperty({ example: '3527 GA', description: 'Any usual notation; stored as 1234 AB' }),
    IsDutchPostcode(),
    __metadata("design:type", String)
], AddressRequest.prototype, "postcode", void 0);
__decorate([
    ApiProperty({ example: 'Utrecht', maxLength: 100 }),
    Trimmed(),
    IsNonBlankText(100),
    __metadata("design:type", String)
], AddressRequest.prototype, "city", void 0);
export class RegisterOrganisationRequest {
}
__decorate([
    ApiProperty({ example: 'Stichting Buurtkracht Overvecht', maxLength: REGISTRATIONS_LIMITS.name }),
    Trimmed(),
    IsNonBlankText(REGISTRATIONS_LIMITS.name),
    __metadata("design:type", String)
], RegisterOrganisationRequest.prototype, "name", void 0);
__decorate([
    ApiProperty({ example: '41178217', description: 'KvK-nummer: eight digits' }),
    IsString(),
    Matches(KVK_NUMBER, { message: '$property must be a KvK number of 8 digits' }),
    NotEquals('00000000', { message: '$property must be a KvK number of 8 digits' }),
    __metadata("design:type", String)
], RegisterOrganisationRequest.prototype, "kvkNumber", void 0);
__decorate([
    ApiProperty({ example: 'social-cohesion', description: 'Sector code from the shared taxonomy' }),
    IsSectorCode(),
    __metadata("design:type", String)
], RegisterOrganisationRequest.prototype, "sector", void 0);
__decorate([
    ApiProperty({ type: AddressRequest }),
    IsDefined(),
    ExpectObject(),
    IsObject(),
    ValidateNested(),
    Type(() => AddressRequest),
    __metadata("design:type", AddressRequest)
], RegisterOrganisationRequest.prototype, "address", void 0);
__decorate([
    ApiProperty({ type: [CoordinatorRequest], minItems: 1, maxItems: 10 }),
    ExpectList(),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(10),
    ValidateNested({ each: true }),
    Type(() => CoordinatorRequest),
    __metadata("design:type", Array)
], RegisterOrganisationRequest.prototype, "coordinators", void 0);
//# sourceMappingURL=register-organisation.request.dto.js.map