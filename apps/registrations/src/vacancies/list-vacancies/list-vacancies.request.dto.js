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
import { IsIn, IsUUID } from 'class-validator';
import { PageRequest } from '../../shared/paging.js';
import { IsOmittable } from '@vc/service-kit';
import { VACANCY_KINDS, VACANCY_STATUSES } from '../vacancy-values.js';
export class ListVacanciesRequest extends PageRequest {
}
__decorate([
    ApiPropertyOptional({ enum: VACANCY_STATUSES }),
    IsOmittable(),
    IsIn(VACANCY_STATUSES),
    __metadata("design:type", String)
], ListVacanciesRequest.prototype, "status", void 0);
__decorate([
    ApiPropertyOptional({ enum: VACANCY_KINDS }),
    IsOmittable(),
    IsIn(VACANCY_KINDS),
    __metadata("design:type", String)
], ListVacanciesRequest.prototype, "kind", void 0);
__decorate([
    ApiPropertyOptional({ description: "One organisation's vacancies (a coordinator always sees only their own)" }),
    IsOmittable(),
    IsUUID(),
    __metadata("design:type", String)
], ListVacanciesRequest.prototype, "organisationId", void 0);
//# sourceMappingURL=list-vacancies.request.dto.js.map