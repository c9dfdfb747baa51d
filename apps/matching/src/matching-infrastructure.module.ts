import { Global, Module, type DynamicModule } from '@nestjs/common';
import { matchingCatalogue } from '@vc/contracts';
import { EventFactory, Outbox } from '@vc/messaging';
import { DataSource } from 'typeorm';
import type { MatchingConfig } from './matching.config.js';

/** Inject with `@Inject(MATCHING_CONFIG) config: MatchingConfig`. */
export const MATCHING_CONFIG = Symbol('MATCHING_CONFIG');

/** The service's database, outbox, event factory and configuration, injectable in every module. */
@Global()
@Module({})
export class MatchingInfrastructureModule {
  static register(dataSource: DataSource, config: MatchingConfig, extra: DynamicModule['providers'] = []): DynamicModule {
    return {
      module: MatchingInfrastructureModule,
      providers: [
        { provide: DataSource, useValue: dataSource },
        { provide: Outbox, useValue: new Outbox(matchingCatalogue) },
        { provide: EventFactory, useValue: new EventFactory('matching') },
        { provide: MATCHING_CONFIG, useValue: config },
        ...extra,
      ],
      exports: [DataSource, Outbox, EventFactory, MATCHING_CONFIG, ...extra.map((p) => ('provide' in p ? p.provide : p))],
    };
  }
}
