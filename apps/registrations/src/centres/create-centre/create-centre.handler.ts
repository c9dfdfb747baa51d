import { Injectable } from '@nestjs/common';
import { centreCreatedV1 } from '@vc/contracts';
import { NotFoundProblem, runInTenant } from '@vc/service-kit';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RegistrationsEventPublisher } from '../../events/registrations-event-publisher.js';
import { Centre } from '../centre.entity.js';
import { Region } from '../region.entity.js';
import type { CreateCentreRequest } from './create-centre.request.dto.js';

@Injectable()
export class CreateCentreHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: RegistrationsEventPublisher,
  ) {}

  async createCentre(request: CreateCentreRequest): Promise<Centre> {
    return runInTenant(this.dataSource, { consortium: true }, async (manager) => {
      if (!(await manager.existsBy(Region, { id: request.regionId }))) {
        throw new NotFoundProblem('region', request.regionId);
      }
      const centre = await manager.save(
        manager.create(Centre, {
          id: randomUUID(),
          regionId: request.regionId,
          name: request.name,
          municipalities: request.municipalities,
          languages: request.languages ?? ['nl'],
          consentTexts: request.consentTexts ?? [],
          sharesVacancies: request.sharesVacancies ?? false,
        }),
      );
      await this.publisher.publish(manager, centreCreatedV1, {
        subject: centre.id,
        centreId: centre.id,
        payload: {
          centreId: centre.id,
          regionId: centre.regionId,
          name: centre.name,
          municipalities: centre.municipalities,
          sharesVacanciesWithConsortium: centre.sharesVacancies,
        },
      });
      return centre;
    });
  }
}
