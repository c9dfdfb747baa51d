var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { Module } from '@nestjs/common';
import { GetOrganisationHttpController } from './get-organisation/get-organisation.http.controller.js';
import { ListOrganisationsHttpController } from './list-organisations/list-organisations.http.controller.js';
import { RegisterOrganisationHandler } from './register-organisation/register-organisation.handler.js';
import { RegisterOrganisationHttpController } from './register-organisation/register-organisation.http.controller.js';
import { VerifyOrganisationHandler } from './verify-organisation/verify-organisation.handler.js';
import { VerifyOrganisationHttpController } from './verify-organisation/verify-organisation.http.controller.js';
let OrganisationsModule = class OrganisationsModule {
};
OrganisationsModule = __decorate([
    Module({
        controllers: [
            RegisterOrganisationHttpController,
            ListOrganisationsHttpController,
            GetOrganisationHttpController,
            VerifyOrganisationHttpController,
        ],
        providers: [RegisterOrganisationHandler, VerifyOrganisationHandler],
    })
], OrganisationsModule);
export { OrganisationsModule };
//# sourceMappingURL=organisations.module.js.map