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
import { ConflictProblem, NotFoundProblem, runInTenant } from '@vc/service-kit';
import { DataSource, IsNull } from 'typeorm';
import { findVolunteer } from '../volunteer-access.js';
import { ConsentPurpose } from '../volunteer-consents.js';
import { VolunteerConsent } from '../volunteer-consent.entity.js';
import { VolunteerEvents } from '../volunteer-events.js';
import { VolunteerSupportNeeds } from '../volunteer-support-needs.entity.js';
let WithdrawConsentHandler = class WithdrawConsentHandler {
    constructor(dataSource, events) {
        this.dataSource = dataSource;
        this.events = events;
    }
    /**
     * Records the withdrawal (the consent rows stay, with when it was withdrawn: the centre must be
     * able to show what it had consent for, and until when). Withdrawing the support-needs consent
     * deletes the support needs, since they were stored on that consent alone; matching then sees
     * needsGuidance drop. The registration consent is what the whole profile rests on: it is
     * withdrawn by erasure, never here.
     */
    async withdraw(access, volunteerId, purpose) {
        if (purpose === ConsentPurpose.Registration) {
            throw new ConflictProblem(`Without the registration consent the centre may not keep the profile: withdraw it by erasing the profile (DELETE /v1/volunteers/${volunteerId})`, 'registration-consent-withdrawal');
        }
        await runInTenant(this.dataSource, { centreId: access.centreId }, async (manager) => {
            const volunteer = await findVolunteer(manager, access, volunteerId, { lock: true });
            const given = await manager.countBy(VolunteerConsent, { volunteerId, centreId: access.centreId, purpose });
            if (given === 0)
                throw new NotFoundProblem('consent', purpose);
            // A second withdrawal changes nothing and publishes nothing: the first one's date stands.
            await manager.update(VolunteerConsent, { volunteerId, centreId: access.centreId, purpose, withdrawnAt: IsNull() }, { withdrawnAt: new Date() });
            if (purpose !== ConsentPurpose.SupportNeeds)
                return;
            const profileBefore = await this.events.profileOf(manager, volunteer);
            await manager.delete(VolunteerSupportNeeds, { volunteerId, centreId: access.centreId });
            const profileAfter = await this.events.profileOf(manager, volunteer);
            if (JSON.stringify(profileAfter) !== JSON.stringify(profileBefore))
                await this.events.updated(manager, volunteer, profileAfter);
        });
    }
};
WithdrawConsentHandler = __decorate([
    Injectable(),
    __metadata("design:paramtypes", [DataSource,
        VolunteerEvents])
], WithdrawConsentHandler);
export { WithdrawConsentHandler };
//# sourceMappingURL=withdraw-consent.handler.js.map