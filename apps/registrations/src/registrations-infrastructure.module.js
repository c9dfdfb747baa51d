var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var RegistrationsInfrastructureModule_1;
import { Global, Module } from '@nestjs/common';
import { registrationsCatalogue } from '@vc/contracts';
import { EventFactory, Outbox } from '@vc/messaging';
import { DataSource } from 'typeorm';
import { RegistrationsEventPublisher } from './events/registrations-event-publisher.js';
import { RegistrationsConfig } from './registrations.config.js';
/** The service's configuration, database and outbox, injectable by type in every module. */
let RegistrationsInfrastructureModule = RegistrationsInfrastructureModule_1 = class RegistrationsInfrastructureModule {
    static register(dataSource, config) {
        return {
            module: RegistrationsInfrastructureModule_1,
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
};
RegistrationsInfrastructureModule = RegistrationsInfrastructureModule_1 = __decorate([
    Global(),
    Module({})
], RegistrationsInfrastructureModule);
export { RegistrationsInfrastructureModule };
//# sourceMappingURL=registrations-infrastructure.module.js.map