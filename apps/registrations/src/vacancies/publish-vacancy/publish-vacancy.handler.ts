import { Inject, Injectable } from '@nestjs/common';
import { UnprocessableProblem } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { Organisation } from '../../organisations/organisation.entity.js';
import { nextVacancyStatus } from '../vacancy-lifecycle.js';
import { findVacancy } from '../vacancy-lookup.js';
import { VacancyStatusChange } from '../vacancy-status-change.js';
import { todayInAmsterdam } from '../vacancy-values.js';
import type { CentreAccess } from '../vacancy-access.js';
import type { Vacancy } from '../vacancy.entity.js';

@Injectable()
export class PublishVacancyHandler {
  constructor(@Inject(VacancyStatusChange) private readonly statusChange: VacancyStatusChange) {}

  /**
   * Publishes a draft, or a filled vacancy again. Only for verified organisations, only while the
   * vacancy has not ended, and for a one-off only with a place left.
   */
  async publishVacancy(manager: EntityManager, access: CentreAccess, id: string, today = todayInAmsterdam()): Promise<Vacancy> {
    const vacancy = await findVacancy(manager, access, id, { lock: true });
    nextVacancyStatus(vacancy.status, 'publish');
    const organisation = await manager.findOneByOrFail(Organisation, { id: vacancy.organisationId });
    if (organisation.status !== 'verified') {
      throw new UnprocessableProblem('The centre has not verified this organisation yet; its vacancies cannot be published', 'organisation-not-verified');
    }
    const lastDay = [vacancy.endsOn, vacancy.activityDate].filter((day) => day !== null).sort()[0];
    if (lastDay !== undefined && lastDay < today) {
      throw new UnprocessableProblem(`The vacancy ended on ${lastDay}; change its dates to publish it`, 'vacancy-ended');
    }
    if (vacancy.placesLeft === 0) {
      throw new UnprocessableProblem('No place is left; raise placesLeft to publish the vacancy again', 'no-places-left');
    }
    return this.statusChange.apply(manager, vacancy, 'publish');
  }
}
