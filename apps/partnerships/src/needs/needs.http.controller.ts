import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { actorOf, readScopeOf } from '../shared/access.js';
import { IsUuid } from '../shared/request-validation.js';
import { PublishNeedRequest } from './need.request.dto.js';
import { NEED_SELECT, needViewOf, type NeedRow, type NeedView } from './need.view.js';
import { NeedsHandler } from './needs.handler.js';

export class ListNeedsQuery {
  @IsOptional()
  @IsUuid()
  organisationId?: string;
}

@ApiTags('needs')
@ApiBearerAuth()
@Controller('v1/needs')
export class NeedsHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(NeedsHandler) private readonly handler: NeedsHandler,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('organisation-coordinator', 'centre-admin', 'consultant')
  async publishNeed(@Body() request: PublishNeedRequest, @CurrentPrincipal() principal: Principal): Promise<NeedView> {
    const actor = actorOf(principal);
    return needViewOf(await runInTenant(this.dataSource, { centreId: actor.centreId }, (m) => this.handler.publishNeed(m, actor, request)));
  }

  /** Needs hold no personal data: everyone of the centre who takes part in Beursvloeren may read them. */
  @Get()
  @Roles('business-contact', 'organisation-coordinator', 'centre-admin', 'consultant', 'consortium-admin')
  async listNeeds(@Query() query: ListNeedsQuery, @CurrentPrincipal() principal: Principal): Promise<NeedView[]> {
    const rows = await runInTenant(this.dataSource, readScopeOf(principal), (m) =>
      m.query(`${NEED_SELECT} WHERE ($1::uuid IS NULL OR n.organisation_id = $1) ORDER BY n.created_at DESC, n.id LIMIT 500`, [
        query.organisationId ?? null,
      ]),
    );
    return (rows as NeedRow[]).map(needViewOf);
  }
}
