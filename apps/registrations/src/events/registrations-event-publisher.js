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
import { EventFactory, Outbox } from '@vc/messaging';
/**
 * Adds an event to the outbox inside the caller's transaction. The region comes from the centre
 * (a centre never changes region), looked up once per centre.
 */
let RegistrationsEventPublisher = class RegistrationsEventPublisher {
    constructor(outbox, events) {
        this.outbox = outbox;
        this.events = events;
        this.regions = new Map();
    }
    async publish(manager, contract, fields) {
        await this.publishAll(manager, [{ contract, ...fields }]);
    }
    /** Several events in one outbox write (one round trip), in the order given. */
    async publishAll(manager, events) {
        const envelopes = [];
        for (const { contract, ...fields } of events) {
            const regionId = await this.regionOf(manager, fields.centreId);
            envelopes.push(this.events.create(contract, { ...fields, regionId }));
        }
        await this.outbox.add(manager, envelopes);
    }
    async regionOf(manager, centreId) {
        const known = this.regions.get(centreId);
        if (known)
            return known;
        const [row] = await manager.query(`SELECT region_id FROM centre WHERE id = $1`, [centreId]);
        if (!row)
            throw new Error(`Centre ${centreId} is not visible in this transaction`);
        this.regions.set(centreId, row.region_id);
        return row.region_id;
    }
};
RegistrationsEventPublisher = __decorate([
    Injectable(),
    __metadata("design:paramtypes", [Outbox,
        EventFactory])
], RegistrationsEventPublisher);
export { RegistrationsEventPublisher };
//# sourceMappingURL=registrations-event-publisher.js.map