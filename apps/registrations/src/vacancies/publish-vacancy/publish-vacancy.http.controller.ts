import { Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { centreAccessOf } from '../vacancy-access.js';
import { vacancyViewOf, type VacancyView } from '../vacancy.view.js';
import { PublishVacancyHandler } from './publish-vacancy.handler.js';

@ApiTags('vacancies')
@ApiBearerAuth()
@Controller('v1/vacancies')
export class PublishVacancyHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PublishVacancyHandler) private readonly handler: PublishVacancyHandler,
  ) {}

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('organisation-coordinator', 'centre-admin', 'consultant')
  async publishVacancy(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<VacancyView> {
    const access = centreAccessOf(principal);
    const vacancy = await runInTenant(this.dataSource, access.scope, (manager) => this.handler.publishVacancy(manager, access, id));
    return vacancyViewOf(vacancy);
  }
}
