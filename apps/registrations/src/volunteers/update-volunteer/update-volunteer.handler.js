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
import { rethrowEmailTaken } from '../volunteer-email.js';
import { volunteerContactOf } from '../volunteer-event-payloads.js';
import { VolunteerEvents } from '../volunteer-events.js';
import { Volunteer } from '../volunteer.entity.js';
import { volunteerViewOf } from '../volunteer.view.js';
/** Fields with the same name and meaning in the request and the row. */
const COPIED_FIELDS = [
    'firstName',
    'lastName',
    'email',
    'phone',
    'preferredLanguage',
    'dateOfBirth',
    'postcode',
    'travelRadiusKm',
    'skills',
    'interests',
    'hoursPerWeek',
    'languages',
    'dutchLevel',
    'isStudent',
];
let UpdateVolunteerHandler = class UpdateVolunteerHandler {
    constructor(dataSource, events) {
        this.dataSource = dataSource;
        this.events = events;
    }
    /**
     * Publishes what changed for each audience: `volunteer.updated` when what matching sees changed
     * (a new postcode in the same PC4 area is no news to it), `volunteer-contact.changed` when name or
     * contact data changed; name and contact changes never reach the public topic.
     */
    async update(access, volunteerId, request) {
        return runInTenant(this.dataSource, { centreId: access.centreId }, async (manager) => {
            const before = await findVolunteer(manager, access, volunteerId, { lock: true });
            const changes = changesOf(request);
            if (Object.keys(changes).length === 0)
                return volunteerViewOf(before);
            const profileBefore = await this.events.profileOf(manager, before);
            const contactBefore = volunteerContactOf(before);
            await manager.update(Volunteer, { id: volunteerId, centreId: access.centreId }, changes).catch(rethrowEmailTaken);
            const after = await findVolunteer(manager, access, volunteerId);
            const profileAfter = await this.events.profileOf(manager, after);
            if (JSON.stringify(profileAfter) !== JSON.stringify(profileBefore))
                await this.events.updated(manager, after, profileAfter);
            if (JSON.stringify(volunteerContactOf(after)) !== JSON.stringify(contactBefore))
                await this.events.contactChanged(manager, after);
            return volunteerViewOf(after);
        });
    }
};
UpdateVolunteerHandler = __decorate([
    Injectable(),
    __metadata("design:paramtypes", [DataSource,
        VolunteerEvents])
], UpdateVolunteerHandler);
export { UpdateVolunteerHandler };
function changesOf(request) {
    const changes = {};
    for (const field of COPIED_FIELDS) {
        if (request[field] !== undefined)
            changes[field] = request[field];
    }
    if (request.availability !== undefined)
        changes.availability = request.availability.map(({ day, part }) => ({ day, part }));
    if (request.vog !== undefined) {
        changes.vogStatus = request.vog.status;
        changes.vogValidUntil = request.vog.validUntil ?? null;
    }
    return changes;
}
//# sourceMappingURL=update-volunteer.handler.js.map