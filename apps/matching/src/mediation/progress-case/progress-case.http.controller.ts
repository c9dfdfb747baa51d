import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource, type EntityManager } from 'typeorm';
import { followUpsOf } from '../case-queries.js';
import { centreOf } from '../mediation-access.js';
import type { MediationCase } from '../mediation-case.entity.js';
import { caseViewOf, type CaseView } from '../mediation-case.view.js';
import { ProgressCaseHandler } from './progress-case.handler.js';
import { AssignConsultantRequest, CloseCaseRequest, PlaceCaseRequest, RecordIntakeRequest } from './progress-case.request.dto.js';
import { RegionServedGuard } from '../../matches/region-served.guard.js';

@ApiTags('mediation')
@ApiBearerAuth()
@UseGuards(RegionServedGuard)
@Controller('v1/mediation-cases')
export class ProgressCaseHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ProgressCaseHandler) private readonly handler: ProgressCaseHandler,
  ) {}

  @Post(':id/assign')
  @HttpCode(200)
  @Roles('consultant')
  assign(@Param('id', new ParseUUIDPipe()) id: string, @Body() request: AssignConsultantRequest, @CurrentPrincipal() principal: Principal) {
    return this.run(principal, (manager, centreId) => this.handler.assign(manager, centreId, id, principal.subject, request));
  }

  @Post(':id/intake')
  @HttpCode(200)
  @Roles('consultant')
  intake(@Param('id', new ParseUUIDPipe()) id: string, @Body() request: RecordIntakeRequest, @CurrentPrincipal() principal: Principal) {
    return this.run(principal, (manager, centreId) => this.handler.recordIntake(manager, centreId, id, request));
  }

  @Post(':id/placement')
  @HttpCode(200)
  @Roles('consultant')
  place(@Param('id', new ParseUUIDPipe()) id: string, @Body() request: PlaceCaseRequest, @CurrentPrincipal() principal: Principal) {
    return this.run(principal, (manager, centreId) => this.handler.place(manager, centreId, id, request));
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('consultant')
  close(@Param('id', new ParseUUIDPipe()) id: string, @Body() request: CloseCaseRequest, @CurrentPrincipal() principal: Principal) {
    return this.run(principal, (manager, centreId) => this.handler.close(manager, centreId, id, request));
  }

  private run(principal: Principal, work: (manager: EntityManager, centreId: string) => Promise<MediationCase>): Promise<CaseView> {
    const centreId = centreOf(principal);
    return runInTenant(this.dataSource, { centreId }, async (manager) => {
      const saved = await work(manager, centreId);
      return caseViewOf(saved, (await followUpsOf(manager, [saved.id])).get(saved.id) ?? []);
    });
  }
}
