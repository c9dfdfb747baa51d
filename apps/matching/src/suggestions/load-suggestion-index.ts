import { CONSORTIUM_SETTING } from '@vc/service-kit';
import type { DataSource } from 'typeorm';
import type { CentreRecord, OrganisationRecord, VacancyRecord, VolunteerRecord } from '../read-models/read-model-change.js';
import { cursorAtSnapshot, type ChangeFeedCursor } from './change-feed/change-feed-cursor.js';
import type { SuggestionIndex } from './suggestion-index.js';

const VOLUNTEER_SELECT = `SELECT volunteer_id AS "volunteerId", centre_id AS "centreId", region_id AS "regionId", status,
  paused_until AS "pausedUntil", skills, interests, availability, hours_per_week AS "hoursPerWeek",
  postcode_area AS "postcodeArea", travel_radius_km AS "travelRadiusKm", languages, dutch_level AS "dutchLevel",
  age_band AS "ageBand", vog_valid_until AS "vogValidUntil", is_student AS "isStudent", needs_guidance AS "needsGuidance",
  last_event_id AS "lastEventId", last_event_at::text AS "lastEventAt"`;

const VACANCY_SELECT = `SELECT vacancy_id AS "vacancyId", organisation_id AS "organisationId", centre_id AS "centreId",
  region_id AS "regionId", kind, status, title, sector, skills, vog_required AS "vogRequired", minimum_age AS "minimumAge",
  dutch_level AS "dutchLevel", suitable_for_students AS "suitableForStudents", suitable_for_newcomers AS "suitableForNewcomers",
  suitable_with_guidance AS "suitableWithGuidance", remote, postcode_area AS "postcodeArea", activity_date AS "activityDate",
  start_time AS "startTime", end_time AS "endTime", places, places_left AS "placesLeft", availability,
  hours_per_week AS "hoursPerWeek", starts_on AS "startsOn", ends_on AS "endsOn", last_event_id AS "lastEventId",
  last_event_at::text AS "lastEventAt"`;

export interface ReadModelSnapshot {
  centres: CentreRecord[];
  organisations: OrganisationRecord[];
  vacancies: VacancyRecord[];
  volunteers: VolunteerRecord[];
  /** The change feed's position this state reflects (ADR 13): the snapshot's xmin. */
  cursor: ChangeFeedCursor;
}

/**
 * Reads the read models and the change feed's starting cursor in one REPEATABLE READ transaction:
 * every transaction below the snapshot's xmin is in the rows read, so replaying the log from there
 * misses nothing (and re-applies, harmlessly, what the snapshot already holds). Consortium-wide on
 * purpose: the index serves every centre of the owned regions.
 */
export async function readReadModels(dataSource: DataSource): Promise<ReadModelSnapshot> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    await manager.query(`SELECT set_config('${CONSORTIUM_SETTING}', 'on', true)`);
    const [{ xmin }] = (await manager.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`)) as [{ xmin: string }];
    const centres: CentreRecord[] = await manager.query(
      `SELECT centre_id AS "centreId", region_id AS "regionId", name, municipalities, shares_vacancies AS "sharesVacancies",
              last_event_id AS "lastEventId", last_event_at::text AS "lastEventAt" FROM centre`,
    );
    const organisations: OrganisationRecord[] = await manager.query(
      `SELECT organisation_id AS "organisationId", centre_id AS "centreId", region_id AS "regionId", name, sector,
              postcode_area AS "postcodeArea", status, last_event_id AS "lastEventId", last_event_at::text AS "lastEventAt"
         FROM organisation`,
    );
    const vacancies: VacancyRecord[] = await manager.query(`${VACANCY_SELECT} FROM vacancy`);
    const volunteers: VolunteerRecord[] = await manager.query(`${VOLUNTEER_SELECT} FROM volunteer`);
    return { centres, organisations, vacancies, volunteers, cursor: cursorAtSnapshot(xmin) };
  });
}

/** Replaces the index's contents with a snapshot, synchronously: no request sees it half-filled. */
export function fillIndex(index: SuggestionIndex, snapshot: ReadModelSnapshot): void {
  index.clear();
  for (const record of snapshot.centres) index.apply({ kind: 'centre-upsert', record });
  for (const record of snapshot.organisations) index.apply({ kind: 'organisation-upsert', record });
  for (const record of snapshot.vacancies) index.apply({ kind: 'vacancy-upsert', record });
  for (const record of snapshot.volunteers) index.apply({ kind: 'volunteer-upsert', record, keepPause: false });
}
