import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { organisationAccessOf } from '../organisation-access.js';
import { Organisation } from '../organisation.entity.js';
import { organisationViewOf, type OrganisationView } from '../organisation.view.js';
import { decodeIdCursor, DEFAULT_PAGE_SIZE, pageOf, type Page } from '../../shared/paging.js';
import { ListOrganisationsRequest } from './list-organisations.request.dto.js';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('v1/organisations')
export class ListOrganisationsHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The centre's organisations, newest first (a consortium admin: every centre's). */
  @Get()
  @Roles('consortium-admin', 'centre-admin', 'consultant')
  @Header('Cache-Control', 'no-store')
  async listOrganisations(
    @Query() query: ListOrganisationsRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<OrganisationView>> {
    const { scope } = organisationAccessOf(principal);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const before = query.cursor === undefined ? undefined : decodeIdCursor(query.cursor);
    const rows = await runInTenant(this.dataSource, scope, (manager) => {
      const select = manager.createQueryBuilder(Organisation, 'organisation').orderBy('organisation.id', 'DESC').limit(limit + 1);
      if ('centreId' in scope) select.andWhere('organisation.centre_id = :centreId', { centreId: scope.centreId });
      if (query.status) select.andWhere('organisation.status = :status', { status: query.status });
      if (before) select.andWhere('organisation.id < :before', { before });
      return select.getMany();
    });
    return pageOf(rows, limit, organisationViewOf);
  }
}
