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
import { organisationVerifiedV1 } from '@vc/contracts';
import { InvalidTransitionProblem } from '@vc/service-kit';
import { RegistrationsEventPublisher } from '../../events/registrations-event-publisher.js';
import { findOrganisation } from '../organisation-lookup.js';
import { organisationVerifiedPayload } from '../organisation-events.js';
import { Organisation } from '../organisation.entity.js';
let VerifyOrganisationHandler = class VerifyOrganisationHandler {
    constructor(publisher) {
        this.publisher = publisher;
    }
    /** Marks a registered organisation of the centre verified, so its vacancies may be published. */
    async verifyOrganisation(manager, centreId, id) {
        const organisation = await findOrganisation(manager, { scope: { centreId } }, id, { lock: true });
        if (organisation.status !== 'registered')
            throw new InvalidTransitionProblem(organisation.status, 'verified');
        organisation.status = 'verified';
        organisation.verifiedAt = new Date();
        await manager.update(Organisation, { id }, { status: organisation.status, verifiedAt: organisation.verifiedAt });
        await this.publisher.publish(manager, organisationVerifiedV1, {
            subject: id,
            centreId,
            payload: organisationVerifiedPayload(organisation),
        });
        return organisation;
    }
};
VerifyOrganisationHandler = __decorate([
    Injectable(),
    __param(0, Inject(RegistrationsEventPublisher)),
    __metadata("design:paramtypes", [RegistrationsEventPublisher])
], VerifyOrganisationHandler);
export { VerifyOrganisationHandler };
//# sourceMappingURL=verify-organisation.handler.js.map