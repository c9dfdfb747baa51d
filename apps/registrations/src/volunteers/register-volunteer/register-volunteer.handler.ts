import { Injectable } from '@nestjs/common';
import { NotFoundProblem, runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Centre } from '../../centres/centre.entity.js';
import { assertConsents, ConsentPurpose } from '../volunteer-consents.js';
import { VolunteerConsent } from '../volunteer-consent.entity.js';
import { VolunteerEvents } from '../volunteer-events.js';
import { rethrowEmailTaken } from '../volunteer-email.js';
import { VolunteerSupportNeeds } from '../volunteer-support-needs.entity.js';
import { Volunteer } from '../volunteer.entity.js';
import { volunteerReceiptOf, type VolunteerReceipt } from '../volunteer.view.js';
import type { RegisterVolunteerRequest } from './register-volunteer.request.dto.js';

@Injectable()
export class RegisterVolunteerHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: VolunteerEvents,
  ) {}

  /** `registeredBy`: `self`, or the subject of the consultant registering the person. */
  async register(centreId: string, request: RegisterVolunteerRequest, registeredBy: string): Promise<VolunteerReceipt> {
    return runInTenant(this.dataSource, { centreId }, async (manager) => {
      const centre = await manager.findOneBy(Centre, { id: centreId });
      if (!centre) throw new NotFoundProblem('centre', centreId);
      assertConsents(centre.consentTexts, request.consents, { withSupportNeeds: request.supportNeeds !== undefined });

      const volunteer = manager.create(Volunteer, {
        // UUIDv7: time-ordered, so the staff list pages in registration order by id alone.
        id: uuidv7(),
        centreId,
        status: 'active',
        firstName: request.firstName,
        lastName: request.lastName,
        email: request.email,
        phone: request.phone ?? null,
        preferredLanguage: request.preferredLanguage,
        dateOfBirth: request.dateOfBirth ?? null,
        postcode: request.postcode ?? null,
        travelRadiusKm: request.travelRadiusKm,
        skills: request.skills ?? [],
        interests: request.interests ?? [],
        availability: (request.availability ?? []).map(({ day, part }) => ({ day, part })),
        hoursPerWeek: request.hoursPerWeek ?? null,
        languages: request.languages ?? [],
        dutchLevel: request.dutchLevel ?? null,
        vogStatus: request.vog?.status ?? 'none',
        vogValidUntil: request.vog?.validUntil ?? null,
        isStudent: request.isStudent ?? false,
        pausedUntil: null,
        registeredBy,
        erasedAt: null,
      });
      await manager.insert(Volunteer, volunteer).catch(rethrowEmailTaken);

      const givenAt = new Date();
      await manager.insert(
        VolunteerConsent,
        request.consents.map((consent) => ({
          id: uuidv7(),
          volunteerId: volunteer.id,
          centreId,
          purpose: consent.purpose,
          textVersion: consent.textVersion,
          givenAt,
          withdrawnAt: null,
        })),
      );
      if (request.supportNeeds) {
        const consent = request.consents.find((c) => c.purpose === ConsentPurpose.SupportNeeds)!;
        await manager.insert(VolunteerSupportNeeds, {
          volunteerId: volunteer.id,
          centreId,
          referralSource: request.supportNeeds.referralSource ?? null,
          targetGroup: request.supportNeeds.targetGroup ?? null,
          guidanceNeeded: request.supportNeeds.guidanceNeeded,
          consentTextVersion: consent.textVersion,
          recordedAt: givenAt,
        });
      }

      await this.events.registered(manager, volunteer);
      await this.events.contactChanged(manager, volunteer);
      return volunteerReceiptOf(volunteer);
    });
  }
}
