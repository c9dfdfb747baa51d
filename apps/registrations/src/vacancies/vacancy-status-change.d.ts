import type { EntityManager } from 'typeorm';
import { RegistrationsEventPublisher } from '../events/registrations-event-publisher.js';
import { type VacancyAction } from './vacancy-lifecycle.js';
import { Vacancy } from './vacancy.entity.js';
/**
 * Moves a vacancy (locked by the caller) along its lifecycle and adds the event that announces it
 * to the outbox, in the caller's transaction: the change and its event commit or vanish together.
 */
export declare class VacancyStatusChange {
    private readonly publisher;
    constructor(publisher: RegistrationsEventPublisher);
    apply(manager: EntityManager, vacancy: Vacancy, action: VacancyAction, now?: Date): Promise<Vacancy>;
    /** The event for a change already written (the expiry scheduler updates its batch in one statement). */
    publishStatus(manager: EntityManager, vacancy: Vacancy, action: VacancyAction): Promise<void>;
}
//# sourceMappingURL=vacancy-status-change.d.ts.map