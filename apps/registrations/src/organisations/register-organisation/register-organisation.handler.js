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
import { organisationRegisteredV1 } from '@vc/contracts';
import { ConflictProblem, isUniqueViolation } from '@vc/service-kit';
import { v7 as uuidv7 } from 'uuid';
import { RegistrationsEventPublisher } from '../../events/registrations-event-publisher.js';
import { organisationRegisteredPayload } from '../organisation-events.js';
import { Organisation } from '../organisation.entity.js';
let RegisterOrganisationHandler = class RegisterOrganisationHandler {
    constructor(publisher) {
        this.publisher = publisher;
    }
    /** Registers the organisation with the centre, unverified, and publishes organisation.registered. */
    async registerOrganisation(manager, centreId, request) {
        if (await manager.existsBy(Organisation, { centreId, kvkNumber: request.kvkNumber }))
            throw duplicateKvk(request.kvkNumber);
        const organisation = manager.create(Organisation, {
            id: uuidv7(),
            centreId,
            name: request.name,
            kvkNumber: request.kvkNumber,
            sector: request.sector,
            street: request.address.street ?? null,
            postcode: request.address.postcode,
            city: request.address.city,
            coordinators: request.coordinators.map(({ name, email, phone }) => ({ name, email, ...(phone ? { phone } : {}) })),
            status: 'registered',
            verifiedAt: null,
        });
        try {
            await manager.insert(Organisation, organisation);
        }
        catch (error) {
            // A registration racing this one got there first; the transaction rolls back either way.
            if (isUniqueViolation(error)) {
                throw duplicateKvk(request.kvkNumber);
            }
            throw error;
        }
        await this.publisher.publish(manager, organisationRegisteredV1, {
            subject: organisation.id,
            centreId,
            payload: organisationRegisteredPayload(organisation),
        });
        return organisation;
    }
};
RegisterOrganisationHandler = __decorate([
    Injectable(),
    __param(0, Inject(RegistrationsEventPublisher)),
    __metadata("design:paramtypes", [RegistrationsEventPublisher])
], RegisterOrganisationHandler);
export { RegisterOrganisationHandler };
function duplicateKvk(kvkNumber) {
    return new ConflictProblem(`An organisation with KvK number ${kvkNumber} is registered with this centre already`, 'duplicate-kvk-number');
}
//# sourceMappingURL=register-organisation.handler.js.map