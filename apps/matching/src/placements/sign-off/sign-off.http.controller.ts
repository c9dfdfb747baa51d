import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { NoBodyPipe } from '../../matches/no-body.pipe.js';
import { placementCallerOf } from '../placement-access.js';
import { placementDetails } from '../placement-queries.js';
import type { PlacementView } from '../placement.view.js';
import { SignOffHandler } from './sign-off.handler.js';
import { RegionServedGuard } from '../../matches/region-served.guard.js';

@ApiTags('placements')
@ApiBearerAuth()
@UseGuards(RegionServedGuard)
@Controller('v1/placements')
export class SignOffHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SignOffHandler) private readonly handler: SignOffHandler,
  ) {}

  /** Only the coordinator of the placement's school (the organisation in their token). */
  @Post(':id/sign-off')
  @HttpCode(200)
  @Roles('school-coordinator')
  async signOff(@Param('id', new ParseUUIDPipe()) id: string, @Body(NoBodyPipe) _body: unknown, @CurrentPrincipal() principal: Principal): Promise<PlacementView> {
    const caller = placementCallerOf(principal);
    return runInTenant(this.dataSource, { centreId: caller.centreId }, async (manager) => placementDetails(manager, await this.handler.signOff(manager, caller, id)));
  }
}
