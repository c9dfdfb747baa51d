import { Global, Module, type DynamicModule } from '@nestjs/common';
import { registrationsCatalogue } from '@vc/contracts';
import { EventFactory, Outbox } from '@vc/messaging';
import { DataSource } from 'typeorm';
import { RegistrationsEventPublisher } from './events/registrations-event-publisher.js';
import { RegistrationsConfig } from './registrations.config.js';

/** The service's configuration, database and outbox, injectable by type in every module. */
@Global()
@Module({})
export class RegistrationsInfrastructureModule {
  static register(dataSource: DataSource, config: RegistrationsConfig): DynamicModule {
    return {
      module: RegistrationsInfrastructureModule,
      providers: [
        { provide: RegistrationsConfig, useValue: config },
        { provide: DataSource, useValue: dataSource },
        { provide: Outbox, useValue: new Outbox(registrationsCatalogue) },
        { provide: EventFactory, useValue: new EventFactory('registrations') },
        RegistrationsEventPublisher,
      ],
      exports: [RegistrationsConfig, DataSource, Outbox, EventFactory, RegistrationsEventPublisher],
    };
  }
}
