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
import { DataSource, IsNull } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Centre } from '../../centres/centre.entity.js';
import { findVolunteer } from '../volunteer-access.js';
import { assertKnownConsentTexts, assertSupportNeedsConsent, ConsentPurpose } from '../volunteer-consents.js';
import { VolunteerConsent } from '../volunteer-consent.entity.js';
import { VolunteerEvents } from '../volunteer-events.js';
import { VolunteerSupportNeeds } from '../volunteer-support-needs.entity.js';
let RecordSupportNeedsHandler = class RecordSupportNeedsHandler {
    constructor(dataSource, events) {
        this.dataSource = dataSource;
        this.events = events;
    }
    /** When guidance needed changes, matching's needsGuidance flag does too: `volunteer.updated`, without the reason. */
    async record(access, volunteerId, request) {
        await runInTenant(this.dataSource, { centreId: access.centreId }, async (manager) => {
            const volunteer = await findVolunteer(manager, access, volunteerId, { lock: true });
            const consents = await manager.find(VolunteerConsent, {
                where: { volunteerId, centreId: access.centreId, purpose: ConsentPurpose.SupportNeeds, withdrawnAt: IsNull() },
                order: { givenAt: 'ASC' },
            });
            if (request.consent && !consents.some((c) => c.textVersion === request.consent.textVersion)) {
                const given = { purpose: ConsentPurpose.SupportNeeds, textVersion: request.consent.textVersion };
                const centre = await manager.findOneByOrFail(Centre, { id: access.centreId });
                assertKnownConsentTexts(centre.consentTexts, [given]);
                const consent = manager.create(VolunteerConsent, { id: uuidv7(), volunteerId, centreId: access.centreId, ...given, givenAt: new Date(), withdrawnAt: null });
                await manager.insert(VolunteerConsent, consent);
                consents.push(consent);
            }
            assertSupportNeedsConsent(consents);
            const profileBefore = await this.events.profileOf(manager, volunteer);
            await manager.upsert(VolunteerSupportNeeds, {
                volunteerId,
                centreId: access.centreId,
                referralSource: request.referralSource ?? null,
                targetGroup: request.targetGroup ?? null,
                guidanceNeeded: request.guidanceNeeded,
                consentTextVersion: consents.at(-1).textVersion,
                recordedAt: new Date(),
            }, ['volunteerId']);
            const profileAfter = await this.events.profileOf(manager, volunteer);
            if (JSON.stringify(profileAfter) !== JSON.stringify(profileBefore))
                await this.events.updated(manager, volunteer, profileAfter);
        });
    }
};
RecordSupportNeedsHandler = __decorate([
    Injectable(),
    __metadata("design:paramtypes", [DataSource,
        VolunteerEvents])
], RecordSupportNeedsHandler);
export { RecordSupportNeedsHandler };
//# sourceMappingURL=record-support-needs.handler.js.map