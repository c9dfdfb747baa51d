import type { EntityManager } from 'typeorm';
import { RegistrationsEventPublisher } from '../../events/registrations-event-publisher.js';
import { Organisation } from '../organisation.entity.js';
export declare class VerifyOrganisationHandler {
    private readonly publisher;
    constructor(publisher: RegistrationsEventPublisher);
    /** Marks a registered organisation of the centre verified, so its vacancies may be published. */
    verifyOrganisation(manager: EntityManager, centreId: string, id: string): Promise<Organisation>;
}
//# sourceMappingURL=verify-organisation.handler.d.ts.map