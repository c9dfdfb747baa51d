import { Body, Controller, Inject, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { centreAccessOf } from '../vacancy-access.js';
import { vacancyViewOf, type VacancyView } from '../vacancy.view.js';
import { UpdateVacancyHandler } from './update-vacancy.handler.js';
import { UpdateVacancyRequest } from './update-vacancy.request.dto.js';

@ApiTags('vacancies')
@ApiBearerAuth()
@Controller('v1/vacancies')
export class UpdateVacancyHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(UpdateVacancyHandler) private readonly handler: UpdateVacancyHandler,
  ) {}

  /** Changes a draft, published or filled vacancy; closed and expired ones are final (409). */
  @Patch(':id')
  @Roles('organisation-coordinator', 'centre-admin', 'consultant')
  async updateVacancy(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() change: UpdateVacancyRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<VacancyView> {
    const access = centreAccessOf(principal);
    const vacancy = await runInTenant(this.dataSource, access.scope, (manager) => this.handler.updateVacancy(manager, access, id, change));
    return vacancyViewOf(vacancy);
  }
}
