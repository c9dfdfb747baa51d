import { runInTenant } from '@vc/service-kit';
import type { DataSource } from 'typeorm';
import type { CentreRecord, OrganisationRecord, VacancyRecord, VolunteerRecord } from '../read-models/read-model-change.js';
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

/**
 * Fills the index from the read models at start, before the consumers run, so the changes they
 * apply afterwards land on the state the database holds. Consortium-wide on purpose: the index
 * serves every centre of the owned regions.
 */
export async function loadSuggestionIndex(dataSource: DataSource, index: SuggestionIndex): Promise<void> {
  await runInTenant(dataSource, { consortium: true }, async (manager) => {
    const centres: CentreRecord[] = await manager.query(
      `SELECT centre_id AS "centreId", region_id AS "regionId", name, municipalities, shares_vacancies AS "sharesVacancies",
              last_event_id AS "lastEventId", last_event_at::text AS "lastEventAt" FROM centre`,
    );
    for (const record of centres) index.apply({ kind: 'centre-upsert', record });
    const organisations: OrganisationRecord[] = await manager.query(
      `SELECT organisation_id AS "organisationId", centre_id AS "centreId", region_id AS "regionId", name, sector,
              postcode_area AS "postcodeArea", status, last_event_id AS "lastEventId", last_event_at::text AS "lastEventAt"
         FROM organisation`,
    );
    for (const record of organisations) index.apply({ kind: 'organisation-upsert', record });
    const vacancies: VacancyRecord[] = await manager.query(`${VACANCY_SELECT} FROM vacancy`);
    for (const record of vacancies) index.apply({ kind: 'vacancy-upsert', record });
    const volunteers: VolunteerRecord[] = await manager.query(`${VOLUNTEER_SELECT} FROM volunteer`);
    for (const record of volunteers) index.apply({ kind: 'volunteer-upsert', record, keepPause: false });
  });
}
