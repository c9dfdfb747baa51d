var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { Column, Entity, PrimaryColumn } from 'typeorm';
/**
 * Special-category data: stored only with explicit consent, visible only to the centre's
 * consultants, every read audited (support_needs_read), never in any event.
 */
let VolunteerSupportNeeds = class VolunteerSupportNeeds {
};
__decorate([
    PrimaryColumn('uuid', { name: 'volunteer_id' }),
    __metadata("design:type", String)
], VolunteerSupportNeeds.prototype, "volunteerId", void 0);
__decorate([
    Column('uuid', { name: 'centre_id' }),
    __metadata("design:type", String)
], VolunteerSupportNeeds.prototype, "centreId", void 0);
__decorate([
    Column('text', { name: 'referral_source', nullable: true }),
    __metadata("design:type", Object)
], VolunteerSupportNeeds.prototype, "referralSource", void 0);
__decorate([
    Column('text', { name: 'target_group', nullable: true }),
    __metadata("design:type", Object)
], VolunteerSupportNeeds.prototype, "targetGroup", void 0);
__decorate([
    Column('boolean', { name: 'guidance_needed' }),
    __metadata("design:type", Boolean)
], VolunteerSupportNeeds.prototype, "guidanceNeeded", void 0);
__decorate([
    Column('text', { name: 'consent_text_version' }),
    __metadata("design:type", String)
], VolunteerSupportNeeds.prototype, "consentTextVersion", void 0);
__decorate([
    Column('timestamptz', { name: 'recorded_at' }),
    __metadata("design:type", Date)
], VolunteerSupportNeeds.prototype, "recordedAt", void 0);
VolunteerSupportNeeds = __decorate([
    Entity('volunteer_support_needs')
], VolunteerSupportNeeds);
export { VolunteerSupportNeeds };
//# sourceMappingURL=volunteer-support-needs.entity.js.map