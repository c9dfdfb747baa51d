import {
  centreCreatedV1,
  organisationVerifiedV1,
  vacancyClosedV1,
  vacancyPublishedV1,
  volunteerErasedV1,
  volunteerRegisteredV1,
  type VacancyClosedV1,
  type VacancyPublishedV1,
} from '@vc/contracts';
import { EventFactory } from '@vc/messaging';
import { CONSORTIUM_SETTING } from '@vc/service-kit';
import { Pc4Centroids } from '@vc/geo';
import { eventually, testKafka, testLogger } from '@vc/testing';
import pg from 'pg';
import { appendToChangeLog } from '../src/read-models/read-model-change-log.js';
import { readModelChangeOf } from '../src/read-models/read-model-change.js';
import { ReadModelStore } from '../src/read-models/read-model-store.js';
import { pruneChangeLog } from '../src/suggestions/change-feed/prune-change-log.js';
import { SuggestionIndexFeed } from '../src/suggestions/change-feed/suggestion-index-feed.js';
import { DEFAULT_WEIGHTS } from '../src/suggestions/scoring/scoring.js';
import { SuggestionIndex } from '../src/suggestions/suggestion-index.js';
import { MatchingTestApp } from './matching-test-app.js';
import { centreCreated, newCentre, organisationVerified, vacancyPublished, volunteerRegistered } from './registrations-events.js';

/**
 * Two replicas of one region in one consumer group on one database (ADR 13): each consumes only
 * its partitions, yet both answer from the same, complete index.
 */
describe('replicas of one region follow the change feed', () => {
  const centre = newCentre();
  let organisationId: string;
  let first: MatchingTestApp;
  let second: MatchingTestApp;
  const volunteers: string[] = [];
  const vacancies: VacancyPublishedV1[] = [];
  const replicas = () => [first, second];
  const registrations = new EventFactory('registrations');

  const consultantToken = () => first.token('consultant', { centreId: centre.centreId });

  async function volunteersFor(app: MatchingTestApp, vacancyId: string): Promise<{ status: number; body: { vacancyStatus?: string; suggestions: Array<{ volunteerId: string }> } }> {
    return app.http().get(`/v1/vacancies/${vacancyId}/suggestions?limit=100`).set('Authorization', `Bearer ${await consultantToken()}`);
  }

  async function vacanciesFor(app: MatchingTestApp, volunteerId: string): Promise<string[]> {
    const response = await app.http().get(`/v1/volunteers/${volunteerId}/suggestions?limit=100`).set('Authorization', `Bearer ${await consultantToken()}`);
    expect(response.status).toBe(200);
    return (response.body.suggestions as Array<{ vacancyId: string }>).map((s) => s.vacancyId).sort();
  }

  async function suggestedVolunteers(app: MatchingTestApp, vacancyId: string): Promise<string[]> {
    const response = await volunteersFor(app, vacancyId);
    expect(response.status).toBe(200);
    return response.body.suggestions.map((s) => s.volunteerId).sort();
  }

  async function handledBy(app: MatchingTestApp): Promise<number> {
    const text = (await app.http().get('/metrics')).text;
    return text
      .split('\n')
      .filter((line) => line.startsWith('consumer_events_total{') && line.includes('outcome="handled"') && line.includes(`group="${app.config.MATCHING_CONSUMER_GROUP}"`))
      .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
  }

  async function ownerQuery<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: first.database.url });
    await client.connect();
    try {
      return (await client.query(sql, parameters)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** A transaction written as the consumer writes one, held open until the test says so. */
  async function openWriterTransaction(): Promise<{ client: pg.Client; xid: string }> {
    const client = new pg.Client({ connectionString: first.database.url });
    await client.connect();
    await client.query('BEGIN');
    await client.query(`SELECT set_config('${CONSORTIUM_SETTING}', 'on', true)`);
    const { rows } = await client.query<{ xid: string }>(`SELECT pg_current_xact_id()::text AS xid`);
    return { client, xid: rows[0]!.xid };
  }

  async function writeVacancy(client: pg.Client, payload: VacancyPublishedV1): Promise<void> {
    const change = readModelChangeOf(registrations.create(vacancyPublishedV1, { centreId: centre.centreId, regionId: centre.regionId, subject: payload.vacancyId, payload }))!;
    const query = (sql: string, parameters?: unknown[]) => client.query(sql, parameters);
    await new ReadModelStore().apply(query, change);
    await appendToChangeLog(query, [change]);
  }

  async function groupIsStable(groupId: string, members: number): Promise<void> {
    const admin = testKafka().admin();
    await admin.connect();
    try {
      await eventually(async () => {
        const { groups } = await admin.describeGroups([groupId]);
        expect(groups[0]).toMatchObject({ state: 'Stable' });
        expect(groups[0]!.members).toHaveLength(members);
      }, 60_000, 250);
    } finally {
      await admin.disconnect();
    }
  }

  beforeAll(async () => {
    first = await MatchingTestApp.start({ MATCHING_REGIONS: centre.regionId, MATCHING_CHANGE_FEED_POLL_MS: '200' });
    second = await first.startReplica({ MATCHING_CHANGE_FEED_POLL_MS: '200' });
    await groupIsStable(first.config.MATCHING_CONSUMER_GROUP, 2);

    await first.publishRegistrationsEvent(centreCreatedV1, centreCreated(centre), centre);
    const organisation = organisationVerified(centre);
    organisationId = organisation.organisationId;
    await first.publishRegistrationsEvent(organisationVerifiedV1, organisation, centre);
    // Ids are the keys: spread over the six partitions, so over both replicas.
    for (let i = 0; i < 12; i++) {
      const volunteer = volunteerRegistered(centre);
      volunteers.push(volunteer.volunteerId);
      await first.publishRegistrationsEvent(volunteerRegisteredV1, volunteer, centre);
    }
    for (let i = 0; i < 6; i++) {
      const vacancy = vacancyPublished(centre, organisationId);
      vacancies.push(vacancy);
      await first.publishRegistrationsEvent(vacancyPublishedV1, vacancy, centre);
    }
  });

  afterAll(async () => {
    await second?.stop();
    await first?.stop();
    await MatchingTestApp.closePublisher();
  });

  it('answers the same, complete suggestions on both replicas, though each consumed only its own partitions', async () => {
    const everyone = [...volunteers].sort();

    await eventually(async () => {
      for (const app of replicas()) {
        for (const vacancy of vacancies) expect(await suggestedVolunteers(app, vacancy.vacancyId)).toEqual(everyone);
      }
    }, 60_000, 200);

    const handled = await Promise.all(replicas().map(handledBy));
    expect(handled.every((count) => count > 0)).toBe(true);
    expect(await vacanciesFor(second, volunteers[0]!)).toEqual(await vacanciesFor(first, volunteers[0]!));
    expect(await vacanciesFor(first, volunteers[0]!)).toEqual(vacancies.map((v) => v.vacancyId).sort());
  });

  it('drops a closed vacancy and an erased volunteer on both replicas, and the log keeps nothing about that person but the erasure', async () => {
    const [closed] = vacancies;
    const erased = volunteers[1]!;
    await first.publishRegistrationsEvent(vacancyClosedV1, { ...closed!, status: 'closed' } as VacancyClosedV1, centre);
    await first.publishRegistrationsEvent(volunteerErasedV1, { volunteerId: erased, centreId: centre.centreId, regionId: centre.regionId, erasedAt: new Date().toISOString() }, centre);

    await eventually(async () => {
      for (const app of replicas()) {
        expect(await vacanciesFor(app, volunteers[0]!)).not.toContain(closed!.vacancyId);
        const response = await volunteersFor(app, closed!.vacancyId);
        expect(response.body).toMatchObject({ vacancyStatus: 'closed', suggestions: [] });
        expect(await suggestedVolunteers(app, vacancies[1]!.vacancyId)).toEqual(volunteers.filter((id) => id !== erased).sort());
        expect(app.running.index.volunteer(erased)).toBeUndefined();
      }
    }, 30_000, 200);
    const rows = await ownerQuery<{ kind: string; change: Record<string, unknown> }>(`SELECT kind, change FROM read_model_change_log WHERE subject_id = $1 OR change::text LIKE $2`, [erased, `%${erased}%`]);
    expect(rows).toEqual([{ kind: 'volunteer-erase', change: { kind: 'volunteer-erase', volunteerId: erased, centreId: centre.centreId, regionId: centre.regionId } }]);
  });

  it('waits for a transaction that commits after a later one instead of skipping its change', async () => {
    const early = vacancyPublished(centre, organisationId);
    const late = vacancyPublished(centre, organisationId);
    const held = await openWriterTransaction();
    try {
      await writeVacancy(held.client, early);
      // The consumer commits `late` while `early`'s transaction (the older xid, smaller seq) is open.
      await first.publishRegistrationsEvent(vacancyPublishedV1, late, centre);
      await eventually(async () => expect(await ownerQuery(`SELECT 1 FROM vacancy WHERE vacancy_id = $1`, [late.vacancyId])).toHaveLength(1));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      for (const app of replicas()) expect(app.running.index.vacancy(late.vacancyId)).toBeUndefined();

      await held.client.query('COMMIT');
    } finally {
      await held.client.end();
    }

    await eventually(() => {
      for (const app of replicas()) {
        expect(app.running.index.vacancy(early.vacancyId)).toBeDefined();
        expect(app.running.index.vacancy(late.vacancyId)).toBeDefined();
      }
    });
    vacancies.push(early, late);
  });

  it('applies every change once, in (xid, seq) order, when a batch ends inside a transaction whose seq crosses a power of ten', async () => {
    // The log's seq jumps to just below the next power of ten, then one transaction writes 24
    // changes: their seq values gain a digit half way, and batches of 5 end inside it.
    const [{ seq: highest }] = await ownerQuery<{ seq: string }>(`SELECT coalesce(max(seq), 0)::text AS seq FROM read_model_change_log`);
    await ownerQuery(`SELECT setval(pg_get_serial_sequence('read_model_change_log', 'seq'), $1)`, [10 ** Math.max(4, highest.length) - 12]);
    const crossing = Array.from({ length: 24 }, (_, i) => vacancyPublished(centre, organisationId, { title: `Over de grens ${i}` }));
    const ids = crossing.map((v) => v.vacancyId);
    class CountingIndex extends SuggestionIndex {
      readonly applied: string[] = [];
      override apply(change: Parameters<SuggestionIndex['apply']>[0]): void {
        if (change.kind === 'vacancy-upsert' && ids.includes(change.record.vacancyId)) this.applied.push(change.record.vacancyId);
        super.apply(change);
      }
    }
    const index = new CountingIndex(Pc4Centroids.load(), DEFAULT_WEIGHTS);
    const feed = new SuggestionIndexFeed({ dataSource: first.running.dataSource, databaseUrl: first.database.url, index, logger: testLogger('feed'), pollIntervalMs: 200, batchSize: 5 });
    const held = await openWriterTransaction();
    try {
      for (const vacancy of crossing) await writeVacancy(held.client, vacancy);
      // Loaded while the transaction is open: its changes can only come through the feed.
      await feed.start();
      await held.client.query('COMMIT');
      await eventually(() => expect(index.applied.length).toBeGreaterThanOrEqual(ids.length));
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      await held.client.end();
      await feed.stop();
    }

    expect(index.applied).toEqual(ids);
    for (const vacancyId of ids) expect(index.vacancy(vacancyId)).toBeDefined();
    vacancies.push(...crossing);
  });

  it('reloads a replica from the tables when pruning removed rows it had not read yet', async () => {
    const missed = vacancyPublished(centre, organisationId, { title: 'Alleen in de tabel' });
    // An older open transaction holds every reader back while the row is written and pruned.
    const holder = await openWriterTransaction();
    try {
      const writer = await openWriterTransaction();
      await writeVacancy(writer.client, missed);
      await writer.client.query('COMMIT');
      await writer.client.end();
      // Pruning itself waits for older transactions too; this is what it would do once retention passed.
      await ownerQuery(
        `WITH gone AS (DELETE FROM read_model_change_log WHERE xid = $1::xid8 RETURNING xid, seq)
         INSERT INTO read_model_change_log_pruned (id, xid, seq) SELECT true, xid, seq FROM gone ORDER BY seq DESC LIMIT 1
         ON CONFLICT (id) DO UPDATE SET xid = EXCLUDED.xid, seq = EXCLUDED.seq`,
        [writer.xid],
      );
      await holder.client.query('COMMIT');
    } finally {
      await holder.client.end();
    }

    await eventually(() => {
      for (const app of replicas()) expect(app.running.index.vacancy(missed.vacancyId)?.title).toBe('Alleen in de tabel');
    });
    for (const app of replicas()) expect((await app.http().get('/metrics')).text).toMatch(/matching_change_feed_reloads_total\{[^}]*\} [1-9]/);
    vacancies.push(missed);
  });

  it('prunes rows older than the retention and keeps newer ones, without making an up-to-date replica reload', async () => {
    const kept = await pruneChangeLog(first.running.dataSource, 3_600_000);
    expect(kept).toBe(0);
    const before = await ownerQuery<{ count: number }>(`SELECT count(*)::int AS count FROM read_model_change_log`);
    expect(before[0]!.count).toBeGreaterThan(0);

    const pruned = await pruneChangeLog(first.running.dataSource, 0);

    expect(pruned).toBe(before[0]!.count);
    const [watermark] = await ownerQuery<{ xid: string; seq: string }>(`SELECT xid::text, seq::text FROM read_model_change_log_pruned`);
    const [highest] = await ownerQuery<{ seq: string }>(`SELECT max(seq)::text AS seq FROM read_model_change_log`);
    expect(watermark).toBeDefined();
    expect(highest!.seq).toBeNull();
    const reloads = async (app: MatchingTestApp) => /matching_change_feed_reloads_total\{[^}]*\} (\d+)/.exec((await app.http().get('/metrics')).text)?.[1];
    const reloadsBefore = await Promise.all(replicas().map(reloads));
    const another = volunteerRegistered(centre);
    await first.publishRegistrationsEvent(volunteerRegisteredV1, another, centre);
    await eventually(() => {
      for (const app of replicas()) expect(app.running.index.volunteer(another.volunteerId)).toBeDefined();
    });
    expect(await Promise.all(replicas().map(reloads))).toEqual(reloadsBefore);
    volunteers.push(another.volunteerId);
  });

  it('starts a restarted replica where the tables are, then follows the feed again', async () => {
    await second.stop();
    const whileDown = volunteerRegistered(centre);
    await first.publishRegistrationsEvent(volunteerRegisteredV1, whileDown, centre);
    await eventually(() => expect(first.running.index.volunteer(whileDown.volunteerId)).toBeDefined());
    volunteers.push(whileDown.volunteerId);

    second = await first.startReplica({ MATCHING_CHANGE_FEED_POLL_MS: '200' });

    expect(second.running.index.volunteer(whileDown.volunteerId)).toBeDefined();
    const after = volunteerRegistered(centre);
    await first.publishRegistrationsEvent(volunteerRegisteredV1, after, centre);
    volunteers.push(after.volunteerId);
    const open = vacancies[1]!.vacancyId;
    await eventually(async () => {
      const [a, b] = await Promise.all(replicas().map((app) => suggestedVolunteers(app, open)));
      expect(a).toContain(after.volunteerId);
      expect(b).toEqual(a);
    }, 30_000, 200);
  });
});
