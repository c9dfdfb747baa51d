import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { matchCallerOf } from '../match-access.js';
import { matchViewOf, type MatchView } from '../match.view.js';
import { NoBodyPipe } from '../no-body.pipe.js';
import { ChangeMatchStatusHandler, type SimpleMatchAction } from './change-match-status.handler.js';
import { RegionServedGuard } from '../region-served.guard.js';

/**
 * Roles here say who may call at all; the lifecycle says who may take which step (a 403 for a
 * volunteer who tries to accept) and from which status (a 409 invalid-transition otherwise).
 */
@ApiTags('matches')
@ApiBearerAuth()
@UseGuards(RegionServedGuard)
@Controller('v1/matches')
export class ChangeMatchStatusHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ChangeMatchStatusHandler) private readonly handler: ChangeMatchStatusHandler,
  ) {}

  /** The volunteer (or a consultant on their behalf) is interested. */
  @Post(':id/interest')
  @HttpCode(200)
  @Roles('volunteer', 'consultant')
  interest(@Param('id', new ParseUUIDPipe()) id: string, @Body(NoBodyPipe) _body: unknown, @CurrentPrincipal() principal: Principal) {
    return this.change(principal, id, 'express-interest');
  }

  @Post(':id/introduce')
  @HttpCode(200)
  @Roles('consultant')
  introduce(@Param('id', new ParseUUIDPipe()) id: string, @Body(NoBodyPipe) _body: unknown, @CurrentPrincipal() principal: Principal) {
    return this.change(principal, id, 'introduce');
  }

  /** The organisation's coordinator (or a consultant on its behalf) accepts the introduced volunteer. */
  @Post(':id/accept')
  @HttpCode(200)
  @Roles('organisation-coordinator', 'consultant')
  accept(@Param('id', new ParseUUIDPipe()) id: string, @Body(NoBodyPipe) _body: unknown, @CurrentPrincipal() principal: Principal) {
    return this.change(principal, id, 'accept');
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Roles('organisation-coordinator', 'consultant')
  decline(@Param('id', new ParseUUIDPipe()) id: string, @Body(NoBodyPipe) _body: unknown, @CurrentPrincipal() principal: Principal) {
    return this.change(principal, id, 'decline');
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('volunteer', 'consultant')
  withdraw(@Param('id', new ParseUUIDPipe()) id: string, @Body(NoBodyPipe) _body: unknown, @CurrentPrincipal() principal: Principal) {
    return this.change(principal, id, 'withdraw');
  }

  private async change(principal: Principal, id: string, action: SimpleMatchAction): Promise<MatchView> {
    const caller = matchCallerOf(principal);
    const match = await runInTenant(this.dataSource, { centreId: caller.centreId }, (manager) => this.handler.change(manager, caller, id, action));
    return matchViewOf(match, { withEvaluation: caller.actor === 'consultant' });
  }
}
