import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource, type EntityManager } from 'typeorm';
import { centreOf, readScopeOf } from '../shared/access.js';
import { NoBodyPipe } from '../shared/no-body.pipe.js';
import { dateOrNull } from '../shared/amsterdam-date.js';
import { findRow } from '../shared/problems.js';
import { OpenCampaignRequest } from './campaign.request.dto.js';
import { CampaignsHandler, type CampaignRow } from './campaigns.handler.js';

export interface CampaignActivityView {
  vacancyId: string;
  organisationId: string;
  organisationName: string | null;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  placesWanted: number;
  /** Places still open as the organisation last reported them to registrations (placesLeft); null when not reported. */
  placesLeftReported: number | null;
  /** Volunteers who have one of its places, as matching reports sign-ups and accepted matches. */
  signedUp: number;
  status: string;
}

export interface CampaignView {
  id: string;
  centreId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  status: 'open' | 'closed';
  deadlines: Array<{ label: string; date: string }>;
  closedAt: string | null;
}

export interface CampaignDetailView extends CampaignView {
  activities: CampaignActivityView[];
  totals: {
    activities: number;
    placesWanted: number;
    /** Places taken across the campaign's activities (matching's accepted, started and ended matches). */
    signedUp: number;
  };
}

const viewOf = (row: CampaignRow): CampaignView => ({
  id: row.id,
  centreId: row.centre_id,
  name: row.name,
  startsOn: dateOrNull(row.starts_on)!,
  endsOn: dateOrNull(row.ends_on)!,
  status: row.status,
  deadlines: row.deadlines,
  closedAt: row.closed_at?.toISOString() ?? null,
});

interface ActivityRow {
  vacancy_id: string;
  organisation_id: string;
  organisation_name: string | null;
  title: string;
  activity_date: string | Date;
  start_time: string;
  end_time: string;
  places: number;
  places_left: number | null;
  signed_up: number;
  status: string;
}

/** One-off activities of the campaign's centre on its days; closed ones (withdrawn) do not take part. */
async function detailOf(manager: EntityManager, row: CampaignRow): Promise<CampaignDetailView> {
  const activities = (await manager.query(
    `SELECT a.*, g.name AS organisation_name,
            (SELECT count(*)::int FROM activity_sign_up s WHERE s.vacancy_id = a.vacancy_id AND s.takes_place) AS signed_up
       FROM one_off_activity a LEFT JOIN organisation g ON g.id = a.organisation_id
      WHERE a.centre_id = $1 AND a.activity_date BETWEEN $2 AND $3 AND a.status <> 'closed'
      ORDER BY a.activity_date, a.start_time, a.vacancy_id`,
    [row.centre_id, row.starts_on, row.ends_on],
  )) as ActivityRow[];
  const views: CampaignActivityView[] = activities.map((a) => ({
    vacancyId: a.vacancy_id,
    organisationId: a.organisation_id,
    organisationName: a.organisation_name,
    title: a.title,
    date: dateOrNull(a.activity_date)!,
    startTime: a.start_time,
    endTime: a.end_time,
    placesWanted: a.places,
    placesLeftReported: a.places_left,
    signedUp: a.signed_up,
    status: a.status,
  }));
  return {
    ...viewOf(row),
    activities: views,
    totals: { activities: views.length, placesWanted: views.reduce((sum, a) => sum + a.placesWanted, 0), signedUp: views.reduce((sum, a) => sum + a.signedUp, 0) },
  };
}

const READERS = ['business-contact', 'organisation-coordinator', 'centre-admin', 'consultant', 'consortium-admin', 'municipality-viewer'] as const;

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('v1/campaigns')
export class CampaignsHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CampaignsHandler) private readonly handler: CampaignsHandler,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('centre-admin', 'consultant')
  async open(@Body() request: OpenCampaignRequest, @CurrentPrincipal() principal: Principal): Promise<CampaignView> {
    const centreId = centreOf(principal);
    return viewOf(await runInTenant(this.dataSource, { centreId }, (m) => this.handler.open(m, centreId, request)));
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('centre-admin', 'consultant')
  async close(@Param('id') id: string, @Body(NoBodyPipe) _body: unknown, @CurrentPrincipal() principal: Principal): Promise<CampaignView> {
    const centreId = centreOf(principal);
    return viewOf(await runInTenant(this.dataSource, { centreId }, (m) => this.handler.close(m, centreId, id)));
  }

  @Get()
  @Roles(...READERS)
  async list(@CurrentPrincipal() principal: Principal): Promise<CampaignView[]> {
    const rows = (await runInTenant(this.dataSource, readScopeOf(principal), (m) =>
      m.query(`SELECT * FROM campaign ORDER BY starts_on DESC, id LIMIT 200`),
    )) as CampaignRow[];
    return rows.map(viewOf);
  }

  @Get(':id')
  @Roles(...READERS)
  async get(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<CampaignDetailView> {
    return runInTenant(this.dataSource, readScopeOf(principal), async (m) => detailOf(m, await findRow<CampaignRow>(m, 'campaign', 'campaign', id)));
  }
}
