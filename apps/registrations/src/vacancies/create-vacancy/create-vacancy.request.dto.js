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
import { IsUUID } from 'class-validator';
import { IsOmittable } from '@vc/service-kit';
import { VacancyRules } from '../vacancy-rules.js';
/** A new vacancy; it starts as a draft, which nobody outside the centre and the organisation sees. */
export class CreateVacancyRequest extends VacancyRules {
}
__decorate([
    ApiPropertyOptional({ description: "Staff name the organisation; a coordinator's comes from their token" }),
    IsOmittable(),
    IsUUID(),
    __metadata("design:type", String)
], CreateVacancyRequest.prototype, "organisationId", void 0);
//# sourceMappingURL=create-vacancy.request.dto.js.map