import { Global, Module, type DynamicModule } from '@nestjs/common';
import { registrationsCatalogue } from '@vc/contracts';
import { EventFactory, Outbox } from '@vc/messaging';
import { DataSource } from 'typeorm';
import { RegistrationsEventPublisher } from './events/registrations-event-publisher.js';

/** The service's database and outbox, injectable by type in every module. */
@Global()
@Module({})
export class RegistrationsInfrastructureModule {
  static register(dataSource: DataSource): DynamicModule {
    return {
      module: RegistrationsInfrastructureModule,
      providers: [
        { provide: DataSource, useValue: dataSource },
        { provide: Outbox, useValue: new Outbox(registrationsCatalogue) },
        { provide: EventFactory, useValue: new EventFactory('registrations') },
        RegistrationsEventPublisher,
      ],
      exports: [DataSource, Outbox, EventFactory, RegistrationsEventPublisher],
    };
  }
}
