var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
/** Audit log: who read a person's support needs, and when. */
let SupportNeedsRead = class SupportNeedsRead {
};
__decorate([
    PrimaryGeneratedColumn('increment', { type: 'bigint' }),
    __metadata("design:type", String)
], SupportNeedsRead.prototype, "id", void 0);
__decorate([
    Column('uuid', { name: 'centre_id' }),
    __metadata("design:type", String)
], SupportNeedsRead.prototype, "centreId", void 0);
__decorate([
    Column('uuid', { name: 'volunteer_id' }),
    __metadata("design:type", String)
], SupportNeedsRead.prototype, "volunteerId", void 0);
__decorate([
    Column('text', { name: 'read_by' }),
    __metadata("design:type", String)
], SupportNeedsRead.prototype, "readBy", void 0);
__decorate([
    Column('timestamptz', { name: 'read_at' }),
    __metadata("design:type", Date)
], SupportNeedsRead.prototype, "readAt", void 0);
__decorate([
    Column('text', { name: 'correlation_id', nullable: true }),
    __metadata("design:type", Object)
], SupportNeedsRead.prototype, "correlationId", void 0);
SupportNeedsRead = __decorate([
    Entity('support_needs_read')
], SupportNeedsRead);
export { SupportNeedsRead };
//# sourceMappingURL=support-needs-read.entity.js.map