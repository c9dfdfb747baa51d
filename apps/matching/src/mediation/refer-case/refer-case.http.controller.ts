import { Body, Controller, HttpCode, Inject, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { centreOf } from '../mediation-access.js';
import { caseViewOf, referralViewOf, type CaseView, type ReferralView } from '../mediation-case.view.js';
import { ReferCaseHandler } from './refer-case.handler.js';
import { ReferCaseRequest } from './refer-case.request.dto.js';
import { RegionServedGuard } from '../../matches/region-served.guard.js';

@ApiTags('mediation')
@ApiBearerAuth()
@UseGuards(RegionServedGuard)
@Controller('v1')
export class ReferCaseHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ReferCaseHandler) private readonly handler: ReferCaseHandler,
  ) {}

  /** A referrer (social neighbourhood team, re-integration coach, COA) refers a person to their centre. */
  @Post('referrals')
  @HttpCode(201)
  @Roles('referrer')
  async refer(@Body() request: ReferCaseRequest, @CurrentPrincipal() principal: Principal): Promise<ReferralView> {
    const centreId = centreOf(principal);
    const mediationCase = await runInTenant(this.dataSource, { centreId }, (manager) => this.handler.refer(manager, centreId, principal.subject, request));
    return referralViewOf(mediationCase);
  }

  /** A consultant opens a case for a referral that came by phone or letter. */
  @Post('mediation-cases')
  @HttpCode(201)
  @Roles('consultant')
  async open(@Body() request: ReferCaseRequest, @CurrentPrincipal() principal: Principal): Promise<CaseView> {
    const centreId = centreOf(principal);
    const mediationCase = await runInTenant(this.dataSource, { centreId }, (manager) => this.handler.refer(manager, centreId, null, request));
    return caseViewOf(mediationCase, []);
  }
}
