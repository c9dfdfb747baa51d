import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CentreAccess } from '../vacancy-access.js';
import { findVacancy } from '../vacancy-lookup.js';
import { VacancyStatusChange } from '../vacancy-status-change.js';
import type { Vacancy } from '../vacancy.entity.js';

@Injectable()
export class FillVacancyHandler {
  constructor(@Inject(VacancyStatusChange) private readonly statusChange: VacancyStatusChange) {}

  /** Every place is taken: the vacancy leaves the public search; it may be published again later. */
  async fillVacancy(manager: EntityManager, access: CentreAccess, id: string): Promise<Vacancy> {
    const vacancy = await findVacancy(manager, access, id, { lock: true });
    return this.statusChange.apply(manager, vacancy, 'fill');
  }
}
