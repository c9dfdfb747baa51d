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
/** A volunteer organisation; its vacancies go public only once the centre has verified it. */
let Organisation = class Organisation {
};
__decorate([
    PrimaryColumn('uuid'),
    __metadata("design:type", String)
], Organisation.prototype, "id", void 0);
__decorate([
    Column('uuid', { name: 'centre_id' }),
    __metadata("design:type", String)
], Organisation.prototype, "centreId", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], Organisation.prototype, "name", void 0);
__decorate([
    Column('char', { name: 'kvk_number', length: 8 }),
    __metadata("design:type", String)
], Organisation.prototype, "kvkNumber", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], Organisation.prototype, "sector", void 0);
__decorate([
    Column('text', { nullable: true }),
    __metadata("design:type", Object)
], Organisation.prototype, "street", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], Organisation.prototype, "postcode", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], Organisation.prototype, "city", void 0);
__decorate([
    Column('jsonb'),
    __metadata("design:type", Array)
], Organisation.prototype, "coordinators", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], Organisation.prototype, "status", void 0);
__decorate([
    Column('timestamptz', { name: 'verified_at', nullable: true }),
    __metadata("design:type", Object)
], Organisation.prototype, "verifiedAt", void 0);
__decorate([
    CreateDateColumn({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], Organisation.prototype, "createdAt", void 0);
Organisation = __decorate([
    Entity('organisation')
], Organisation);
export { Organisation };
//# sourceMappingURL=organisation.entity.js.map