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
/** A vacancy; `help-request` ones (e.g. respite for an informal carer) are never public. */
let Vacancy = class Vacancy {
};
__decorate([
    PrimaryColumn('uuid'),
    __metadata("design:type", String)
], Vacancy.prototype, "id", void 0);
__decorate([
    Column('uuid', { name: 'centre_id' }),
    __metadata("design:type", String)
], Vacancy.prototype, "centreId", void 0);
__decorate([
    Column('uuid', { name: 'organisation_id' }),
    __metadata("design:type", String)
], Vacancy.prototype, "organisationId", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], Vacancy.prototype, "kind", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], Vacancy.prototype, "status", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], Vacancy.prototype, "title", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], Vacancy.prototype, "description", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], Vacancy.prototype, "sector", void 0);
__decorate([
    Column('text', { array: true }),
    __metadata("design:type", Array)
], Vacancy.prototype, "skills", void 0);
__decorate([
    Column('boolean', { name: 'vog_required' }),
    __metadata("design:type", Boolean)
], Vacancy.prototype, "vogRequired", void 0);
__decorate([
    Column('integer', { name: 'minimum_age', nullable: true }),
    __metadata("design:type", Object)
], Vacancy.prototype, "minimumAge", void 0);
__decorate([
    Column('text', { name: 'dutch_level', nullable: true }),
    __metadata("design:type", Object)
], Vacancy.prototype, "dutchLevel", void 0);
__decorate([
    Column('boolean', { name: 'suitable_for_students' }),
    __metadata("design:type", Boolean)
], Vacancy.prototype, "suitableForStudents", void 0);
__decorate([
    Column('boolean', { name: 'suitable_for_newcomers' }),
    __metadata("design:type", Boolean)
], Vacancy.prototype, "suitableForNewcomers", void 0);
__decorate([
    Column('boolean', { name: 'suitable_with_guidance' }),
    __metadata("design:type", Boolean)
], Vacancy.prototype, "suitableWithGuidance", void 0);
__decorate([
    Column('boolean'),
    __metadata("design:type", Boolean)
], Vacancy.prototype, "remote", void 0);
__decorate([
    Column('text', { nullable: true }),
    __metadata("design:type", Object)
], Vacancy.prototype, "postcode", void 0);
__decorate([
    Column('date', { name: 'activity_date', nullable: true }),
    __metadata("design:type", Object)
], Vacancy.prototype, "activityDate", void 0);
__decorate([
    Column('time', { name: 'start_time', nullable: true }),
    __metadata("design:type", Object)
], Vacancy.prototype, "startTime", void 0);
__decorate([
    Column('time', { name: 'end_time', nullable: true }),
    __metadata("design:type", Object)
], Vacancy.prototype, "endTime", void 0);
__decorate([
    Column('integer', { nullable: true }),
    __metadata("design:type", Object)
], Vacancy.prototype, "places", void 0);
__decorate([
    Column('integer', { name: 'places_left', nullable: true }),
    __metadata("design:type", Object)
], Vacancy.prototype, "placesLeft", void 0);
__decorate([
    Column('jsonb'),
    __metadata("design:type", Array)
], Vacancy.prototype, "availability", void 0);
__decorate([
    Column('integer', { name: 'hours_per_week', nullable: true }),
    __metadata("design:type", Object)
], Vacancy.prototype, "hoursPerWeek", void 0);
__decorate([
    Column('date', { name: 'starts_on', nullable: true }),
    __metadata("design:type", Object)
], Vacancy.prototype, "startsOn", void 0);
__decorate([
    Column('date', { name: 'ends_on', nullable: true }),
    __metadata("design:type", Object)
], Vacancy.prototype, "endsOn", void 0);
__decorate([
    Column('timestamptz', { name: 'published_at', nullable: true }),
    __metadata("design:type", Object)
], Vacancy.prototype, "publishedAt", void 0);
__decorate([
    Column('timestamptz', { name: 'closed_at', nullable: true }),
    __metadata("design:type", Object)
], Vacancy.prototype, "closedAt", void 0);
__decorate([
    CreateDateColumn({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], Vacancy.prototype, "createdAt", void 0);
__decorate([
    UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], Vacancy.prototype, "updatedAt", void 0);
Vacancy = __decorate([
    Entity('vacancy')
], Vacancy);
export { Vacancy };
//# sourceMappingURL=vacancy.entity.js.map