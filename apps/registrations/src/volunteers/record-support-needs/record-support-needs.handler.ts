import { Injectable } from '@nestjs/common';
import { runInTenant } from '@vc/service-kit';
import { DataSource, IsNull } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Centre } from '../../centres/centre.entity.js';
import { findVolunteer, type VolunteerAccess } from '../volunteer-access.js';
import { assertKnownConsentTexts, assertSupportNeedsConsent, ConsentPurpose } from '../volunteer-consents.js';
import { VolunteerConsent } from '../volunteer-consent.entity.js';
import { VolunteerEvents } from '../volunteer-events.js';
import { VolunteerSupportNeeds } from '../volunteer-support-needs.entity.js';
import type { RecordSupportNeedsRequest } from './record-support-needs.request.dto.js';

@Injectable()
export class RecordSupportNeedsHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: VolunteerEvents,
  ) {}

  /** When guidance needed changes, matching's needsGuidance flag does too: `volunteer.updated`, without the reason. */
  async record(access: VolunteerAccess, volunteerId: string, request: RecordSupportNeedsRequest): Promise<void> {
    await runInTenant(this.dataSource, { centreId: access.centreId }, async (manager) => {
      const volunteer = await findVolunteer(manager, access, volunteerId, { lock: true });
      const consents = await manager.find(VolunteerConsent, {
        where: { volunteerId, centreId: access.centreId, purpose: ConsentPurpose.SupportNeeds, withdrawnAt: IsNull() },
        order: { givenAt: 'ASC' },
      });
      if (request.consent && !consents.some((c) => c.textVersion === request.consent!.textVersion)) {
        const given = { purpose: ConsentPurpose.SupportNeeds, textVersion: request.consent.textVersion };
        const centre = await manager.findOneByOrFail(Centre, { id: access.centreId });
        assertKnownConsentTexts(centre.consentTexts, [given]);
        const consent = manager.create(VolunteerConsent, { id: uuidv7(), volunteerId, centreId: access.centreId, ...given, givenAt: new Date(), withdrawnAt: null });
        await manager.insert(VolunteerConsent, consent);
        consents.push(consent);
      }
      assertSupportNeedsConsent(consents);

      const profileBefore = await this.events.profileOf(manager, volunteer);
      await manager.upsert(
        VolunteerSupportNeeds,
        {
          volunteerId,
          centreId: access.centreId,
          referralSource: request.referralSource ?? null,
          targetGroup: request.targetGroup ?? null,
          guidanceNeeded: request.guidanceNeeded,
          consentTextVersion: consents.at(-1)!.textVersion,
          recordedAt: new Date(),
        },
        ['volunteerId'],
      );
      const profileAfter = await this.events.profileOf(manager, volunteer);
      if (JSON.stringify(profileAfter) !== JSON.stringify(profileBefore)) await this.events.updated(manager, volunteer, profileAfter);
    });
  }
}
