import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource, type EntityManager } from 'typeorm';
import { NEED_SELECT, needViewOf, type NeedRow, type NeedView } from '../needs/need.view.js';
import { OFFER_SELECT, offerViewOf, type OfferRow, type OfferView } from '../businesses/business.view.js';
import { centreOf, readScopeOf } from '../shared/access.js';
import { dateOrNull } from '../shared/amsterdam-date.js';
import { findRow } from '../shared/problems.js';
import { ScheduleBeursvloerRequest, UpdateBoardRequest } from './beursvloer.request.dto.js';
import { BeursvloerenHandler, type BeursvloerRow } from './beursvloeren.handler.js';

export interface BeursvloerView {
  id: string;
  centreId: string;
  name: string;
  date: string;
  place: string;
  postcodeArea: string | null;
  businesses: Array<{ id: string; name: string }>;
  organisations: Array<{ id: string; name: string }>;
  board: { offers: OfferView[]; needs: NeedView[] };
}

const READERS = ['business-contact', 'organisation-coordinator', 'centre-admin', 'consultant', 'consortium-admin'] as const;

@ApiTags('beursvloeren')
@ApiBearerAuth()
@Controller('v1/beursvloeren')
export class BeursvloerenHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(BeursvloerenHandler) private readonly handler: BeursvloerenHandler,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('centre-admin', 'consultant')
  async schedule(@Body() request: ScheduleBeursvloerRequest, @CurrentPrincipal() principal: Principal): Promise<BeursvloerView> {
    const centreId = centreOf(principal);
    return runInTenant(this.dataSource, { centreId }, async (m) => viewOf(m, await this.handler.schedule(m, centreId, request)));
  }

  @Post(':id/board')
  @HttpCode(200)
  @Roles('centre-admin', 'consultant')
  async updateBoard(
    @Param('id') id: string,
    @Body() request: UpdateBoardRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BeursvloerView> {
    const centreId = centreOf(principal);
    return runInTenant(this.dataSource, { centreId }, async (m) => viewOf(m, await this.handler.updateBoard(m, centreId, id, request)));
  }

  @Get()
  @Roles(...READERS)
  async list(@CurrentPrincipal() principal: Principal): Promise<Array<Omit<BeursvloerView, 'board' | 'businesses' | 'organisations'>>> {
    const rows = (await runInTenant(this.dataSource, readScopeOf(principal), (m) =>
      m.query(`SELECT * FROM beursvloer ORDER BY date DESC, id LIMIT 500`),
    )) as BeursvloerRow[];
    return rows.map((row) => ({
      id: row.id,
      centreId: row.centre_id,
      name: row.name,
      date: dateOrNull(row.date)!,
      place: row.place,
      postcodeArea: row.postcode_area,
    }));
  }

  @Get(':id')
  @Roles(...READERS)
  async get(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<BeursvloerView> {
    return runInTenant(this.dataSource, readScopeOf(principal), async (m) =>
      viewOf(m, await findRow<BeursvloerRow>(m, 'beursvloer', 'beursvloer', id)),
    );
  }
}

async function viewOf(manager: EntityManager, row: BeursvloerRow): Promise<BeursvloerView> {
  const names = async (table: string, ids: string[]) =>
    (await manager.query(`SELECT id, name FROM ${table} WHERE id = ANY($1::uuid[]) ORDER BY name, id`, [ids])) as Array<{ id: string; name: string }>;
  const offers = (await manager.query(`${OFFER_SELECT} WHERE o.id = ANY($1::uuid[]) ORDER BY o.created_at, o.id`, [row.offer_ids])) as OfferRow[];
  const needs = (await manager.query(`${NEED_SELECT} WHERE n.id = ANY($1::uuid[]) ORDER BY n.created_at, n.id`, [row.need_ids])) as NeedRow[];
  return {
    id: row.id,
    centreId: row.centre_id,
    name: row.name,
    date: dateOrNull(row.date)!,
    place: row.place,
    postcodeArea: row.postcode_area,
    businesses: await names('business', row.business_ids),
    organisations: await names('organisation', row.organisation_ids),
    board: { offers: offers.map(offerViewOf), needs: needs.map(needViewOf) },
  };
}
