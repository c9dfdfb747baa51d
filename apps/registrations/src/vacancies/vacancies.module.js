var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { Module } from '@nestjs/common';
import { CloseVacancyHandler } from './close-vacancy/close-vacancy.handler.js';
import { CloseVacancyHttpController } from './close-vacancy/close-vacancy.http.controller.js';
import { CreateVacancyHandler } from './create-vacancy/create-vacancy.handler.js';
import { CreateVacancyHttpController } from './create-vacancy/create-vacancy.http.controller.js';
import { VacancyExpiryScheduler } from './expire-vacancies/vacancy-expiry.scheduler.js';
import { FillVacancyHandler } from './fill-vacancy/fill-vacancy.handler.js';
import { FillVacancyHttpController } from './fill-vacancy/fill-vacancy.http.controller.js';
import { GetVacancyHttpController } from './get-vacancy/get-vacancy.http.controller.js';
import { ListVacanciesHttpController } from './list-vacancies/list-vacancies.http.controller.js';
import { PublishVacancyHandler } from './publish-vacancy/publish-vacancy.handler.js';
import { PublishVacancyHttpController } from './publish-vacancy/publish-vacancy.http.controller.js';
import { Pc4Centroids } from '@vc/geo';
import { PC4_CENTROIDS } from './search-vacancies/pc4-centroids.token.js';
import { SearchVacanciesHandler } from './search-vacancies/search-vacancies.handler.js';
import { SearchVacanciesHttpController } from './search-vacancies/search-vacancies.http.controller.js';
import { UpdateVacancyHandler } from './update-vacancy/update-vacancy.handler.js';
import { UpdateVacancyHttpController } from './update-vacancy/update-vacancy.http.controller.js';
import { VacancyStatusChange } from './vacancy-status-change.js';
let VacanciesModule = class VacanciesModule {
};
VacanciesModule = __decorate([
    Module({
        controllers: [
            CreateVacancyHttpController,
            ListVacanciesHttpController,
            GetVacancyHttpController,
            UpdateVacancyHttpController,
            PublishVacancyHttpController,
            FillVacancyHttpController,
            CloseVacancyHttpController,
            SearchVacanciesHttpController,
        ],
        providers: [
            VacancyStatusChange,
            CreateVacancyHandler,
            UpdateVacancyHandler,
            PublishVacancyHandler,
            FillVacancyHandler,
            CloseVacancyHandler,
            SearchVacanciesHandler,
            VacancyExpiryScheduler,
            { provide: PC4_CENTROIDS, useFactory: () => Pc4Centroids.load() },
        ],
    })
], VacanciesModule);
export { VacanciesModule };
//# sourceMappingURL=vacancies.module.js.map