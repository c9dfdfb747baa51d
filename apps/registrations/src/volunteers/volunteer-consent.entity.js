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
/** What the person agreed to, when, and to which version of the centre's text. */
let VolunteerConsent = class VolunteerConsent {
};
__decorate([
    PrimaryColumn('uuid'),
    __metadata("design:type", String)
], VolunteerConsent.prototype, "id", void 0);
__decorate([
    Column('uuid', { name: 'volunteer_id' }),
    __metadata("design:type", String)
], VolunteerConsent.prototype, "volunteerId", void 0);
__decorate([
    Column('uuid', { name: 'centre_id' }),
    __metadata("design:type", String)
], VolunteerConsent.prototype, "centreId", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], VolunteerConsent.prototype, "purpose", void 0);
__decorate([
    Column('text', { name: 'text_version' }),
    __metadata("design:type", String)
], VolunteerConsent.prototype, "textVersion", void 0);
__decorate([
    Column('timestamptz', { name: 'given_at' }),
    __metadata("design:type", Date)
], VolunteerConsent.prototype, "givenAt", void 0);
__decorate([
    Column('timestamptz', { name: 'withdrawn_at', nullable: true }),
    __metadata("design:type", Object)
], VolunteerConsent.prototype, "withdrawnAt", void 0);
VolunteerConsent = __decorate([
    Entity('volunteer_consent')
], VolunteerConsent);
export { VolunteerConsent };
//# sourceMappingURL=volunteer-consent.entity.js.map