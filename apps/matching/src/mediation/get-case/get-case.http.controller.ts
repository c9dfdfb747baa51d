import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { MediationCaseStatus } from '@vc/contracts';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { IsIn } from 'class-validator';
import { DataSource } from 'typeorm';
import { IsOmittable } from '../../matches/request-validation.js';
import { followUpsOf } from '../case-queries.js';
import { centreOf, findCase } from '../mediation-access.js';
import { MediationCase } from '../mediation-case.entity.js';
import { caseViewOf, type CaseView } from '../mediation-case.view.js';
import { RegionServedGuard } from '../../matches/region-served.guard.js';

export class ListCasesRequest {
  @ApiPropertyOptional({ enum: Object.values(MediationCaseStatus) })
  @IsOmittable()
  @IsIn(Object.values(MediationCaseStatus))
  status?: MediationCaseStatus;
}

/** The centre's consultants see its cases; reasons, goals and notes only through the audited case file. */
@ApiTags('mediation')
@ApiBearerAuth()
@UseGuards(RegionServedGuard)
@Controller('v1/mediation-cases')
export class GetCaseHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Roles('consultant')
  async listCases(@Query() query: ListCasesRequest, @CurrentPrincipal() principal: Principal): Promise<{ items: CaseView[] }> {
    const centreId = centreOf(principal);
    return runInTenant(this.dataSource, { centreId }, async (manager) => {
      const cases = await manager.find(MediationCase, {
        where: { centreId, ...(query.status !== undefined ? { status: query.status } : {}) },
        order: { id: 'DESC' },
        take: 100,
      });
      const followUps = await followUpsOf(manager, cases.map((c) => c.id));
      return { items: cases.map((c) => caseViewOf(c, followUps.get(c.id) ?? [])) };
    });
  }

  @Get(':id')
  @Roles('consultant')
  async getCase(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<CaseView> {
    const centreId = centreOf(principal);
    return runInTenant(this.dataSource, { centreId }, async (manager) => {
      const found = await findCase(manager, centreId, id);
      return caseViewOf(found, (await followUpsOf(manager, [found.id])).get(found.id) ?? []);
    });
  }
}
