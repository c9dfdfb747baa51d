import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { readScopeOf } from '../shared/access.js';
import { dateOrNull } from '../shared/amsterdam-date.js';
import { IsDateText, IsNotBefore, IsUuid } from '../shared/request-validation.js';
import { summariseDeals, type DealResults, type LedgerEntry } from './summarise-deals.js';

export class ResultsQuery {
  @IsOptional()
  @IsDateText()
  from?: string;

  @IsOptional()
  @IsDateText()
  @IsNotBefore('from')
  to?: string;

  @IsOptional()
  @IsUuid()
  beursvloerId?: string;
}

export interface ResultsView {
  /** The caller's centre; null for a consortium-wide view. */
  centreId: string | null;
  period: { from: string | null; to: string | null };
  beursvloerId: string | null;
  totals: DealResults;
  perBeursvloer: Array<{ beursvloerId: string | null; name: string | null; date: string | null } & DealResults>;
  /** One entry for a centre's caller; every centre with deals for a consortium-wide view. */
  perCentre: Array<{ centreId: string; name: string | null } & DealResults>;
}

interface LedgerRow {
  centre_id: string;
  centre_name: string | null;
  status: LedgerEntry['status'];
  was_ratified: boolean;
  business_id: string;
  employee_hours: string | null;
  estimated_value_eur: number | null;
  beursvloer_id: string | null;
  beursvloer_name: string | null;
  beursvloer_date: string | Date | null;
}

const toEntry = (row: LedgerRow): LedgerEntry => ({
  status: row.status,
  wasRatified: row.was_ratified,
  businessId: row.business_id,
  employeeHours: row.employee_hours === null ? null : Number(row.employee_hours),
  estimatedValueEur: row.estimated_value_eur,
});

/**
 * Results for the municipality's report, computed from the deal ledger on every request (a
 * centre's ledger is hundreds of deals, not millions). A deal counts on the day of its
 * Beursvloer, or on the day it was pledged when made outside one.
 */
@ApiTags('results')
@ApiBearerAuth()
@Controller('v1/results')
export class ResultsHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Roles('centre-admin', 'consultant', 'municipality-viewer', 'consortium-admin')
  async results(@Query() query: ResultsQuery, @CurrentPrincipal() principal: Principal): Promise<ResultsView> {
    const scope = readScopeOf(principal);
    const rows = (await runInTenant(this.dataSource, scope, (m) =>
      m.query(
        `SELECT d.centre_id, c.name AS centre_name, d.status, d.ratified_at IS NOT NULL AS was_ratified, d.business_id, d.employee_hours, d.estimated_value_eur,
                d.beursvloer_id, b.name AS beursvloer_name, b.date AS beursvloer_date
           FROM deal d LEFT JOIN beursvloer b ON b.id = d.beursvloer_id LEFT JOIN centre c ON c.id = d.centre_id
          WHERE ($1::date IS NULL OR coalesce(b.date, (d.pledged_at AT TIME ZONE 'Europe/Amsterdam')::date) >= $1)
            AND ($2::date IS NULL OR coalesce(b.date, (d.pledged_at AT TIME ZONE 'Europe/Amsterdam')::date) <= $2)
            AND ($3::uuid IS NULL OR d.beursvloer_id = $3)
          ORDER BY b.date NULLS LAST, d.beursvloer_id`,
        [query.from ?? null, query.to ?? null, query.beursvloerId ?? null],
      ),
    )) as LedgerRow[];
    const groupBy = (key: (row: LedgerRow) => string) => {
      const groups = new Map<string, LedgerRow[]>();
      for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
      return [...groups.values()];
    };
    return {
      centreId: 'centreId' in scope ? scope.centreId : null,
      period: { from: query.from ?? null, to: query.to ?? null },
      beursvloerId: query.beursvloerId ?? null,
      totals: summariseDeals(rows.map(toEntry)),
      perBeursvloer: groupBy((row) => row.beursvloer_id ?? '').map((group) => ({
        beursvloerId: group[0]!.beursvloer_id,
        name: group[0]!.beursvloer_name,
        date: dateOrNull(group[0]!.beursvloer_date),
        ...summariseDeals(group.map(toEntry)),
      })),
      perCentre: groupBy((row) => row.centre_id)
        .map((group) => ({ centreId: group[0]!.centre_id, name: group[0]!.centre_name, ...summariseDeals(group.map(toEntry)) }))
        .sort((a, b) => a.centreId.localeCompare(b.centreId)),
    };
  }
}
