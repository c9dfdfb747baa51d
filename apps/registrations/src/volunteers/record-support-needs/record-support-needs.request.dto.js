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
import { Transform, Type } from 'class-transformer';
import { IsObject, IsString, Length, ValidateNested } from 'class-validator';
import { IsOmittable } from '../volunteer-profile.fields.js';
import { SupportNeedsRequest } from '../volunteer-support-needs.request.dto.js';
export class SupportNeedsConsentRequest {
}
__decorate([
    ApiProperty({ example: '2026-01', description: "Version of the centre's support-needs consent text the person agreed to" }),
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    Length(1, 20),
    __metadata("design:type", String)
], SupportNeedsConsentRequest.prototype, "textVersion", void 0);
/** Replaces the support needs. Needs the person's support-needs consent: recorded before, or given now. */
export class RecordSupportNeedsRequest extends SupportNeedsRequest {
}
__decorate([
    ApiPropertyOptional({ type: SupportNeedsConsentRequest, description: 'The support-needs consent, when the person gives it now' }),
    IsOmittable(),
    IsObject(),
    ValidateNested(),
    Type(() => SupportNeedsConsentRequest),
    __metadata("design:type", SupportNeedsConsentRequest)
], RecordSupportNeedsRequest.prototype, "consent", void 0);
//# sourceMappingURL=record-support-needs.request.dto.js.map