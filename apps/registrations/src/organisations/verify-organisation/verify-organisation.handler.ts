import { Inject, Injectable } from '@nestjs/common';
import { organisationVerifiedV1 } from '@vc/contracts';
import { InvalidTransitionProblem } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { RegistrationsEventPublisher } from '../../events/registrations-event-publisher.js';
import { findOrganisation } from '../organisation-lookup.js';
import { organisationVerifiedPayload } from '../organisation-events.js';
import { Organisation } from '../organisation.entity.js';

@Injectable()
export class VerifyOrganisationHandler {
  constructor(@Inject(RegistrationsEventPublisher) private readonly publisher: RegistrationsEventPublisher) {}

  /** Marks a registered organisation of the centre verified, so its vacancies may be published. */
  async verifyOrganisation(manager: EntityManager, centreId: string, id: string): Promise<Organisation> {
    const organisation = await findOrganisation(manager, { scope: { centreId } }, id, { lock: true });
    if (organisation.status !== 'registered') throw new InvalidTransitionProblem(organisation.status, 'verified');
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
}
