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
import { UnprocessableProblem } from '@vc/service-kit';
import { Organisation } from '../../organisations/organisation.entity.js';
import { nextVacancyStatus } from '../vacancy-lifecycle.js';
import { findVacancy } from '../vacancy-lookup.js';
import { VacancyStatusChange } from '../vacancy-status-change.js';
import { todayInAmsterdam } from '../vacancy-values.js';
let PublishVacancyHandler = class PublishVacancyHandler {
    constructor(statusChange) {
        this.statusChange = statusChange;
    }
    /**
     * Publishes a draft, or a filled vacancy again. Only for verified organisations, only while the
     * vacancy has not ended, and for a one-off only with a place left.
     */
    async publishVacancy(manager, access, id, today = todayInAmsterdam()) {
        const vacancy = await findVacancy(manager, access, id, { lock: true });
        nextVacancyStatus(vacancy.status, 'publish');
        const organisation = await manager.findOneByOrFail(Organisation, { id: vacancy.organisationId });
        if (organisation.status !== 'verified') {
            throw new UnprocessableProblem('The centre has not verified this organisation yet; its vacancies cannot be published', 'organisation-not-verified');
        }
        const lastDay = [vacancy.endsOn, vacancy.activityDate].filter((day) => day !== null).sort()[0];
        if (lastDay !== undefined && lastDay < today) {
            throw new UnprocessableProblem(`The vacancy ended on ${lastDay}; change its dates to publish it`, 'vacancy-ended');
        }
        if (vacancy.placesLeft === 0) {
            throw new UnprocessableProblem('No place is left; raise placesLeft to publish the vacancy again', 'no-places-left');
        }
        return this.statusChange.apply(manager, vacancy, 'publish');
    }
};
PublishVacancyHandler = __decorate([
    Injectable(),
    __param(0, Inject(VacancyStatusChange)),
    __metadata("design:paramtypes", [VacancyStatusChange])
], PublishVacancyHandler);
export { PublishVacancyHandler };
//# sourceMappingURL=publish-vacancy.handler.js.map