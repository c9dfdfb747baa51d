var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { Injectable } from '@nestjs/common';
import { runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { findVolunteer } from '../volunteer-access.js';
import { VolunteerConsent } from '../volunteer-consent.entity.js';
import { VolunteerEvents } from '../volunteer-events.js';
import { VolunteerSupportNeeds } from '../volunteer-support-needs.entity.js';
import { Volunteer } from '../volunteer.entity.js';
/**
 * What is left of an erased person: the row keeps its id, centre, status and timestamps (so counts
 * stay right), who registered it (a staff subject or `self`), and nothing about the person.
 */
const ANONYMISED = {
    firstName: null,
    lastName: null,
    email: null,
    phone: null,
    preferredLanguage: 'nl',
    dateOfBirth: null,
    postcode: null,
    travelRadiusKm: 0,
    skills: [],
    interests: [],
    availability: [],
    hoursPerWeek: null,
    languages: [],
    dutchLevel: null,
    vogStatus: 'none',
    vogValidUntil: null,
    isStudent: false,
    pausedUntil: null,
};
let EraseVolunteerHandler = class EraseVolunteerHandler {
    constructor(dataSource, events) {
        this.dataSource = dataSource;
        this.events = events;
    }
    /**
     * One transaction: personal data, support needs and consents go, `volunteer.erased` and the contact
     * tombstone are written. Erasing an erased person changes and publishes nothing. The support-needs
     * audit stays: it holds the volunteer's pseudonymous id and who read, nothing about the person.
     */
    async erase(access, volunteerId) {
        await runInTenant(this.dataSource, { centreId: access.centreId }, async (manager) => {
            const volunteer = await findVolunteer(manager, access, volunteerId, { lock: true, includeErased: true });
            if (volunteer.status === 'erased')
                return;
            const erasedAt = new Date();
            const scope = { volunteerId, centreId: access.centreId };
            await manager.delete(VolunteerSupportNeeds, scope);
            await manager.delete(VolunteerConsent, scope);
            await manager.update(Volunteer, { id: volunteerId, centreId: access.centreId }, { ...ANONYMISED, status: 'erased', erasedAt });
            await this.events.erased(manager, volunteer, erasedAt);
        });
    }
};
EraseVolunteerHandler = __decorate([
    Injectable(),
    __metadata("design:paramtypes", [DataSource,
        VolunteerEvents])
], EraseVolunteerHandler);
export { EraseVolunteerHandler };
//# sourceMappingURL=erase-volunteer.handler.js.map