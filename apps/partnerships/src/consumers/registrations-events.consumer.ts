import {
  centreCreatedV1,
  matchContracts,
  organisationRegisteredV1,
  organisationVerifiedV1,
  registrationsCatalogue,
  vacancyClosedV1,
  vacancyExpiredV1,
  vacancyFilledV1,
  vacancyPublishedV1,
  vacancyUpdatedV1,
  type MatchSnapshotV1,
  type OrganisationSnapshotV1,
  type VacancySnapshotV1,
} from '@vc/contracts';
import { EventCatalogue } from '@vc/contracts';
import { EventConsumer, PermanentFailure, type Outbox } from '@vc/messaging';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { DataSource, EntityManager } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Each handler runs in the inbox transaction as the app role; row-level security needs the
 * event's centre set for that transaction before anything is read or written. An id that is not
 * a UUID can never be stored here: that event goes to the dead-letter topic.
 */
async function enterCentre(manager: EntityManager, centreId: string): Promise<void> {
  if (!UUID.test(centreId)) throw new PermanentFailure(`centre id ${centreId} is not a UUID`);
  await manager.query(`SELECT set_config('app.centre_id', $1, true), set_config('app.consortium', 'off', true)`, [centreId]);
}

function requireUuid(id: string, what: string): void {
  if (!UUID.test(id)) throw new PermanentFailure(`${what} ${id} is not a UUID`);
}

async function upsertOrganisation(o: OrganisationSnapshotV1, manager: EntityManager): Promise<void> {
  await enterCentre(manager, o.centreId);
  requireUuid(o.organisationId, 'organisation id');
  await manager.query(
    `INSERT INTO organisation (id, centre_id, name, sector, postcode_area, status) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, sector = EXCLUDED.sector, postcode_area = EXCLUDED.postcode_area,
       -- a late 'registered' never undoes a verification
       status = CASE WHEN organisation.status = 'verified' THEN 'verified' ELSE EXCLUDED.status END`,
    [o.organisationId, o.centreId, o.name, o.sector, o.postcodeArea, o.status],
  );
}

/**
 * Only one-off activities matter here (campaign days such as NLdoet take them part); the latest
 * snapshot wins, and events of other kinds are ignored.
 */
async function upsertActivity(v: VacancySnapshotV1, manager: EntityManager): Promise<void> {
  if (v.kind !== 'one-off' || !v.date || !v.startTime || !v.endTime || v.places === undefined) return;
  await enterCentre(manager, v.centreId);
  requireUuid(v.vacancyId, 'vacancy id');
  requireUuid(v.organisationId, 'organisation id');
  await manager.query(
    `INSERT INTO one_off_activity (vacancy_id, centre_id, organisation_id, title, sector, postcode_area, activity_date,
                                   start_time, end_time, places, places_left, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (vacancy_id) DO UPDATE SET title = EXCLUDED.title, sector = EXCLUDED.sector, postcode_area = EXCLUDED.postcode_area,
       activity_date = EXCLUDED.activity_date, start_time = EXCLUDED.start_time, end_time = EXCLUDED.end_time,
       places = EXCLUDED.places, places_left = EXCLUDED.places_left, status = EXCLUDED.status`,
    [
      v.vacancyId,
      v.centreId,
      v.organisationId,
      v.title,
      v.sector,
      v.postcodeArea ?? null,
      v.date,
      v.startTime,
      v.endTime,
      v.places,
      v.placesLeft ?? null,
      v.status,
    ],
  );
}

/**
 * One row per match, whatever vacancy it is for: a match event may arrive before the activity's own
 * event (they travel on different topics), so the campaign view joins the two when it is read. An
 * older snapshot never overwrites a newer one.
 */
async function upsertSignUp(m: MatchSnapshotV1, manager: EntityManager): Promise<void> {
  await enterCentre(manager, m.centreId);
  requireUuid(m.matchId, 'match id');
  requireUuid(m.vacancyId, 'vacancy id');
  await manager.query(
    `INSERT INTO activity_sign_up (match_id, centre_id, vacancy_id, takes_place, changed_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (match_id) DO UPDATE SET takes_place = EXCLUDED.takes_place, changed_at = EXCLUDED.changed_at
      WHERE activity_sign_up.changed_at <= EXCLUDED.changed_at`,
    [m.matchId, m.centreId, m.vacancyId, ['accepted', 'started', 'ended'].includes(m.status), m.changedAt],
  );
}

export interface RegistrationsConsumerOptions {
  kafka: Kafka;
  dataSource: DataSource;
  groupId: string;
  logger: Logger;
  registry?: Registry;
  outbox?: Outbox;
}

/**
 * Partnerships' read models: registrations' centres (tenants and their region), organisations and
 * one-off activities, and matching's matches as places taken on those activities.
 */
export function createRegistrationsConsumer(options: RegistrationsConsumerOptions): EventConsumer {
  const consumer = new EventConsumer({ ...options, catalogue: new EventCatalogue([...registrationsCatalogue.all(), ...matchContracts]) });
  consumer.on(centreCreatedV1, async (event, { manager }) => {
    const c = event.payload;
    await enterCentre(manager, c.centreId);
    await manager.query(
      `INSERT INTO centre (id, region_id, name, municipalities) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, municipalities = EXCLUDED.municipalities`,
      [c.centreId, c.regionId, c.name, c.municipalities],
    );
  });
  consumer.on(organisationRegisteredV1, (event, { manager }) => upsertOrganisation(event.payload as OrganisationSnapshotV1, manager));
  consumer.on(organisationVerifiedV1, (event, { manager }) => upsertOrganisation(event.payload as OrganisationSnapshotV1, manager));
  for (const contract of [vacancyPublishedV1, vacancyUpdatedV1, vacancyClosedV1, vacancyFilledV1, vacancyExpiredV1]) {
    consumer.on(contract, (event, { manager }) => upsertActivity(event.payload as VacancySnapshotV1, manager));
  }
  for (const contract of matchContracts) {
    consumer.on(contract, (event, { manager }) => upsertSignUp(event.payload as MatchSnapshotV1, manager));
  }
  return consumer;
}
