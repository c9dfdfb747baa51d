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
import { volunteerContactChangedV1, volunteerErasedV1, volunteerLeftV1, volunteerPausedV1, volunteerRegisteredV1, volunteerResumedV1, volunteerUpdatedV1, VolunteerStatus, } from '@vc/contracts';
import { Outbox } from '@vc/messaging';
import { Centre } from '../centres/centre.entity.js';
import { RegistrationsEventPublisher } from '../events/registrations-event-publisher.js';
import { VolunteerSupportNeeds } from './volunteer-support-needs.entity.js';
import { volunteerContactOf, volunteerProfileOf } from './volunteer-event-payloads.js';
import { todayInAmsterdam } from './volunteer-values.js';
/**
 * The volunteer's events, each added to the outbox in the caller's transaction. The one place that
 * turns a volunteer into payloads, so no use case can put more of the person into an event.
 */
let VolunteerEvents = class VolunteerEvents {
    constructor(publisher, outbox) {
        this.publisher = publisher;
        this.outbox = outbox;
        this.regions = new Map();
    }
    /** What matching sees of the volunteer now; compare two to know whether anything it sees changed. */
    async profileOf(manager, volunteer) {
        const needs = await manager.findOneBy(VolunteerSupportNeeds, { volunteerId: volunteer.id, centreId: volunteer.centreId });
        return volunteerProfileOf(volunteer, {
            regionId: await this.regionOf(manager, volunteer.centreId),
            needsGuidance: needs?.guidanceNeeded ?? false,
            today: todayInAmsterdam(),
        });
    }
    /**
     * A new volunteer: the public profile and the restricted contact record, in one outbox write.
     * `needsGuidance` comes from the registration itself, which saves reading back what was just written.
     */
    async registered(manager, volunteer, needsGuidance) {
        const profile = volunteerProfileOf(volunteer, {
            regionId: await this.regionOf(manager, volunteer.centreId),
            needsGuidance,
            today: todayInAmsterdam(),
        });
        await this.publisher.publishAll(manager, [
            { contract: volunteerRegisteredV1, ...this.about(volunteer), payload: { ...profile, status: VolunteerStatus.Active } },
            { contract: volunteerContactChangedV1, ...this.about(volunteer), payload: volunteerContactOf(volunteer) },
        ]);
    }
    async updated(manager, volunteer, profile) {
        await this.publisher.publish(manager, volunteerUpdatedV1, {
            ...this.about(volunteer),
            payload: { ...profile, status: volunteer.status },
        });
    }
    async contactChanged(manager, volunteer) {
        await this.publisher.publish(manager, volunteerContactChangedV1, { ...this.about(volunteer), payload: volunteerContactOf(volunteer) });
    }
    async paused(manager, volunteer) {
        await this.publisher.publish(manager, volunteerPausedV1, {
            ...this.about(volunteer),
            payload: {
                ...(await this.refOf(manager, volunteer)),
                status: VolunteerStatus.Paused,
                ...(volunteer.pausedUntil === null ? {} : { pausedUntil: volunteer.pausedUntil }),
            },
        });
    }
    async resumed(manager, volunteer) {
        await this.publisher.publish(manager, volunteerResumedV1, {
            ...this.about(volunteer),
            payload: { ...(await this.refOf(manager, volunteer)), status: VolunteerStatus.Active },
        });
    }
    async left(manager, volunteer) {
        await this.publisher.publish(manager, volunteerLeftV1, {
            ...this.about(volunteer),
            payload: { ...(await this.refOf(manager, volunteer)), status: VolunteerStatus.Left },
        });
    }
    /** `volunteer.erased` for every consumer, and a tombstone that erases the key from the compacted contact topic. */
    async erased(manager, volunteer, erasedAt) {
        const ref = await this.refOf(manager, volunteer);
        await this.publisher.publish(manager, volunteerErasedV1, {
            ...this.about(volunteer),
            payload: { ...ref, erasedAt: erasedAt.toISOString() },
        });
        await this.outbox.addTombstone(manager, volunteerContactChangedV1, {
            subject: volunteer.id,
            centreId: volunteer.centreId,
            regionId: ref.regionId,
        });
    }
    about(volunteer) {
        return { subject: volunteer.id, centreId: volunteer.centreId };
    }
    async refOf(manager, volunteer) {
        return { volunteerId: volunteer.id, centreId: volunteer.centreId, regionId: await this.regionOf(manager, volunteer.centreId) };
    }
    /** A centre never changes region, so one lookup per centre is enough. */
    async regionOf(manager, centreId) {
        const known = this.regions.get(centreId);
        if (known)
            return known;
        const centre = await manager.findOneByOrFail(Centre, { id: centreId });
        this.regions.set(centreId, centre.regionId);
        return centre.regionId;
    }
};
VolunteerEvents = __decorate([
    Injectable(),
    __metadata("design:paramtypes", [RegistrationsEventPublisher,
        Outbox])
], VolunteerEvents);
export { VolunteerEvents };
//# sourceMappingURL=volunteer-events.js.map