import { Module } from '@nestjs/common';
import { GetOrganisationHttpController } from './get-organisation/get-organisation.http.controller.js';
import { ListOrganisationsHttpController } from './list-organisations/list-organisations.http.controller.js';
import { RegisterOrganisationHandler } from './register-organisation/register-organisation.handler.js';
import { RegisterOrganisationHttpController } from './register-organisation/register-organisation.http.controller.js';
import { VerifyOrganisationHandler } from './verify-organisation/verify-organisation.handler.js';
import { VerifyOrganisationHttpController } from './verify-organisation/verify-organisation.http.controller.js';

@Module({
  controllers: [
    RegisterOrganisationHttpController,
    ListOrganisationsHttpController,
    GetOrganisationHttpController,
    VerifyOrganisationHttpController,
  ],
  providers: [RegisterOrganisationHandler, VerifyOrganisationHandler],
})
export class OrganisationsModule {}
