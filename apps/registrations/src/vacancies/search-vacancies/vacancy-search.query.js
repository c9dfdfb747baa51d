/**
 * Relevance is ranked exactly over a pool of the newest matches of this size; older matches follow
 * newest first. Ranking every match costs a read of every matching row: 40–100 ms for a common word
 * among 60,000 vacancies of one centre on the benchmark machine, against a 30 ms target; filling
 * the pool costs a read of the rows until it is full. A search with fewer matches than this (nearly
 * every search of a real centre) gets plain relevance order.
 */
export const RANKED_POOL_SIZE = 100;
const COLUMNS = `vacancy_id, centre_id, position::text AS position, organisation_id, organisation_name, kind, title,
  description, sector, skills, vog_required, minimum_age, dutch_level, suitable_for_students, suitable_for_newcomers,
  suitable_with_guidance, remote, postcode_area, activity_date::text AS activity_date, start_time::text AS start_time,
  end_time::text AS end_time, places, places_left, availability, hours_per_week, starts_on::text AS starts_on,
  ends_on::text AS ends_on, published_at`;
// Output names shadow input columns in ORDER BY, so the listing position is always qualified there.
/** Parameters in order, each added where it is used. */
class Parameters {
    constructor() {
        this.values = [];
    }
    add(value) {
        this.values.push(value);
        return `$${this.values.length}`;
    }
}
function conditionsOf(filters, parameters) {
    // Every condition uses plain comparisons on vacancy_listing's own columns, so indexes serve them.
    const conditions = [`centre_id = ${parameters.add(filters.centreId)}`, `(last_day IS NULL OR last_day >= ${parameters.add(filters.today)})`];
    if (filters.sector !== undefined)
        conditions.push(`sector = ${parameters.add(filters.sector)}`);
    if (filters.kind !== undefined)
        conditions.push(`kind = ${parameters.add(filters.kind)}`);
    if (filters.areas !== undefined)
        conditions.push(`(remote OR postcode_area = ANY(${parameters.add(filters.areas)}::text[]))`);
    if (filters.dateFrom !== undefined)
        conditions.push(`kind = 'one-off'`, `activity_date >= ${parameters.add(filters.dateFrom)}`);
    if (filters.dateTo !== undefined)
        conditions.push(`kind = 'one-off'`, `activity_date <= ${parameters.add(filters.dateTo)}`);
    if (filters.students)
        conditions.push('suitable_for_students');
    if (filters.newcomersWithoutDutch)
        conditions.push('suitable_for_newcomers');
    if (filters.needsGuidance)
        conditions.push('suitable_with_guidance');
    return conditions;
}
/**
 * One page of published, public vacancies of the centre: newest first, or for a text search the
 * ranked pool and then older matches. Each result appears exactly once across the pages of one
 * search, in a stable order (listing positions are unique and never reused).
 */
export async function searchVacancies(manager, filters, limit, cursor, poolSize = RANKED_POOL_SIZE) {
    if (filters.q === undefined) {
        const rows = await newestMatches(manager, filters, limit + 1, cursor?.position);
        return pageOf(rows, limit, (last) => ({ stage: 'newest', position: last.position }));
    }
    if (cursor?.stage !== 'older') {
        const ranked = await rankedPool(manager, filters, limit + 1, poolSize, cursor?.stage === 'ranked' ? cursor : undefined);
        if (ranked.rows.length > limit || !ranked.poolFull) {
            return pageOf(ranked.rows, limit, (last) => ({
                stage: 'ranked',
                top: ranked.top,
                bottom: ranked.bottom,
                rank: last.rank,
                position: last.position,
            }));
        }
        // The pool ends on this page; older matches fill it up.
        const older = await newestMatches(manager, filters, limit + 1 - ranked.rows.length, ranked.bottom);
        return pageOf([...ranked.rows, ...older], limit, (last) => last.rank === null ? { stage: 'older', position: last.position } : { stage: 'older', position: ranked.bottom });
    }
    const rows = await newestMatches(manager, filters, limit + 1, cursor.position);
    return pageOf(rows, limit, (last) => ({ stage: 'older', position: last.position }));
}
function pageOf(rows, limit, cursorAfter) {
    if (rows.length <= limit)
        return { rows };
    const page = rows.slice(0, limit);
    return { rows: page, next: cursorAfter(page.at(-1)) };
}
/** Matches (of the text, when there is one) below listing position `below`, newest first. */
async function newestMatches(manager, filters, count, below) {
    const parameters = new Parameters();
    const conditions = conditionsOf(filters, parameters);
    if (filters.q !== undefined)
        conditions.push(`search_vector @@ websearch_to_tsquery('dutch', ${parameters.add(filters.q)})`);
    if (below !== undefined)
        conditions.push(`vacancy_listing.position < ${parameters.add(below)}::bigint`);
    return manager.query(`SELECT ${COLUMNS}, NULL AS rank FROM vacancy_listing
      WHERE ${conditions.join(' AND ')}
      ORDER BY vacancy_listing.position DESC
      LIMIT ${parameters.add(count)}`, parameters.values);
}
/**
 * The pool: on the first page the newest `poolSize` matches; on later pages the matches
 * between the first page's `bottom` and `top` positions, the same set (listing positions only
 * grow), so relevance order stays put while paging.
 */
async function rankedPool(manager, filters, count, poolSize, after) {
    const parameters = new Parameters();
    const conditions = conditionsOf(filters, parameters);
    const query = parameters.add(filters.q);
    conditions.push('search_vector @@ query');
    let pool;
    let continuation = '';
    if (after) {
        conditions.push(`vacancy_listing.position BETWEEN ${parameters.add(after.bottom)}::bigint AND ${parameters.add(after.top)}::bigint`);
        pool = '';
        continuation = `WHERE (relevance, listed) < (${parameters.add(after.rank)}::real, ${parameters.add(after.position)}::bigint)`;
    }
    else {
        pool = `ORDER BY vacancy_listing.position DESC LIMIT ${parameters.add(poolSize)}`;
    }
    const rows = await manager.query(`WITH pool AS MATERIALIZED (
       SELECT ${COLUMNS}, vacancy_listing.position AS listed, ts_rank_cd(search_vector, query) AS relevance
         FROM vacancy_listing, websearch_to_tsquery('dutch', ${query}) AS query
        WHERE ${conditions.join(' AND ')}
        ${pool}
     ),
     extent AS (SELECT count(*)::text AS pool_size, max(listed)::text AS pool_top, min(listed)::text AS pool_bottom FROM pool)
     SELECT page.*, extent.*
       FROM extent LEFT JOIN LATERAL (
         SELECT pool.*, relevance::text AS rank FROM pool ${continuation}
          ORDER BY relevance DESC, listed DESC
          LIMIT ${parameters.add(count)}
       ) AS page ON true`, parameters.values);
    const extent = rows[0];
    return {
        rows: rows.filter((row) => row.vacancy_id !== null),
        top: after?.top ?? extent?.pool_top ?? '0',
        bottom: after?.bottom ?? extent?.pool_bottom ?? '0',
        poolFull: after !== undefined || Number(extent?.pool_size ?? 0) >= poolSize,
    };
}
//# sourceMappingURL=vacancy-search.query.js.map