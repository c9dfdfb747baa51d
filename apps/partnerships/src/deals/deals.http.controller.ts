import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource, type EntityManager } from 'typeorm';
import { actorOf, type Actor } from '../shared/access.js';
import { NoBodyPipe } from '../shared/no-body.pipe.js';
import { ConfirmDealRequest, EstimateValueRequest, ListDealsQuery, MarkNotFeasibleRequest, PledgeDealRequest } from './deal.request.dto.js';
import { dealViewOf, type DealRow, type DealView } from './deal.view.js';
import { DealsHandler, findDealFor } from './deals.handler.js';

const PARTIES_AND_STAFF = ['business-contact', 'organisation-coordinator', 'centre-admin', 'consultant'] as const;

@ApiTags('deals')
@ApiBearerAuth()
@Controller('v1/deals')
export class DealsHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(DealsHandler) private readonly handler: DealsHandler,
  ) {}

  private inCentre(principal: Principal, work: (manager: EntityManager, actor: Actor) => Promise<DealRow>): Promise<DealView> {
    const actor = actorOf(principal);
    return runInTenant(this.dataSource, { centreId: actor.centreId }, (m) => work(m, actor)).then((row) =>
      dealViewOf(row, actor.kind === 'staff'),
    );
  }

  /** The organiser records a deal pledged at a Beursvloer (or made outside one). */
  @Post()
  @HttpCode(201)
  @Roles('centre-admin', 'consultant')
  pledgeDeal(@Body() request: PledgeDealRequest, @CurrentPrincipal() principal: Principal): Promise<DealView> {
    return this.inCentre(principal, (m, actor) => this.handler.pledgeDeal(m, actor, request));
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @Roles(...PARTIES_AND_STAFF)
  confirm(@Param('id') id: string, @Body() request: ConfirmDealRequest, @CurrentPrincipal() principal: Principal): Promise<DealView> {
    return this.inCentre(principal, (m, actor) => this.handler.confirm(m, actor, id, request.party));
  }

  @Post(':id/contact')
  @HttpCode(200)
  @Roles(...PARTIES_AND_STAFF)
  recordContact(@Param('id') id: string, @Body(NoBodyPipe) _body: unknown, @CurrentPrincipal() principal: Principal): Promise<DealView> {
    return this.inCentre(principal, (m, actor) => this.handler.transition(m, actor, id, 'record-contact'));
  }

  @Post(':id/carry-out')
  @HttpCode(200)
  @Roles(...PARTIES_AND_STAFF)
  carryOut(@Param('id') id: string, @Body(NoBodyPipe) _body: unknown, @CurrentPrincipal() principal: Principal): Promise<DealView> {
    return this.inCentre(principal, (m, actor) => this.handler.transition(m, actor, id, 'carry-out'));
  }

  @Post(':id/not-feasible')
  @HttpCode(200)
  @Roles(...PARTIES_AND_STAFF)
  markNotFeasible(
    @Param('id') id: string,
    @Body() request: MarkNotFeasibleRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DealView> {
    return this.inCentre(principal, (m, actor) => this.handler.transition(m, actor, id, 'mark-not-feasible', request.reason));
  }

  @Put(':id/value')
  @Roles('centre-admin', 'consultant')
  estimateValue(
    @Param('id') id: string,
    @Body() request: EstimateValueRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DealView> {
    return this.inCentre(principal, (m, actor) => this.handler.estimateValue(m, actor, id, request));
  }

  @Get(':id')
  @Roles(...PARTIES_AND_STAFF)
  getDeal(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<DealView> {
    return this.inCentre(principal, (m, actor) => findDealFor(m, actor, id));
  }

  /** Staff see the centre's ledger; a party sees its own deals. */
  @Get()
  @Roles(...PARTIES_AND_STAFF)
  async listDeals(@Query() query: ListDealsQuery, @CurrentPrincipal() principal: Principal): Promise<DealView[]> {
    const actor = actorOf(principal);
    const party =
      actor.kind === 'staff'
        ? { sql: '', params: [] }
        : actor.kind === 'organisation'
          ? { sql: 'AND d.organisation_id = $4', params: [actor.organisationId] }
          : { sql: 'AND b.contact_account = $4', params: [actor.account] };
    const rows = (await runInTenant(this.dataSource, { centreId: actor.centreId }, (m) =>
      m.query(
        `SELECT d.* FROM deal d JOIN business b ON b.id = d.business_id
          WHERE ($1::uuid IS NULL OR d.beursvloer_id = $1) AND ($2::text IS NULL OR d.status = $2) AND d.centre_id = $3 ${party.sql}
          ORDER BY d.pledged_at DESC, d.id LIMIT 1000`,
        [query.beursvloerId ?? null, query.status ?? null, actor.centreId, ...party.params],
      ),
    )) as DealRow[];
    return rows.map((row) => dealViewOf(row, actor.kind === 'staff'));
  }
}
