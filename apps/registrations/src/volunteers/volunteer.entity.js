var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
/**
 * A volunteer's profile. Contact data and date of birth stay in this service; events carry the
 * postcode area (PC4) and an age band instead. After erasure the row keeps only its id, centre,
 * status and timestamps, so counts stay right.
 */
let Volunteer = class Volunteer {
};
__decorate([
    PrimaryColumn('uuid'),
    __metadata("design:type", String)
], Volunteer.prototype, "id", void 0);
__decorate([
    Column('uuid', { name: 'centre_id' }),
    __metadata("design:type", String)
], Volunteer.prototype, "centreId", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], Volunteer.prototype, "status", void 0);
__decorate([
    Column('text', { name: 'first_name', nullable: true }),
    __metadata("design:type", Object)
], Volunteer.prototype, "firstName", void 0);
__decorate([
    Column('text', { name: 'last_name', nullable: true }),
    __metadata("design:type", Object)
], Volunteer.prototype, "lastName", void 0);
__decorate([
    Column('text', { nullable: true }),
    __metadata("design:type", Object)
], Volunteer.prototype, "email", void 0);
__decorate([
    Column('text', { nullable: true }),
    __metadata("design:type", Object)
], Volunteer.prototype, "phone", void 0);
__decorate([
    Column('text', { name: 'preferred_language' }),
    __metadata("design:type", String)
], Volunteer.prototype, "preferredLanguage", void 0);
__decorate([
    Column('date', { name: 'date_of_birth', nullable: true }),
    __metadata("design:type", Object)
], Volunteer.prototype, "dateOfBirth", void 0);
__decorate([
    Column('text', { nullable: true }),
    __metadata("design:type", Object)
], Volunteer.prototype, "postcode", void 0);
__decorate([
    Column('integer', { name: 'travel_radius_km' }),
    __metadata("design:type", Number)
], Volunteer.prototype, "travelRadiusKm", void 0);
__decorate([
    Column('text', { array: true }),
    __metadata("design:type", Array)
], Volunteer.prototype, "skills", void 0);
__decorate([
    Column('text', { array: true }),
    __metadata("design:type", Array)
], Volunteer.prototype, "interests", void 0);
__decorate([
    Column('jsonb'),
    __metadata("design:type", Array)
], Volunteer.prototype, "availability", void 0);
__decorate([
    Column('integer', { name: 'hours_per_week', nullable: true }),
    __metadata("design:type", Object)
], Volunteer.prototype, "hoursPerWeek", void 0);
__decorate([
    Column('text', { array: true }),
    __metadata("design:type", Array)
], Volunteer.prototype, "languages", void 0);
__decorate([
    Column('text', { name: 'dutch_level', nullable: true }),
    __metadata("design:type", Object)
], Volunteer.prototype, "dutchLevel", void 0);
__decorate([
    Column('text', { name: 'vog_status' }),
    __metadata("design:type", String)
], Volunteer.prototype, "vogStatus", void 0);
__decorate([
    Column('date', { name: 'vog_valid_until', nullable: true }),
    __metadata("design:type", Object)
], Volunteer.prototype, "vogValidUntil", void 0);
__decorate([
    Column('boolean', { name: 'is_student' }),
    __metadata("design:type", Boolean)
], Volunteer.prototype, "isStudent", void 0);
__decorate([
    Column('date', { name: 'paused_until', nullable: true }),
    __metadata("design:type", Object)
], Volunteer.prototype, "pausedUntil", void 0);
__decorate([
    Column('text', { name: 'registered_by' }),
    __metadata("design:type", String)
], Volunteer.prototype, "registeredBy", void 0);
__decorate([
    CreateDateColumn({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], Volunteer.prototype, "createdAt", void 0);
__decorate([
    UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], Volunteer.prototype, "updatedAt", void 0);
__decorate([
    Column('timestamptz', { name: 'erased_at', nullable: true }),
    __metadata("design:type", Object)
], Volunteer.prototype, "erasedAt", void 0);
Volunteer = __decorate([
    Entity('volunteer')
], Volunteer);
export { Volunteer };
//# sourceMappingURL=volunteer.entity.js.map