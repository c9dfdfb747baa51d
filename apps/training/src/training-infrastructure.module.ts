import { Global, Module, type DynamicModule } from '@nestjs/common';
import { EventFactory, Outbox } from '@vc/messaging';
import { DataSource } from 'typeorm';
import { TrainingEventPublisher } from './events/training-event-publisher.js';

/** The service's database and outbox, injectable by type in every module. */
@Global()
@Module({})
export class TrainingInfrastructureModule {
  static register(dataSource: DataSource, outbox: Outbox): DynamicModule {
    const events = new EventFactory('training');
    return {
      module: TrainingInfrastructureModule,
      providers: [
        { provide: DataSource, useValue: dataSource },
        { provide: Outbox, useValue: outbox },
        { provide: EventFactory, useValue: events },
        { provide: TrainingEventPublisher, useValue: new TrainingEventPublisher(outbox, events) },
      ],
      exports: [DataSource, Outbox, EventFactory, TrainingEventPublisher],
    };
  }
}
