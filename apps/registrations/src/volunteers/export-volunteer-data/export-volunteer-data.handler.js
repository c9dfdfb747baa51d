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
import { SupportNeedsRead } from '../support-needs-read.entity.js';
import { findVolunteer } from '../volunteer-access.js';
import { VolunteerConsent } from '../volunteer-consent.entity.js';
import { readSupportNeeds } from '../volunteer-support-needs.read.js';
import { volunteerViewOf } from '../volunteer.view.js';
let ExportVolunteerDataHandler = class ExportVolunteerDataHandler {
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /**
     * Everything stored about the person. Support needs go only to the person and to consultants, as
     * everywhere else: a centre admin's export names them as withheld, whether or not there are any.
     */
    async export(access, volunteerId, mayReadSupportNeeds) {
        return runInTenant(this.dataSource, { centreId: access.centreId }, async (manager) => {
            const volunteer = await findVolunteer(manager, access, volunteerId);
            const consents = await manager.find(VolunteerConsent, {
                where: { volunteerId, centreId: access.centreId },
                order: { givenAt: 'ASC', purpose: 'ASC' },
            });
            const exported = {
                exportedAt: new Date().toISOString(),
                volunteer: volunteerViewOf(volunteer),
                consents: consents.map((c) => ({
                    purpose: c.purpose,
                    textVersion: c.textVersion,
                    givenAt: c.givenAt.toISOString(),
                    withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
                })),
            };
            if (!mayReadSupportNeeds)
                return { ...exported, withheld: ['supportNeeds', 'supportNeedsReads'] };
            const supportNeeds = await readSupportNeeds(manager, volunteer, access.actor);
            const reads = await manager.find(SupportNeedsRead, {
                where: { volunteerId, centreId: access.centreId },
                order: { readAt: 'ASC', id: 'ASC' },
            });
            return {
                ...exported,
                supportNeeds,
                supportNeedsReads: reads.map((r) => ({ readAt: r.readAt.toISOString(), readBy: r.readBy })),
            };
        });
    }
};
ExportVolunteerDataHandler = __decorate([
    Injectable(),
    __metadata("design:paramtypes", [DataSource])
], ExportVolunteerDataHandler);
export { ExportVolunteerDataHandler };
//# sourceMappingURL=export-volunteer-data.handler.js.map