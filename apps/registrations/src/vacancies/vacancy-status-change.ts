import { Inject, Injectable } from '@nestjs/common';
import { vacancyClosedV1, vacancyExpiredV1, vacancyFilledV1, vacancyPublishedV1 } from '@vc/contracts';
import type { EntityManager } from 'typeorm';
import { RegistrationsEventPublisher } from '../events/registrations-event-publisher.js';
import { vacancyEventPayload } from './vacancy-events.js';
import { nextVacancyStatus, type VacancyAction } from './vacancy-lifecycle.js';
import { Vacancy } from './vacancy.entity.js';

/**
 * Moves a vacancy (locked by the caller) along its lifecycle and adds the event that announces it
 * to the outbox, in the caller's transaction: the change and its event commit or vanish together.
 */
@Injectable()
export class VacancyStatusChange {
  constructor(@Inject(RegistrationsEventPublisher) private readonly publisher: RegistrationsEventPublisher) {}

  async apply(manager: EntityManager, vacancy: Vacancy, action: VacancyAction, now = new Date()): Promise<Vacancy> {
    const status = nextVacancyStatus(vacancy.status, action);
    const changes: Partial<Vacancy> = { status, updatedAt: now };
    if (action === 'publish') changes.publishedAt = now;
    if (action === 'close') changes.closedAt = now;
    // Filled means every place is taken.
    if (action === 'fill' && vacancy.places !== null) changes.placesLeft = 0;
    Object.assign(vacancy, changes);
    await manager.update(Vacancy, { id: vacancy.id }, changes);
    await this.publishStatus(manager, vacancy, action);
    return vacancy;
  }

  /** The event for a change already written (the expiry scheduler updates its batch in one statement). */
  async publishStatus(manager: EntityManager, vacancy: Vacancy, action: VacancyAction): Promise<void> {
    const about = { subject: vacancy.id, centreId: vacancy.centreId };
    switch (action) {
      case 'publish':
        return this.publisher.publish(manager, vacancyPublishedV1, { ...about, payload: vacancyEventPayload(vacancy, 'published') });
      case 'fill':
        return this.publisher.publish(manager, vacancyFilledV1, { ...about, payload: vacancyEventPayload(vacancy, 'filled') });
      case 'close':
        return this.publisher.publish(manager, vacancyClosedV1, { ...about, payload: vacancyEventPayload(vacancy, 'closed') });
      case 'expire':
        return this.publisher.publish(manager, vacancyExpiredV1, { ...about, payload: vacancyEventPayload(vacancy, 'expired') });
    }
  }
}
