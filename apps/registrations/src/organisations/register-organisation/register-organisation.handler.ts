import { Inject, Injectable } from '@nestjs/common';
import { organisationContactChangedV1, organisationRegisteredV1 } from '@vc/contracts';
import { ConflictProblem, isUniqueViolation } from '@vc/service-kit';
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from 'typeorm';
import { RegistrationsEventPublisher } from '../../events/registrations-event-publisher.js';
import { organisationContactPayload, organisationRegisteredPayload } from '../organisation-events.js';
import { Organisation } from '../organisation.entity.js';
import type { RegisterOrganisationRequest } from './register-organisation.request.dto.js';

@Injectable()
export class RegisterOrganisationHandler {
  constructor(@Inject(RegistrationsEventPublisher) private readonly publisher: RegistrationsEventPublisher) {}

  /** Registers the organisation with the centre, unverified, and publishes organisation.registered and its contact record. */
  async registerOrganisation(manager: EntityManager, centreId: string, request: RegisterOrganisationRequest): Promise<Organisation> {
    if (await manager.existsBy(Organisation, { centreId, kvkNumber: request.kvkNumber })) throw duplicateKvk(request.kvkNumber);
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
    } catch (error) {
      // A registration racing this one got there first; the transaction rolls back either way.
      if (isUniqueViolation(error)) {
        throw duplicateKvk(request.kvkNumber);
      }
      throw error;
    }
    // The public event and the restricted contact record (keyed by the organisation) in one outbox write.
    await this.publisher.publishAll(manager, [
      { contract: organisationRegisteredV1, subject: organisation.id, centreId, payload: organisationRegisteredPayload(organisation) },
      { contract: organisationContactChangedV1, subject: organisation.id, centreId, payload: organisationContactPayload(organisation) },
    ]);
    return organisation;
  }
}

function duplicateKvk(kvkNumber: string): ConflictProblem {
  return new ConflictProblem(`An organisation with KvK number ${kvkNumber} is registered with this centre already`, 'duplicate-kvk-number');
}
