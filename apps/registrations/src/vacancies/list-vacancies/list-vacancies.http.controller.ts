import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { organisationAccessOf } from '../../organisations/organisation-access.js';
import { decodeIdCursor, DEFAULT_PAGE_SIZE, pageOf, type Page } from '../../shared/paging.js';
import { Vacancy } from '../vacancy.entity.js';
import { vacancyViewOf, type VacancyView } from '../vacancy.view.js';
import { ListVacanciesRequest } from './list-vacancies.request.dto.js';

@ApiTags('vacancies')
@ApiBearerAuth()
@Controller('v1/vacancies')
export class ListVacanciesHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The centre's vacancies in every status, newest first; a coordinator sees their organisation's. */
  @Get()
  @Roles('consortium-admin', 'centre-admin', 'consultant', 'organisation-coordinator')
  @Header('Cache-Control', 'no-store')
  async listVacancies(@Query() query: ListVacanciesRequest, @CurrentPrincipal() principal: Principal): Promise<Page<VacancyView>> {
    const access = organisationAccessOf(principal);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const before = query.cursor === undefined ? undefined : decodeIdCursor(query.cursor);
    const organisationIds = [access.organisationId, query.organisationId?.toLowerCase()].filter((id) => id !== undefined);
    const rows = await runInTenant(this.dataSource, access.scope, (manager) => {
      const select = manager.createQueryBuilder(Vacancy, 'vacancy').orderBy('vacancy.id', 'DESC').limit(limit + 1);
      if ('centreId' in access.scope) select.andWhere('vacancy.centre_id = :centreId', { centreId: access.scope.centreId });
      organisationIds.forEach((organisationId, index) =>
        select.andWhere(`vacancy.organisation_id = :organisation${index}`, { [`organisation${index}`]: organisationId }),
      );
      if (query.status) select.andWhere('vacancy.status = :status', { status: query.status });
      if (query.kind) select.andWhere('vacancy.kind = :kind', { kind: query.kind });
      if (before) select.andWhere('vacancy.id < :before', { before });
      return select.getMany();
    });
    return pageOf(rows, limit, vacancyViewOf);
  }
}
