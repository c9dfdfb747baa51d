import { Injectable } from '@nestjs/common';
import { ConflictProblem, NotFoundProblem, runInTenant } from '@vc/service-kit';
import { DataSource, IsNull } from 'typeorm';
import { findVolunteer, type VolunteerAccess } from '../volunteer-access.js';
import { ConsentPurpose } from '../volunteer-consents.js';
import { VolunteerConsent } from '../volunteer-consent.entity.js';
import { VolunteerEvents } from '../volunteer-events.js';
import { VolunteerSupportNeeds } from '../volunteer-support-needs.entity.js';

@Injectable()
export class WithdrawConsentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: VolunteerEvents,
  ) {}

  /**
   * Records the withdrawal (the consent rows stay, with when it was withdrawn: the centre must be
   * able to show what it had consent for, and until when). Withdrawing the support-needs consent
   * deletes the support needs, since they were stored on that consent alone; matching then sees
   * needsGuidance drop. The registration consent is what the whole profile rests on: it is
   * withdrawn by erasure, never here.
   */
  async withdraw(access: VolunteerAccess, volunteerId: string, purpose: string): Promise<void> {
    if (purpose === ConsentPurpose.Registration) {
      throw new ConflictProblem(
        `Without the registration consent the centre may not keep the profile: withdraw it by erasing the profile (DELETE /v1/volunteers/${volunteerId})`,
        'registration-consent-withdrawal',
      );
    }
    await runInTenant(this.dataSource, { centreId: access.centreId }, async (manager) => {
      const volunteer = await findVolunteer(manager, access, volunteerId, { lock: true });
      const given = await manager.countBy(VolunteerConsent, { volunteerId, centreId: access.centreId, purpose });
      if (given === 0) throw new NotFoundProblem('consent', purpose);
      // A second withdrawal changes nothing and publishes nothing: the first one's date stands.
      await manager.update(VolunteerConsent, { volunteerId, centreId: access.centreId, purpose, withdrawnAt: IsNull() }, { withdrawnAt: new Date() });
      if (purpose !== ConsentPurpose.SupportNeeds) return;

      const profileBefore = await this.events.profileOf(manager, volunteer);
      await manager.delete(VolunteerSupportNeeds, { volunteerId, centreId: access.centreId });
      const profileAfter = await this.events.profileOf(manager, volunteer);
      if (JSON.stringify(profileAfter) !== JSON.stringify(profileBefore)) await this.events.updated(manager, volunteer, profileAfter);
    });
  }
}
