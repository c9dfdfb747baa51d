import { Global, Module, type DynamicModule } from '@nestjs/common';
import { partnershipsCatalogue } from '@vc/contracts';
import type { Pc4Centroids } from '@vc/geo';
import { EventFactory, Outbox } from '@vc/messaging';
import { DataSource } from 'typeorm';
import { PartnershipsEventPublisher } from './events/partnerships-event-publisher.js';
import type { PartnershipsConfig } from './partnerships.config.js';

export const PC4_CENTROIDS = Symbol('PC4_CENTROIDS');
export const PARTNERSHIPS_CONFIG = Symbol('PARTNERSHIPS_CONFIG');

/** The service's database, outbox, config and PC4 table, injectable in every module. */
@Global()
@Module({})
export class PartnershipsInfrastructureModule {
  static register(dataSource: DataSource, config: PartnershipsConfig, centroids: Pc4Centroids): DynamicModule {
    return {
      module: PartnershipsInfrastructureModule,
      providers: [
        { provide: DataSource, useValue: dataSource },
        { provide: Outbox, useValue: new Outbox(partnershipsCatalogue) },
        { provide: EventFactory, useValue: new EventFactory('partnerships') },
        { provide: PC4_CENTROIDS, useValue: centroids },
        { provide: PARTNERSHIPS_CONFIG, useValue: config },
        PartnershipsEventPublisher,
      ],
      exports: [DataSource, Outbox, EventFactory, PartnershipsEventPublisher, PC4_CENTROIDS, PARTNERSHIPS_CONFIG],
    };
  }
}
