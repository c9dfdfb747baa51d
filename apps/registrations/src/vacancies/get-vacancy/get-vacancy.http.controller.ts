import { Controller, Get, Header, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { organisationAccessOf } from '../../organisations/organisation-access.js';
import { findVacancy } from '../vacancy-lookup.js';
import { vacancyViewOf, type VacancyView } from '../vacancy.view.js';

@ApiTags('vacancies')
@ApiBearerAuth()
@Controller('v1/vacancies')
export class GetVacancyHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Any status, help requests included; staff of the centre, or the organisation's own coordinator. */
  @Get(':id')
  @Roles('consortium-admin', 'centre-admin', 'consultant', 'organisation-coordinator')
  @Header('Cache-Control', 'no-store')
  async getVacancy(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<VacancyView> {
    const access = organisationAccessOf(principal);
    const vacancy = await runInTenant(this.dataSource, access.scope, (manager) => findVacancy(manager, access, id));
    return vacancyViewOf(vacancy);
  }
}
