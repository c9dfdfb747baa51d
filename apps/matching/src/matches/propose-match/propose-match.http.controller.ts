import { Body, Controller, HttpCode, Inject, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { matchCallerOf } from '../match-access.js';
import { matchViewOf, type MatchView } from '../match.view.js';
import { ProposeMatchHandler } from './propose-match.handler.js';
import { ProposeMatchRequest } from './propose-match.request.dto.js';
import { RegionServedGuard } from '../region-served.guard.js';

@ApiTags('matches')
@ApiBearerAuth()
@UseGuards(RegionServedGuard)
@Controller('v1/matches')
export class ProposeMatchHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ProposeMatchHandler) private readonly handler: ProposeMatchHandler,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('consultant')
  async proposeMatch(@Body() request: ProposeMatchRequest, @CurrentPrincipal() principal: Principal): Promise<MatchView> {
    const caller = matchCallerOf(principal);
    const match = await runInTenant(this.dataSource, { centreId: caller.centreId }, (manager) => this.handler.proposeMatch(manager, caller, request));
    return matchViewOf(match, { withEvaluation: true });
  }
}
