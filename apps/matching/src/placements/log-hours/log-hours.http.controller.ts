import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { placementCallerOf } from '../placement-access.js';
import { LogHoursHandler } from './log-hours.handler.js';
import { LogHoursRequest } from './log-hours.request.dto.js';
import { RegionServedGuard } from '../../matches/region-served.guard.js';

@ApiTags('placements')
@ApiBearerAuth()
@UseGuards(RegionServedGuard)
@Controller('v1/placements')
export class LogHoursHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(LogHoursHandler) private readonly handler: LogHoursHandler,
  ) {}

  @Post(':id/hours')
  @HttpCode(201)
  @Roles('volunteer')
  async logHours(@Param('id', new ParseUUIDPipe()) id: string, @Body() request: LogHoursRequest, @CurrentPrincipal() principal: Principal) {
    const caller = placementCallerOf(principal);
    const entry = await runInTenant(this.dataSource, { centreId: caller.centreId }, (manager) => this.handler.logHours(manager, caller, id, request));
    return { id: entry.id, placementId: entry.placementId, workedOn: entry.workedOn, hours: entry.hours, status: entry.status };
  }
}
