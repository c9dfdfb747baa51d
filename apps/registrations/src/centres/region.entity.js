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
/** Consortium-wide reference data: a region groups centres; matching is deployed per region. */
let Region = class Region {
};
__decorate([
    PrimaryColumn('uuid'),
    __metadata("design:type", String)
], Region.prototype, "id", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], Region.prototype, "name", void 0);
__decorate([
    CreateDateColumn({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], Region.prototype, "createdAt", void 0);
Region = __decorate([
    Entity('region')
], Region);
export { Region };
//# sourceMappingURL=region.entity.js.map