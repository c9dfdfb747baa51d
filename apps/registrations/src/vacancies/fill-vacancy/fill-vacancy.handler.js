var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
import { Inject, Injectable } from '@nestjs/common';
import { findVacancy } from '../vacancy-lookup.js';
import { VacancyStatusChange } from '../vacancy-status-change.js';
let FillVacancyHandler = class FillVacancyHandler {
    constructor(statusChange) {
        this.statusChange = statusChange;
    }
    /** Every place is taken: the vacancy leaves the public search; it may be published again later. */
    async fillVacancy(manager, access, id) {
        const vacancy = await findVacancy(manager, access, id, { lock: true });
        return this.statusChange.apply(manager, vacancy, 'fill');
    }
};
FillVacancyHandler = __decorate([
    Injectable(),
    __param(0, Inject(VacancyStatusChange)),
    __metadata("design:paramtypes", [VacancyStatusChange])
], FillVacancyHandler);
export { FillVacancyHandler };
//# sourceMappingURL=fill-vacancy.handler.js.map