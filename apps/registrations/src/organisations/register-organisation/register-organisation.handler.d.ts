import type { EntityManager } from 'typeorm';
import { RegistrationsEventPublisher } from '../../events/registrations-event-publisher.js';
import { Organisation } from '../organisation.entity.js';
import type { RegisterOrganisationRequest } from './register-organisation.request.dto.js';
export declare class RegisterOrganisationHandler {
    private readonly publisher;
    constructor(publisher: RegistrationsEventPublisher);
    /** Registers the organisation with the centre, unverified, and publishes organisation.registered. */
    registerOrganisation(manager: EntityManager, centreId: string, request: RegisterOrganisationRequest): Promise<Organisation>;
}
//# sourceMappingURL=register-organisation.handler.d.ts.map