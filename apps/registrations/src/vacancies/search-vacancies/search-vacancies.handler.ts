import { Inject, Injectable } from '@nestjs/common';
import { NotFoundProblem, runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { todayInAmsterdam } from '../vacancy-values.js';
import type { Pc4Centroids } from '@vc/geo';
import { PC4_CENTROIDS } from './pc4-centroids.token.js';
import { publicVacancyOf, type PublicVacancy } from './public-vacancy.view.js';
import { decodeSearchCursor, encodeSearchCursor, searchFingerprint } from './search-cursor.js';
import { DEFAULT_SEARCH_PAGE, DEFAULT_WITHIN_KM, type SearchVacanciesRequest } from './search-vacancies.request.dto.js';
import { searchVacancies, type SearchFilters } from './vacancy-search.query.js';

export interface NearFilter {
  /** The four digits of the postcode searched from. */
  postcodeArea: string;
  withinKm: number;
  /** False when the postcode is not in the centroid data: then the results are not filtered by distance. */
  applied: boolean;
  note: string | null;
}

export interface VacancySearchResults {
  items: PublicVacancy[];
  /** Pass as `cursor` (with the same filters) for the next page; null on the last page. */
  nextCursor: string | null;
  /** What `near` did; null when the search had no `near`. */
  near: NearFilter | null;
}

@Injectable()
export class SearchVacanciesHandler {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PC4_CENTROIDS) private readonly centroids: Pc4Centroids,
  ) {}

  /**
   * Published vacancies of the centre's verified organisations, help requests never: the public
   * vacancy bank.
   *
   * The listing it reads holds only what this endpoint shows anyone, has no tenant policy (see its
   * migration) and is filtered on the centre explicitly, so it is read in one statement outside a
   * tenant transaction: runInTenant's BEGIN, settings and COMMIT would add three round trips to
   * every search, which cost a third of the throughput and some 10 ms of p99 on the benchmark
   * machine. The centre itself is tenant data and is looked up in its own scope.
   */
  async searchVacancies(centreId: string, request: SearchVacanciesRequest, today = todayInAmsterdam()): Promise<VacancySearchResults> {
    const limit = request.limit ?? DEFAULT_SEARCH_PAGE;
    const { near, origin, areas } = this.nearFilterOf(request);
    const filters: SearchFilters = {
      centreId,
      today,
      q: request.q,
      sector: request.sector,
      kind: request.kind,
      areas,
      dateFrom: request.dateFrom,
      dateTo: request.dateTo,
      students: request.students,
      newcomersWithoutDutch: request.newcomersWithoutDutch,
      needsGuidance: request.needsGuidance,
    };
    // Bound to the filters, not to `today` or the areas derived from them: a page turned after midnight still continues.
    const fingerprint = searchFingerprint({ ...filters, today: undefined, areas: undefined, near: request.near, withinKm: near?.withinKm });
    const cursor = request.cursor === undefined ? undefined : decodeSearchCursor(request.cursor, fingerprint);
    const page = await searchVacancies(this.dataSource.manager, filters, limit, cursor);
    // Only a centre that exists has listed vacancies, so an empty page is the only one that needs to ask.
    if (page.rows.length === 0) await this.assertCentreExists(centreId);
    return {
      items: page.rows.map((row) => publicVacancyOf(row, this.centroids, origin)),
      nextCursor: page.next ? encodeSearchCursor(page.next, fingerprint) : null,
      near,
    };
  }

  private async assertCentreExists(centreId: string): Promise<void> {
    const [centre] = await runInTenant(this.dataSource, { centreId }, (manager) => manager.query(`SELECT 1 FROM centre WHERE id = $1`, [centreId]));
    if (!centre) throw new NotFoundProblem('centre', centreId);
  }

  private nearFilterOf(request: SearchVacanciesRequest) {
    if (request.near === undefined) return { near: null, origin: undefined, areas: undefined };
    const postcodeArea = request.near.slice(0, 4);
    const withinKm = request.withinKm ?? DEFAULT_WITHIN_KM;
    const origin = this.centroids.centroidOf(postcodeArea);
    if (!origin) {
      const note = `Postcode area ${postcodeArea} is unknown, so the results are not filtered by distance`;
      return { near: { postcodeArea, withinKm, applied: false, note }, origin: undefined, areas: undefined };
    }
    return { near: { postcodeArea, withinKm, applied: true, note: null }, origin, areas: this.centroids.areasWithin(origin, withinKm) };
  }
}
