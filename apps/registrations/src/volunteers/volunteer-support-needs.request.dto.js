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
import { IsBoolean, IsIn } from 'class-validator';
import { IsOmittable } from './volunteer-profile.fields.js';
/** Who referred the person for mediation. */
export const REFERRAL_SOURCES = ['self', 'social-neighbourhood-team', 're-integration-coach', 'coa', 'school', 'other'];
/** The group whose programme the person comes through. */
export const TARGET_GROUPS = ['newcomer', 're-integration', 'social-activation', 'other'];
/**
 * Support needs: special-category data, stored only with the `support-needs` consent, readable
 * only by the centre's consultants, never in any event (only `guidanceNeeded` shows, as the
 * needsGuidance flag, without its reason).
 */
export class SupportNeedsRequest {
}
__decorate([
    ApiPropertyOptional({ enum: REFERRAL_SOURCES }),
    IsOmittable(),
    IsIn(REFERRAL_SOURCES),
    __metadata("design:type", String)
], SupportNeedsRequest.prototype, "referralSource", void 0);
__decorate([
    ApiPropertyOptional({ enum: TARGET_GROUPS }),
    IsOmittable(),
    IsIn(TARGET_GROUPS),
    __metadata("design:type", String)
], SupportNeedsRequest.prototype, "targetGroup", void 0);
__decorate([
    ApiProperty(),
    IsBoolean(),
    __metadata("design:type", Boolean)
], SupportNeedsRequest.prototype, "guidanceNeeded", void 0);
//# sourceMappingURL=volunteer-support-needs.request.dto.js.map