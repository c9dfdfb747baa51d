import {
  centreCreatedV1,
  organisationVerifiedV1,
  registrationsTopics,
  vacancyPublishedV1,
  vacancyUpdatedV1,
  volunteerErasedV1,
  volunteerLeftV1,
  volunteerPausedV1,
  volunteerRegisteredV1,
  volunteerUpdatedV1,
  type VacancyUpdatedV1,
  type VolunteerUpdatedV1,
} from '@vc/contracts';
import { deadLetterTopic, DLQ_HEADERS, toKafkaRecord } from '@vc/messaging';
import { runInTenant } from '@vc/service-kit';
import { eventually, testKafka, testLogger, TopicProbe } from '@vc/testing';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { READ_MODEL_TABLES } from '../src/database/1732800001000-create-read-models.migration.js';
import { rebuildReadModels } from '../src/read-models/rebuild-read-models.js';
import { centreCreated, newCentre, organisationVerified, vacancyPublished, volunteerRegistered } from './registrations-events.js';
import { MatchingTestApp } from './matching-test-app.js';

describe('read models of registrations\' events', () => {
  const centre = newCentre(randomUUID());
  const otherCentre = newCentre(centre.regionId);
  let app: MatchingTestApp;
  let dlq: TopicProbe;

  const consortiumQuery = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> =>
    runInTenant(app.running.dataSource, { consortium: true }, (manager) => manager.query(sql, parameters));

  beforeAll(async () => {
    // Only this file's region: the rebuild below is compared with exactly what this instance owns.
    app = await MatchingTestApp.start({ MATCHING_REGIONS: centre.regionId });
    dlq = await new TopicProbe(testKafka(), [deadLetterTopic(registrationsTopics.volunteer, app.config.MATCHING_CONSUMER_GROUP)]).start();
    await app.publishRegistrationsEvent(centreCreatedV1, centreCreated(centre), centre);
    await app.publishRegistrationsEvent(centreCreatedV1, centreCreated(otherCentre), otherCentre);
  });

  afterAll(async () => {
    await dlq?.stop();
    await app?.stop();
    await MatchingTestApp.closePublisher();
  });

  it('keeps a volunteer current through update, pause and leaving, without personal data', async () => {
    const registered = volunteerRegistered(centre);
    const { volunteerId } = registered;
    await app.publishRegistrationsEvent(volunteerRegisteredV1, registered, centre);
    const updated: VolunteerUpdatedV1 = { ...registered, skills: ['outdoor.gardening'], travelRadiusKm: 12, status: 'active' };
    await app.publishRegistrationsEvent(volunteerUpdatedV1, updated, centre);
    await app.publishRegistrationsEvent(volunteerPausedV1, { volunteerId, centreId: centre.centreId, regionId: centre.regionId, status: 'paused', pausedUntil: '2027-02-28' }, centre);
    // An update during the pause keeps the pause's end.
    await app.publishRegistrationsEvent(volunteerUpdatedV1, { ...updated, hoursPerWeek: 5, status: 'paused' }, centre);

    await eventually(async () => {
      const rows = await consortiumQuery(`SELECT status, paused_until, skills, travel_radius_km, hours_per_week FROM volunteer WHERE volunteer_id = $1`, [volunteerId]);
      expect(rows).toEqual([{ status: 'paused', paused_until: '2027-02-28', skills: ['outdoor.gardening'], travel_radius_km: 12, hours_per_week: 5 }]);
    });
    await app.publishRegistrationsEvent(volunteerLeftV1, { volunteerId, centreId: centre.centreId, regionId: centre.regionId, status: 'left' }, centre);
    await eventually(async () => {
      expect(await consortiumQuery(`SELECT status, paused_until FROM volunteer WHERE volunteer_id = $1`, [volunteerId])).toEqual([{ status: 'left', paused_until: null }]);
      expect(app.running.index.volunteer(volunteerId)?.status).toBe('left');
    });
    const columns = await consortiumQuery<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'volunteer'`);
    expect(columns.map((c) => c.column_name).filter((c) => /name|email|phone|birth|address/.test(c))).toEqual([]);
  });

  it('keeps a vacancy and its organisation current', async () => {
    const organisation = organisationVerified(centre);
    await app.publishRegistrationsEvent(organisationVerifiedV1, organisation, centre);
    const vacancy = vacancyPublished(centre, organisation.organisationId, { kind: 'one-off', date: '2099-03-13', startTime: '09:30', endTime: '13:00', places: 12, availability: [] });
    await app.publishRegistrationsEvent(vacancyPublishedV1, vacancy, centre);
    await app.publishRegistrationsEvent(vacancyUpdatedV1, { ...vacancy, placesLeft: 4, status: 'published' } as VacancyUpdatedV1, centre);

    await eventually(async () => {
      const rows = await consortiumQuery(
        `SELECT v.kind, v.status, v.places, v.places_left, v.activity_date, v.region_id, o.name, o.status AS organisation_status
           FROM vacancy v JOIN organisation o USING (organisation_id) WHERE v.vacancy_id = $1`,
        [vacancy.vacancyId],
      );
      expect(rows).toEqual([
        { kind: 'one-off', status: 'published', places: 12, places_left: 4, activity_date: '2099-03-13', region_id: centre.regionId, name: organisation.name, organisation_status: 'verified' },
      ]);
    });
  });

  it('applies a redelivered event once', async () => {
    const registered = volunteerRegistered(centre);
    const event = await app.publishRegistrationsEvent(volunteerRegisteredV1, registered, centre);
    await eventually(async () => expect(await consortiumQuery(`SELECT 1 FROM volunteer WHERE volunteer_id = $1`, [registered.volunteerId])).toHaveLength(1));
    const erased = await app.publishRegistrationsEvent(volunteerErasedV1, { ...registered, erasedAt: new Date().toISOString() } as never, centre);
    await eventually(async () => expect(await consortiumQuery(`SELECT 1 FROM volunteer WHERE volunteer_id = $1`, [registered.volunteerId])).toHaveLength(0));
    const before = await consortiumQuery<{ erased: number }>(`SELECT erased FROM erased_volunteer_count WHERE centre_id = $1`, [centre.centreId]);

    // The same two events again (same ids): the volunteer must not come back, the count not grow.
    await MatchingTestApp.sendRecords(registrationsTopics.volunteer, [toKafkaRecord(event), toKafkaRecord(erased)]);
    const marker = volunteerRegistered(centre);
    await app.publishRegistrationsEvent(volunteerRegisteredV1, marker, centre);
    await eventually(async () => expect(await consortiumQuery(`SELECT 1 FROM volunteer WHERE volunteer_id = $1`, [marker.volunteerId])).toHaveLength(1));

    expect(await consortiumQuery(`SELECT 1 FROM volunteer WHERE volunteer_id = $1`, [registered.volunteerId])).toEqual([]);
    expect(await consortiumQuery(`SELECT erased FROM erased_volunteer_count WHERE centre_id = $1`, [centre.centreId])).toEqual(before);
  });

  it.each([
    ['malformed', () => ({ key: randomUUID(), value: '{not json', headers: {} as Record<string, string> })],
    [
      'unknown-version',
      () => {
        const payload = volunteerRegistered(centre);
        const record = toKafkaRecord({ ...fakeEnvelope(payload.volunteerId), payload });
        return { ...record, headers: { ...record.headers, ce_dataversion: '9' } };
      },
    ],
    [
      'contract-violation',
      () => {
        const payload = { ...volunteerRegistered(centre), travelRadiusKm: -3 };
        return toKafkaRecord({ ...fakeEnvelope(payload.volunteerId), payload });
      },
    ],
  ])('dead-letters a %s event and goes on consuming', async (reason, build) => {
    const record = build();
    await MatchingTestApp.sendRecords(registrationsTopics.volunteer, [{ ...record, headers: { ...record.headers, ce_regionid: centre.regionId } }]);
    const after = volunteerRegistered(centre);
    await app.publishRegistrationsEvent(volunteerRegisteredV1, after, centre);

    const letters = await dlq.waitFor((all) => all.some((r) => r.key === record.key));
    expect(letters.find((r) => r.key === record.key)?.headers[DLQ_HEADERS.reason]).toBe(reason);
    await eventually(async () => expect(await consortiumQuery(`SELECT 1 FROM volunteer WHERE volunteer_id = $1`, [after.volunteerId])).toHaveLength(1));
  });

  it('skips other regions\' events without storing them', async () => {
    const foreign = newCentre(randomUUID());
    const payload = volunteerRegistered(foreign);
    await app.publishRegistrationsEvent(volunteerRegisteredV1, payload, foreign);
    const marker = volunteerRegistered(centre);
    await app.publishRegistrationsEvent(volunteerRegisteredV1, marker, centre);

    await eventually(async () => expect(await consortiumQuery(`SELECT 1 FROM volunteer WHERE volunteer_id = $1`, [marker.volunteerId])).toHaveLength(1));
    expect(await consortiumQuery(`SELECT 1 FROM volunteer WHERE volunteer_id = $1`, [payload.volunteerId])).toEqual([]);
  });

  it('keeps centres apart by row-level security alone', async () => {
    const mine = volunteerRegistered(centre);
    const theirs = volunteerRegistered(otherCentre);
    await app.publishRegistrationsEvent(volunteerRegisteredV1, mine, centre);
    await app.publishRegistrationsEvent(volunteerRegisteredV1, theirs, otherCentre);
    await eventually(async () => expect(await consortiumQuery(`SELECT 1 FROM volunteer WHERE volunteer_id = ANY($1)`, [[mine.volunteerId, theirs.volunteerId]])).toHaveLength(2));
    const db = app.running.dataSource;

    for (const table of READ_MODEL_TABLES) {
      const visible: Array<{ centre_id: string }> = await runInTenant(db, { centreId: centre.centreId }, (m) => m.query(`SELECT DISTINCT centre_id FROM ${table}`));
      expect(visible.every((row) => row.centre_id === centre.centreId)).toBe(true);
      expect(await db.query(`SELECT * FROM ${table}`)).toEqual([]);
    }
    await expect(
      runInTenant(db, { centreId: centre.centreId }, (m) =>
        m.query(`UPDATE volunteer SET travel_radius_km = 1 WHERE volunteer_id = $1 RETURNING volunteer_id`, [theirs.volunteerId]),
      ),
    ).resolves.toEqual([[], 0]);
    await expect(
      runInTenant(db, { centreId: centre.centreId }, (m) =>
        m.query(`INSERT INTO erased_volunteer_count (centre_id, region_id, erased) VALUES ($1, $2, 1)`, [otherCentre.centreId, centre.regionId]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('rebuilds from the earliest offset into fresh tables equal to the live ones', async () => {
    // Everything this file published has been applied once the marker has.
    const marker = volunteerRegistered(centre);
    await app.publishRegistrationsEvent(volunteerRegisteredV1, marker, centre);
    await eventually(async () => expect(await consortiumQuery(`SELECT 1 FROM volunteer WHERE volunteer_id = $1`, [marker.volunteerId])).toHaveLength(1));
    const schema = `rebuild_${randomUUID().slice(0, 8)}`;

    const result = await rebuildReadModels({
      databaseUrl: app.database.url,
      brokers: app.config.KAFKA_BROKERS,
      ownership: { all: false, regionIds: new Set([centre.regionId]) },
      schema,
      logger: testLogger('rebuild'),
    });

    expect(result.applied).toBeGreaterThan(10);
    // As the owner (the app role has no rights on the new schema), limited to this file's region.
    const owner = new pg.Client({ connectionString: app.database.url });
    await owner.connect();
    try {
      for (const table of READ_MODEL_TABLES) {
        const mine = `region_id = '${centre.regionId}'`;
        const count = async (from: string) => (await owner.query(`SELECT count(*)::int AS n FROM ${from}.${table} WHERE ${mine}`)).rows[0].n;
        const { rows } = await owner.query(
          `SELECT count(*)::int AS n FROM ((SELECT * FROM ${schema}.${table} WHERE ${mine} EXCEPT SELECT * FROM public.${table} WHERE ${mine})
              UNION ALL (SELECT * FROM public.${table} WHERE ${mine} EXCEPT SELECT * FROM ${schema}.${table} WHERE ${mine})) d`,
        );
        expect({ table, differ: rows[0].n, rows: await count(schema) }).toEqual({ table, differ: 0, rows: await count('public') });
      }
      expect(await count2(owner, schema, 'volunteer', centre.regionId)).toBeGreaterThan(5);
    } finally {
      await owner.end();
    }
  });
});

async function count2(client: pg.Client, schema: string, table: string, regionId: string): Promise<number> {
  return (await client.query(`SELECT count(*)::int AS n FROM ${schema}.${table} WHERE region_id = $1`, [regionId])).rows[0].n;
}

function fakeEnvelope(subject: string) {
  return {
    id: randomUUID(),
    type: volunteerRegisteredV1.type,
    version: 1,
    time: new Date().toISOString(),
    source: 'registrations',
    centreId: randomUUID(),
    regionId: randomUUID(),
    subject,
    correlationId: randomUUID(),
    causationId: null,
  };
}
