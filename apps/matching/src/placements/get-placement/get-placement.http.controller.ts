import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { IsUUID } from 'class-validator';
import { DataSource, In } from 'typeorm';
import { IsOmittable } from '../../matches/request-validation.js';
import { HoursEntry } from '../hours-entry.entity.js';
import { findPlacement, placementCallerOf, visiblePlacements } from '../placement-access.js';
import { placementDetails } from '../placement-queries.js';
import { Placement } from '../placement.entity.js';
import { placementViewOf, type PlacementView } from '../placement.view.js';
import { RegionServedGuard } from '../../matches/region-served.guard.js';

export class ListPlacementsRequest {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  matchId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  volunteerId?: string;
}

@ApiTags('placements')
@ApiBearerAuth()
@UseGuards(RegionServedGuard)
@Controller('v1/placements')
export class GetPlacementHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Roles('consultant', 'volunteer', 'organisation-coordinator', 'school-coordinator')
  async listPlacements(@Query() query: ListPlacementsRequest, @CurrentPrincipal() principal: Principal): Promise<{ items: PlacementView[] }> {
    const caller = placementCallerOf(principal);
    return runInTenant(this.dataSource, { centreId: caller.centreId }, async (manager) => {
      const placements = await manager.find(Placement, {
        where: {
          ...(query.matchId !== undefined ? { matchId: query.matchId.toLowerCase() } : {}),
          ...(query.volunteerId !== undefined ? { volunteerId: query.volunteerId.toLowerCase() } : {}),
          ...visiblePlacements(caller),
        },
        order: { id: 'DESC' },
        take: 100,
      });
      const entries = await manager.find(HoursEntry, { where: { placementId: In(placements.map((p) => p.id)) }, order: { workedOn: 'ASC', id: 'ASC' } });
      return { items: placements.map((p) => placementViewOf(p, entries.filter((e) => e.placementId === p.id))) };
    });
  }

  @Get(':id')
  @Roles('consultant', 'volunteer', 'organisation-coordinator', 'school-coordinator')
  async getPlacement(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<PlacementView> {
    const caller = placementCallerOf(principal);
    return runInTenant(this.dataSource, { centreId: caller.centreId }, async (manager) => placementDetails(manager, await findPlacement(manager, caller, id)));
  }
}
