var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { PageRequest } from '../../shared/paging.js';
import { IsOmittable } from '@vc/service-kit';
export const ORGANISATION_STATUSES = ['registered', 'verified'];
export class ListOrganisationsRequest extends PageRequest {
}
__decorate([
    ApiPropertyOptional({ enum: ORGANISATION_STATUSES, description: 'e.g. registered: the ones awaiting verification' }),
    IsOmittable(),
    IsIn(ORGANISATION_STATUSES),
    __metadata("design:type", String)
], ListOrganisationsRequest.prototype, "status", void 0);
//# sourceMappingURL=list-organisations.request.dto.js.map