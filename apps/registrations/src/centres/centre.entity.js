var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
/** A volunteer centre: the tenant. Its own row is visible only within its own centre scope. */
let Centre = class Centre {
};
__decorate([
    PrimaryColumn('uuid'),
    __metadata("design:type", String)
], Centre.prototype, "id", void 0);
__decorate([
    Column('uuid', { name: 'region_id' }),
    __metadata("design:type", String)
], Centre.prototype, "regionId", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], Centre.prototype, "name", void 0);
__decorate([
    Column('text', { array: true }),
    __metadata("design:type", Array)
], Centre.prototype, "municipalities", void 0);
__decorate([
    Column('text', { array: true }),
    __metadata("design:type", Array)
], Centre.prototype, "languages", void 0);
__decorate([
    Column('jsonb', { name: 'consent_texts' }),
    __metadata("design:type", Array)
], Centre.prototype, "consentTexts", void 0);
__decorate([
    Column('boolean', { name: 'shares_vacancies' }),
    __metadata("design:type", Boolean)
], Centre.prototype, "sharesVacancies", void 0);
__decorate([
    CreateDateColumn({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], Centre.prototype, "createdAt", void 0);
Centre = __decorate([
    Entity('centre')
], Centre);
export { Centre };
//# sourceMappingURL=centre.entity.js.map