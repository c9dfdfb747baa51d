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
import { vacancyClosedV1, vacancyExpiredV1, vacancyFilledV1, vacancyPublishedV1 } from '@vc/contracts';
import { RegistrationsEventPublisher } from '../events/registrations-event-publisher.js';
import { vacancyEventPayload } from './vacancy-events.js';
import { nextVacancyStatus } from './vacancy-lifecycle.js';
import { Vacancy } from './vacancy.entity.js';
/**
 * Moves a vacancy (locked by the caller) along its lifecycle and adds the event that announces it
 * to the outbox, in the caller's transaction: the change and its event commit or vanish together.
 */
let VacancyStatusChange = class VacancyStatusChange {
    constructor(publisher) {
        this.publisher = publisher;
    }
    async apply(manager, vacancy, action, now = new Date()) {
        const status = nextVacancyStatus(vacancy.status, action);
        const changes = { status, updatedAt: now };
        if (action === 'publish')
            changes.publishedAt = now;
        if (action === 'close')
            changes.closedAt = now;
        // Filled means every place is taken.
        if (action === 'fill' && vacancy.places !== null)
            changes.placesLeft = 0;
        Object.assign(vacancy, changes);
        await manager.update(Vacancy, { id: vacancy.id }, changes);
        await this.publishStatus(manager, vacancy, action);
        return vacancy;
    }
    /** The event for a change already written (the expiry scheduler updates its batch in one statement). */
    async publishStatus(manager, vacancy, action) {
        const about = { subject: vacancy.id, centreId: vacancy.centreId };
        switch (action) {
            case 'publish':
                return this.publisher.publish(manager, vacancyPublishedV1, { ...about, payload: vacancyEventPayload(vacancy, 'published') });
            case 'fill':
                return this.publisher.publish(manager, vacancyFilledV1, { ...about, payload: vacancyEventPayload(vacancy, 'filled') });
            case 'close':
                return this.publisher.publish(manager, vacancyClosedV1, { ...about, payload: vacancyEventPayload(vacancy, 'closed') });
            case 'expire':
                return this.publisher.publish(manager, vacancyExpiredV1, { ...about, payload: vacancyEventPayload(vacancy, 'expired') });
        }
    }
};
VacancyStatusChange = __decorate([
    Injectable(),
    __param(0, Inject(RegistrationsEventPublisher)),
    __metadata("design:paramtypes", [RegistrationsEventPublisher])
], VacancyStatusChange);
export { VacancyStatusChange };
//# sourceMappingURL=vacancy-status-change.js.map