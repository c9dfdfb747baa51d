import { Module } from '@nestjs/common';
import { OrganisationsHttpController } from './organisations.http.controller.js';

@Module({ controllers: [OrganisationsHttpController] })
export class OrganisationsModule {}
