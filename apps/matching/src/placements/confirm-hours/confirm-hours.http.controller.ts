import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { NoBodyPipe } from '../../matches/no-body.pipe.js';
import { placementCallerOf } from '../placement-access.js';
import { placementDetails } from '../placement-queries.js';
import type { PlacementView } from '../placement.view.js';
import { ConfirmHoursHandler } from './confirm-hours.handler.js';
import { RegionServedGuard } from '../../matches/region-served.guard.js';

@ApiTags('placements')
@ApiBearerAuth()
@UseGuards(RegionServedGuard)
@Controller('v1/placements')
export class ConfirmHoursHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ConfirmHoursHandler) private readonly handler: ConfirmHoursHandler,
  ) {}

  /** The coordinator of the placement's organisation confirms a logged entry. */
  @Post(':id/hours/:entryId/confirm')
  @HttpCode(200)
  @Roles('organisation-coordinator')
  async confirmHours(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('entryId', new ParseUUIDPipe()) entryId: string,
    @Body(NoBodyPipe) _body: unknown,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PlacementView> {
    const caller = placementCallerOf(principal);
    return runInTenant(this.dataSource, { centreId: caller.centreId }, async (manager) =>
      placementDetails(manager, await this.handler.confirmHours(manager, caller, id, entryId.toLowerCase())),
    );
  }
}
