var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { Injectable } from '@nestjs/common';
import { centreCreatedV1 } from '@vc/contracts';
import { NotFoundProblem, runInTenant } from '@vc/service-kit';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RegistrationsEventPublisher } from '../../events/registrations-event-publisher.js';
import { Centre } from '../centre.entity.js';
import { Region } from '../region.entity.js';
let CreateCentreHandler = class CreateCentreHandler {
    constructor(dataSource, publisher) {
        this.dataSource = dataSource;
        this.publisher = publisher;
    }
    async createCentre(request) {
        return runInTenant(this.dataSource, { consortium: true }, async (manager) => {
            if (!(await manager.existsBy(Region, { id: request.regionId }))) {
                throw new NotFoundProblem('region', request.regionId);
            }
            const centre = await manager.save(manager.create(Centre, {
                id: randomUUID(),
                regionId: request.regionId,
                name: request.name,
                municipalities: request.municipalities,
                languages: request.languages ?? ['nl'],
                consentTexts: request.consentTexts ?? [],
                sharesVacancies: request.sharesVacancies ?? false,
            }));
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
};
CreateCentreHandler = __decorate([
    Injectable(),
    __metadata("design:paramtypes", [DataSource,
        RegistrationsEventPublisher])
], CreateCentreHandler);
export { CreateCentreHandler };
//# sourceMappingURL=create-centre.handler.js.map