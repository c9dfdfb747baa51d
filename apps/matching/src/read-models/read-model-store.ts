import { CONSORTIUM_SETTING } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import type { CentreRecord, OrganisationRecord, ReadModelChange, VacancyRecord, VolunteerRecord } from './read-model-change.js';

type Query = (sql: string, parameters?: unknown[]) => Promise<unknown>;

const VOLUNTEER_COLUMNS = [
  'volunteer_id', 'centre_id', 'region_id', 'status', 'paused_until', 'skills', 'interests', 'availability',
  'hours_per_week', 'postcode_area', 'travel_radius_km', 'languages', 'dutch_level', 'age_band', 'vog_valid_until',
  'is_student', 'needs_guidance', 'last_event_id', 'last_event_at',
] as const;

const VACANCY_COLUMNS = [
  'vacancy_id', 'organisation_id', 'centre_id', 'region_id', 'kind', 'status', 'title', 'sector', 'skills', 'vog_required',
  'minimum_age', 'dutch_level', 'suitable_for_students', 'suitable_for_newcomers', 'suitable_with_guidance', 'remote',
  'postcode_area', 'activity_date', 'start_time', 'end_time', 'places', 'places_left', 'availability', 'hours_per_week',
  'starts_on', 'ends_on', 'last_event_id', 'last_event_at',
] as const;

const ORGANISATION_COLUMNS = [
  'organisation_id', 'centre_id', 'region_id', 'name', 'sector', 'postcode_area', 'status', 'last_event_id', 'last_event_at',
] as const;

const CENTRE_COLUMNS = ['centre_id', 'region_id', 'name', 'municipalities', 'shares_vacancies', 'last_event_id', 'last_event_at'] as const;

function upsertSql(table: string, columns: readonly string[], key: string, overrides: Record<string, string> = {}): string {
  const placeholders = columns.map((_, i) => `$${i + 1}`).join(', ');
  const updates = columns
    .filter((c) => c !== key)
    .map((c) => `${c} = ${overrides[c] ?? `EXCLUDED.${c}`}`)
    .join(', ');
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders}) ON CONFLICT (${key}) DO UPDATE SET ${updates}`;
}

const volunteerValues = (r: VolunteerRecord): unknown[] => [
  r.volunteerId, r.centreId, r.regionId, r.status, r.pausedUntil, r.skills, r.interests, r.availability, r.hoursPerWeek,
  r.postcodeArea, r.travelRadiusKm, r.languages, r.dutchLevel, r.ageBand, r.vogValidUntil, r.isStudent, r.needsGuidance,
  r.lastEventId, r.lastEventAt,
];

const vacancyValues = (r: VacancyRecord): unknown[] => [
  r.vacancyId, r.organisationId, r.centreId, r.regionId, r.kind, r.status, r.title, r.sector, r.skills, r.vogRequired,
  r.minimumAge, r.dutchLevel, r.suitableForStudents, r.suitableForNewcomers, r.suitableWithGuidance, r.remote,
  r.postcodeArea, r.activityDate, r.startTime, r.endTime, r.places, r.placesLeft, r.availability, r.hoursPerWeek,
  r.startsOn, r.endsOn, r.lastEventId, r.lastEventAt,
];

const organisationValues = (r: OrganisationRecord): unknown[] => [
  r.organisationId, r.centreId, r.regionId, r.name, r.sector, r.postcodeArea, r.status, r.lastEventId, r.lastEventAt,
];

const centreValues = (r: CentreRecord): unknown[] => [
  r.centreId, r.regionId, r.name, r.municipalities, r.sharesVacancies, r.lastEventId, r.lastEventAt,
];

/**
 * Writes read-model changes as SQL. `schema` is `public` for the live tables and another schema
 * when the rebuild command replays the topics into fresh tables.
 */
export class ReadModelStore {
  private readonly sql;

  constructor(readonly schema = 'public') {
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Schema "${schema}" must be a lower-case SQL identifier`);
    const t = (table: string) => `${schema}.${table}`;
    this.sql = {
      // An update while paused keeps the pause's end date; any other status has none.
      volunteerUpsertKeepPause: upsertSql(t('volunteer'), VOLUNTEER_COLUMNS, 'volunteer_id', {
        paused_until: `CASE WHEN EXCLUDED.status = 'paused' THEN ${t('volunteer')}.paused_until END`,
      }),
      volunteerUpsert: upsertSql(t('volunteer'), VOLUNTEER_COLUMNS, 'volunteer_id'),
      volunteerStatus: `UPDATE ${t('volunteer')} SET status = $2, paused_until = $3, last_event_id = $4, last_event_at = $5 WHERE volunteer_id = $1`,
      volunteerErase: `DELETE FROM ${t('volunteer')} WHERE volunteer_id = $1`,
      erasedCount: `INSERT INTO ${t('erased_volunteer_count')} (centre_id, region_id, erased) VALUES ($1, $2, 1)
                    ON CONFLICT (centre_id) DO UPDATE SET erased = ${t('erased_volunteer_count')}.erased + 1`,
      vacancyUpsert: upsertSql(t('vacancy'), VACANCY_COLUMNS, 'vacancy_id'),
      organisationUpsert: upsertSql(t('organisation'), ORGANISATION_COLUMNS, 'organisation_id'),
      centreUpsert: upsertSql(t('centre'), CENTRE_COLUMNS, 'centre_id'),
    };
  }

  /**
   * Applies changes in order, writing runs of whole-row upserts of distinct rows as one
   * multi-row statement (a chunk of events then costs a few round trips instead of one each).
   */
  async applyAll(query: Query, changes: readonly ReadModelChange[]): Promise<void> {
    let run: ReadModelChange[] = [];
    const flush = async () => {
      if (run.length === 1) await this.apply(query, run[0]!);
      else if (run.length > 1) await this.upsertMany(query, run);
      run = [];
    };
    const runKey = (c: ReadModelChange) => (c.kind === 'volunteer-upsert' ? `v${c.keepPause}` : c.kind === 'vacancy-upsert' ? 'vacancy' : null);
    const idOf = (c: ReadModelChange) => (c.kind === 'volunteer-upsert' ? c.record.volunteerId : c.kind === 'vacancy-upsert' ? c.record.vacancyId : '');
    const inRun = new Set<string>();
    for (const change of changes) {
      const key = runKey(change);
      // A row may appear once per statement (ON CONFLICT cannot update it twice), and order matters.
      if (key === null || (run.length > 0 && (runKey(run[0]!) !== key || inRun.has(idOf(change))))) {
        await flush();
        inRun.clear();
      }
      if (key === null) {
        await this.apply(query, change);
        continue;
      }
      run.push(change);
      inRun.add(idOf(change));
    }
    await flush();
  }

  private async upsertMany(query: Query, run: ReadModelChange[]): Promise<void> {
    const first = run[0]!;
    const [sql, columns, values] =
      first.kind === 'volunteer-upsert'
        ? [first.keepPause ? this.sql.volunteerUpsertKeepPause : this.sql.volunteerUpsert, VOLUNTEER_COLUMNS.length, run.map((c) => volunteerValues((c as typeof first).record))]
        : [this.sql.vacancyUpsert, VACANCY_COLUMNS.length, run.map((c) => vacancyValues((c as Extract<ReadModelChange, { kind: 'vacancy-upsert' }>).record))];
    const rows = values.map((_, r) => `(${Array.from({ length: columns }, (_, c) => `$${r * columns + c + 1}`).join(', ')})`);
    await query(sql.replace(/VALUES \([^)]*\)/, `VALUES ${rows.join(', ')}`), values.flat());
  }

  async apply(query: Query, change: ReadModelChange): Promise<void> {
    switch (change.kind) {
      case 'volunteer-upsert':
        await query(change.keepPause ? this.sql.volunteerUpsertKeepPause : this.sql.volunteerUpsert, volunteerValues(change.record));
        return;
      case 'volunteer-status':
        await query(this.sql.volunteerStatus, [change.volunteerId, change.status, change.pausedUntil, change.lastEventId, change.lastEventAt]);
        return;
      case 'volunteer-erase':
        // Counted whether or not a row was there: the person was erased either way.
        await query(this.sql.volunteerErase, [change.volunteerId]);
        await query(this.sql.erasedCount, [change.centreId, change.regionId]);
        return;
      case 'vacancy-upsert':
        await query(this.sql.vacancyUpsert, vacancyValues(change.record));
        return;
      case 'organisation-upsert':
        await query(this.sql.organisationUpsert, organisationValues(change.record));
        return;
      case 'centre-upsert':
        await query(this.sql.centreUpsert, centreValues(change.record));
        return;
    }
  }
}

const consortiumWide = new WeakSet<EntityManager>();

/**
 * The consumer applies events of every centre, which row-level security allows only when the
 * transaction says so explicitly; once per transaction (a chunk of events shares one).
 */
export async function actConsortiumWide(manager: EntityManager): Promise<void> {
  if (consortiumWide.has(manager)) return;
  await manager.query(`SELECT set_config('${CONSORTIUM_SETTING}', 'on', true)`);
  consortiumWide.add(manager);
}
