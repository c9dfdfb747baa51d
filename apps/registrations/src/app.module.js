var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var AppModule_1;
import { Module } from '@nestjs/common';
import { ServiceKitModule } from '@vc/service-kit';
import { CentresModule } from './centres/centres.module.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { VacanciesModule } from './vacancies/vacancies.module.js';
import { VolunteersModule } from './volunteers/volunteers.module.js';
import { RegistrationsInfrastructureModule } from './registrations-infrastructure.module.js';
let AppModule = AppModule_1 = class AppModule {
    static register(dependencies) {
        return {
            module: AppModule_1,
            imports: [
                ServiceKitModule.forRoot({
                    service: 'registrations',
                    logger: dependencies.logger,
                    registry: dependencies.registry,
                    readinessChecks: dependencies.readinessChecks,
                    auth: dependencies.auth,
                    idempotency: { dataSource: dependencies.dataSource },
                    publicRateLimit: dependencies.publicRateLimit,
                }),
                RegistrationsInfrastructureModule.register(dependencies.dataSource, dependencies.config),
                CentresModule,
                VolunteersModule,
                OrganisationsModule,
                VacanciesModule,
            ],
        };
    }
};
AppModule = AppModule_1 = __decorate([
    Module({})
], AppModule);
export { AppModule };
//# sourceMappingURL=app.module.js.map