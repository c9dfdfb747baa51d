import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { distanceKm, type Pc4Centroids } from '@vc/geo';
import { CurrentPrincipal, Roles, runInTenant, ValidationProblem, type Principal } from '@vc/service-kit';
import { IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { OFFER_SELECT, type OfferRow } from '../businesses/business.view.js';
import { NEED_SELECT, type NeedRow } from '../needs/need.view.js';
import { PC4_CENTROIDS } from '../partnerships-infrastructure.module.js';
import { readScopeOf } from '../shared/access.js';
import { dateInAmsterdam, dateOrNull } from '../shared/amsterdam-date.js';
import { findRow } from '../shared/problems.js';
import { IsUuid } from '../shared/request-validation.js';
import { rankSuggestions, type NeedForSuggestion, type OfferForSuggestion, type Suggestion } from './suggest.js';

export class SuggestionsQuery {
  @IsOptional()
  @IsUuid()
  needId?: string;

  @IsOptional()
  @IsUuid()
  offerId?: string;
}

const offerInput = (row: OfferRow): OfferForSuggestion => ({
  id: row.id,
  category: row.category,
  skills: row.skills,
  sector: row.business_sector!,
  postcodeArea: row.business_postcode_area ?? null,
  availableFrom: dateOrNull(row.available_from),
  availableUntil: dateOrNull(row.available_until),
});

const needInput = (row: NeedRow): NeedForSuggestion => ({
  id: row.id,
  category: row.category,
  skills: row.skills,
  sector: row.organisation_sector!,
  postcodeArea: row.organisation_postcode_area ?? null,
  neededBy: dateOrNull(row.needed_by),
});

@ApiTags('suggestions')
@ApiBearerAuth()
@Controller('v1/suggestions')
export class SuggestionsHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PC4_CENTROIDS) private readonly centroids: Pc4Centroids,
  ) {}

  /** Offers that could meet a need (`needId`), or needs an offer could meet (`offerId`), with why. */
  @Get()
  @Roles('business-contact', 'organisation-coordinator', 'centre-admin', 'consultant')
  async suggest(@Query() query: SuggestionsQuery, @CurrentPrincipal() principal: Principal): Promise<Suggestion[]> {
    if ((query.needId === undefined) === (query.offerId === undefined)) {
      throw new ValidationProblem([{ field: 'needId', messages: ['give exactly one of needId and offerId'] }]);
    }
    const distance = (from: string, to: string) => {
      const [a, b] = [this.centroids.centroidOf(from), this.centroids.centroidOf(to)];
      return a && b ? distanceKm(a, b) : undefined;
    };
    const today = dateInAmsterdam();
    return runInTenant(this.dataSource, readScopeOf(principal), async (m) => {
      if (query.needId !== undefined) {
        const need = await findRow<NeedRow>(m, 'need', `(${NEED_SELECT}) AS n`, query.needId);
        const offers = (await m.query(`${OFFER_SELECT} WHERE o.category = $1`, [need.category])) as OfferRow[];
        return rankSuggestions(offers.map((o) => [offerInput(o), needInput(need)]), distance, today);
      }
      const offer = await findRow<OfferRow>(m, 'offer', `(${OFFER_SELECT}) AS o`, query.offerId!);
      const needs = (await m.query(`${NEED_SELECT} WHERE n.category = $1`, [offer.category])) as NeedRow[];
      return rankSuggestions(needs.map((n) => [offerInput(offer), needInput(n)]), distance, today);
    });
  }
}
