import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { MatchStatus } from '@vc/contracts';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { DataSource, LessThan } from 'typeorm';
import { findMatch, matchCallerOf, visibleMatches } from '../match-access.js';
import { Match } from '../match.entity.js';
import { matchViewOf, type MatchView } from '../match.view.js';
import { IsOmittable } from '../request-validation.js';
import { RegionServedGuard } from '../region-served.guard.js';

export class ListMatchesRequest {
  @ApiPropertyOptional({ enum: Object.values(MatchStatus) })
  @IsOmittable()
  @IsIn(Object.values(MatchStatus))
  status?: MatchStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  volunteerId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  vacancyId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The matches proposed within a mediation case' })
  @IsOmittable()
  @IsUUID()
  mediationCaseId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'id of the last match of the previous page' })
  @IsOmittable()
  @IsUUID()
  before?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOmittable()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

/** Consultants see their centre's matches, a volunteer their own, a coordinator their organisation's. */
@ApiTags('matches')
@ApiBearerAuth()
@UseGuards(RegionServedGuard)
@Controller('v1/matches')
export class GetMatchHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Roles('consultant', 'volunteer', 'organisation-coordinator')
  async listMatches(@Query() query: ListMatchesRequest, @CurrentPrincipal() principal: Principal): Promise<{ items: MatchView[] }> {
    const caller = matchCallerOf(principal);
    const matches = await runInTenant(this.dataSource, { centreId: caller.centreId }, (manager) =>
      manager.find(Match, {
        where: {
          ...(query.status !== undefined ? { status: query.status } : {}),
          ...(query.volunteerId !== undefined ? { volunteerId: query.volunteerId.toLowerCase() } : {}),
          ...(query.vacancyId !== undefined ? { vacancyId: query.vacancyId.toLowerCase() } : {}),
          ...(query.mediationCaseId !== undefined ? { mediationCaseId: query.mediationCaseId.toLowerCase() } : {}),
          ...(query.before !== undefined ? { id: LessThan(query.before.toLowerCase()) } : {}),
          // Last, so a volunteer's or coordinator's own filter always wins over the query's.
          ...visibleMatches(caller),
        },
        order: { id: 'DESC' },
        take: query.limit ?? 20,
      }),
    );
    return { items: matches.map((match) => matchViewOf(match, { withEvaluation: caller.actor === 'consultant' })) };
  }

  @Get(':id')
  @Roles('consultant', 'volunteer', 'organisation-coordinator')
  async getMatch(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<MatchView> {
    const caller = matchCallerOf(principal);
    const match = await runInTenant(this.dataSource, { centreId: caller.centreId }, (manager) => findMatch(manager, caller, id));
    return matchViewOf(match, { withEvaluation: caller.actor === 'consultant' });
  }
}
