import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { centreAccessOf } from '../vacancy-access.js';
import { vacancyViewOf, type VacancyView } from '../vacancy.view.js';
import { CreateVacancyHandler } from './create-vacancy.handler.js';
import { CreateVacancyRequest } from './create-vacancy.request.dto.js';

@ApiTags('vacancies')
@ApiBearerAuth()
@Controller('v1/vacancies')
export class CreateVacancyHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CreateVacancyHandler) private readonly handler: CreateVacancyHandler,
  ) {}

  /** A coordinator drafts a vacancy for their organisation, or centre staff for one of the centre's. */
  @Post()
  @HttpCode(201)
  @Roles('organisation-coordinator', 'centre-admin', 'consultant')
  async createVacancy(@Body() request: CreateVacancyRequest, @CurrentPrincipal() principal: Principal): Promise<VacancyView> {
    const access = centreAccessOf(principal);
    const vacancy = await runInTenant(this.dataSource, access.scope, (manager) => this.handler.createVacancy(manager, access, request));
    return vacancyViewOf(vacancy);
  }
}
