import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { matchCallerOf } from '../match-access.js';
import { matchViewOf, type MatchView } from '../match.view.js';
import { EndMatchHandler } from './end-match.handler.js';
import { EndMatchRequest } from './end-match.request.dto.js';
import { RegionServedGuard } from '../region-served.guard.js';

@ApiTags('matches')
@ApiBearerAuth()
@UseGuards(RegionServedGuard)
@Controller('v1/matches')
export class EndMatchHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(EndMatchHandler) private readonly handler: EndMatchHandler,
  ) {}

  @Post(':id/end')
  @HttpCode(200)
  @Roles('consultant')
  async endMatch(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: EndMatchRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MatchView> {
    const caller = matchCallerOf(principal);
    const match = await runInTenant(this.dataSource, { centreId: caller.centreId }, (manager) => this.handler.endMatch(manager, caller, id, request));
    return matchViewOf(match, { withEvaluation: true });
  }
}
