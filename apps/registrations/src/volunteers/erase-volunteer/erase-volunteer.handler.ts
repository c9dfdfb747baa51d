import { Injectable } from '@nestjs/common';
import { runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { findVolunteer, type VolunteerAccess } from '../volunteer-access.js';
import { VolunteerConsent } from '../volunteer-consent.entity.js';
import { VolunteerEvents } from '../volunteer-events.js';
import { VolunteerSupportNeeds } from '../volunteer-support-needs.entity.js';
import { Volunteer } from '../volunteer.entity.js';

/**
 * What is left of an erased person: the row keeps its id, centre, status and timestamps (so counts
 * stay right), who registered it (a staff subject or `self`), and nothing about the person.
 */
const ANONYMISED: Partial<Volunteer> = {
  firstName: null,
  lastName: null,
  email: null,
  phone: null,
  preferredLanguage: 'nl',
  dateOfBirth: null,
  postcode: null,
  travelRadiusKm: 0,
  skills: [],
  interests: [],
  availability: [],
  hoursPerWeek: null,
  languages: [],
  dutchLevel: null,
  vogStatus: 'none',
  vogValidUntil: null,
  isStudent: false,
  pausedUntil: null,
};

@Injectable()
export class EraseVolunteerHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: VolunteerEvents,
  ) {}

  /**
   * One transaction: personal data, support needs and consents go, `volunteer.erased` and the contact
   * tombstone are written. Erasing an erased person changes and publishes nothing. The support-needs
   * audit stays: it holds the volunteer's pseudonymous id and who read, nothing about the person.
   */
  async erase(access: VolunteerAccess, volunteerId: string): Promise<void> {
    await runInTenant(this.dataSource, { centreId: access.centreId }, async (manager) => {
      const volunteer = await findVolunteer(manager, access, volunteerId, { lock: true, includeErased: true });
      if (volunteer.status === 'erased') return;

      const erasedAt = new Date();
      const scope = { volunteerId, centreId: access.centreId };
      await manager.delete(VolunteerSupportNeeds, scope);
      await manager.delete(VolunteerConsent, scope);
      await manager.update(Volunteer, { id: volunteerId, centreId: access.centreId }, { ...ANONYMISED, status: 'erased', erasedAt });
      await this.events.erased(manager, volunteer, erasedAt);
    });
  }
}
