import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { matchCallerOf } from '../match-access.js';
import { matchViewOf, type MatchView } from '../match.view.js';
import { StartMatchHandler } from './start-match.handler.js';
import { StartMatchRequest } from './start-match.request.dto.js';
import { RegionServedGuard } from '../region-served.guard.js';

@ApiTags('matches')
@ApiBearerAuth()
@UseGuards(RegionServedGuard)
@Controller('v1/matches')
export class StartMatchHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(StartMatchHandler) private readonly handler: StartMatchHandler,
  ) {}

  @Post(':id/start')
  @HttpCode(200)
  @Roles('consultant')
  async startMatch(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: StartMatchRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MatchView> {
    const caller = matchCallerOf(principal);
    const match = await runInTenant(this.dataSource, { centreId: caller.centreId }, (manager) => this.handler.startMatch(manager, caller, id, request));
    return matchViewOf(match, { withEvaluation: true });
  }
}
