import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { NoBodyPipe } from '../no-body.pipe.js';
import { matchCallerOf } from '../match-access.js';
import { matchViewOf, type MatchView } from '../match.view.js';
import { SignUpHandler } from './sign-up.handler.js';
import { RegionServedGuard } from '../region-served.guard.js';

@ApiTags('matches')
@ApiBearerAuth()
@UseGuards(RegionServedGuard)
@Controller('v1/activities')
export class SignUpHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SignUpHandler) private readonly handler: SignUpHandler,
  ) {}

  /** The volunteer in the token signs up for a one-off activity while places last (409 no-places-left after). */
  @Post(':vacancyId/sign-ups')
  @HttpCode(201)
  @Roles('volunteer')
  async signUp(
    @Param('vacancyId', new ParseUUIDPipe()) vacancyId: string,
    @Body(NoBodyPipe) _body: unknown,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MatchView> {
    const caller = matchCallerOf(principal);
    const volunteerCaller = { ...caller, volunteerId: caller.volunteerId! };
    const match = await runInTenant(this.dataSource, { centreId: caller.centreId }, (manager) => this.handler.signUp(manager, volunteerCaller, vacancyId));
    return matchViewOf(match, { withEvaluation: false });
  }
}
