import { CE } from '@vc/messaging';
import { runInTenant } from '@vc/service-kit';
import { eventually, testLogger, type ReceivedRecord } from '@vc/testing';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { VacancyExpiryScheduler } from '../src/vacancies/expire-vacancies/vacancy-expiry.scheduler.js';
import { VacancyStatusChange } from '../src/vacancies/vacancy-status-change.js';
import { todayInAmsterdam } from '../src/vacancies/vacancy-values.js';
import { RegistrationsTestApp } from './registrations-test-app.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function inDays(days: number): string {
  const noon = new Date(`${todayInAmsterdam()}T12:00:00Z`);
  return new Date(noon.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The expiry scheduler, run directly (its timer is switched off here): published vacancies whose
 * last day has passed expire, in batches, once each, also when runs race, in every centre.
 */
describe('vacancy expiry (registrations service, real PostgreSQL and Kafka)', () => {
  let app: RegistrationsTestApp;
  let scheduler: VacancyExpiryScheduler;
  const centres: string[] = [];
  const coordinators = new Map<string, string>();

  async function send(method: 'post' | 'get', path: string, token: string, body?: object): Promise<Response> {
    const call = app.http()[method](path).set('Authorization', `Bearer ${token}`);
    return body === undefined ? call : call.send(body);
  }

  /** A published vacancy in `centreId` whose last day is `lastDay` (set in the database: the API refuses past days). */
  async function publishedVacancy(centreId: string, lastDay: string, kind: 'structural' | 'one-off' = 'structural'): Promise<string> {
    const token = coordinators.get(centreId)!;
    const fields =
      kind === 'one-off'
        ? { kind, date: inDays(5), startTime: '10:00', endTime: '12:00', places: 4 }
        : { kind, endsOn: inDays(5), availability: [{ day: 'monday', part: 'morning' }] };
    const created = await send('post', '/v1/vacancies', token, {
      title: 'Gastvrouw in het buurthuis',
      description: 'Koffie schenken en bezoekers welkom heten.',
      sector: 'social-cohesion',
      postcode: '3511 AB',
      ...fields,
    });
    expect(created.status).toBe(201);
    expect((await send('post', `/v1/vacancies/${created.body.id}/publish`, token)).status).toBe(200);
    const column = kind === 'one-off' ? 'activity_date' : 'ends_on';
    await runInTenant(app.running.dataSource, { centreId }, (m) => m.query(`UPDATE vacancy SET ${column} = $2 WHERE id = $1`, [created.body.id, lastDay]));
    return created.body.id;
  }

  async function statusOf(id: string): Promise<string> {
    const [row] = await runInTenant(app.running.dataSource, { consortium: true }, (m) => m.query(`SELECT status FROM vacancy WHERE id = $1`, [id]));
    return row.status;
  }

  async function listed(id: string): Promise<boolean> {
    const [row] = await app.running.dataSource.query(`SELECT count(*)::int AS count FROM vacancy_listing WHERE vacancy_id = $1`, [id]);
    return row.count === 1;
  }

  async function settledEventsAbout(id: string, count: number): Promise<ReceivedRecord[]> {
    await app.eventsAbout(id, count);
    await eventually(async () => {
      const [{ pending }] = await app.running.dataSource.query(`SELECT count(*)::int AS pending FROM outbox_message WHERE message_key = $1`, [id]);
      expect(pending).toBe(0);
    });
    await sleep(400);
    return app.probe.records.filter((r) => r.key === id);
  }

  beforeAll(async () => {
    // Read once when the service starts: no timer, and small batches so several are needed.
    app = await RegistrationsTestApp.start({ VACANCY_EXPIRY_INTERVAL_MS: '0', VACANCY_EXPIRY_BATCH_SIZE: '3' });
    scheduler = app.running.app.get(VacancyExpiryScheduler);
    const admin = await app.token('consortium-admin');
    const region = await send('post', '/v1/regions', admin, { name: `Regio ${randomUUID().slice(0, 8)}` });
    for (const name of ['Centrale Utrecht', 'Centrale Zeist']) {
      const centreId = (await send('post', '/v1/centres', admin, { regionId: region.body.id, name, municipalities: ['GM0344'] })).body.id as string;
      const consultant = await app.token('consultant', { centreId });
      const organisation = await send('post', '/v1/organisations', consultant, {
        name: `Buurthuis ${name}`,
        kvkNumber: String(30_000_000 + Math.floor(Math.random() * 60_000_000)),
        sector: 'social-cohesion',
        address: { postcode: '3511 AB', city: 'Utrecht' },
        coordinators: [{ name: 'Anna', email: 'anna@example.nl' }],
      });
      await send('post', `/v1/organisations/${organisation.body.id}/verify`, consultant);
      coordinators.set(centreId, await app.token('organisation-coordinator', { centreId, organisationId: organisation.body.id }));
      centres.push(centreId);
    }
  });

  afterAll(async () => {
    await app.stop();
  });

  it('expires a published vacancy whose end date has passed, publishes vacancy.expired once and takes it out of the search', async () => {
    const id = await publishedVacancy(centres[0]!, inDays(-1));
    expect(await listed(id)).toBe(true);

    await scheduler.expireDueVacancies();

    expect(await statusOf(id)).toBe('expired');
    expect(await listed(id)).toBe(false);
    const records = await settledEventsAbout(id, 2);
    expect(records.map((r) => r.headers[CE.type])).toEqual(['registrations.vacancy.published', 'registrations.vacancy.expired']);
    expect(records[1]!.headers[CE.causationid]).toBeUndefined();
    expect(JSON.parse(records[1]!.value!)).toMatchObject({ vacancyId: id, status: 'expired', endsOn: inDays(-1) });
  });

  it('expires a one-off after its day, and leaves what has not ended, drafts and filled vacancies alone', async () => {
    const pastOneOff = await publishedVacancy(centres[0]!, inDays(-2), 'one-off');
    const endsToday = await publishedVacancy(centres[0]!, todayInAmsterdam());
    const filled = await publishedVacancy(centres[0]!, inDays(-1));
    await runInTenant(app.running.dataSource, { centreId: centres[0]! }, (m) => m.query(`UPDATE vacancy SET status = 'filled' WHERE id = $1`, [filled]));
    const draft = await send('post', '/v1/vacancies', coordinators.get(centres[0]!)!, {
      kind: 'structural',
      title: 'Concept',
      description: 'Nog niet klaar.',
      sector: 'care',
      remote: true,
      endsOn: inDays(1),
    });
    await runInTenant(app.running.dataSource, { centreId: centres[0]! }, (m) => m.query(`UPDATE vacancy SET ends_on = $2 WHERE id = $1`, [draft.body.id, inDays(-3)]));

    await scheduler.expireDueVacancies();

    expect(await Promise.all([pastOneOff, endsToday, filled, draft.body.id].map(statusOf))).toEqual(['expired', 'published', 'filled', 'draft']);
    expect((await settledEventsAbout(pastOneOff, 2)).map((r) => r.headers[CE.type])).toEqual([
      'registrations.vacancy.published',
      'registrations.vacancy.expired',
    ]);
  });

  it('expires every due vacancy of every centre exactly once when runs race, in batches', async () => {
    const due: string[] = [];
    for (let i = 0; i < 8; i++) due.push(await publishedVacancy(centres[i % 2]!, inDays(-1 - (i % 3))));

    const counts = await Promise.all([scheduler.expireDueVacancies(), scheduler.expireDueVacancies(), scheduler.expireDueVacancies()]);

    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(due.length);
    expect(await Promise.all(due.map(statusOf))).toEqual(due.map(() => 'expired'));
    for (const id of due) {
      const records = await settledEventsAbout(id, 2);
      expect(records.map((r) => r.headers[CE.type])).toEqual(['registrations.vacancy.published', 'registrations.vacancy.expired']);
    }
    expect(await scheduler.expireDueVacancies()).toBe(0);
  });

  it('runs by itself on its timer when switched on', async () => {
    const id = await publishedVacancy(centres[1]!, inDays(-1));
    const timed = new VacancyExpiryScheduler(
      app.running.dataSource,
      app.running.app.get(VacancyStatusChange),
      testLogger('expiry'),
      { VACANCY_EXPIRY_INTERVAL_MS: 50, VACANCY_EXPIRY_BATCH_SIZE: 10 },
    );
    timed.onApplicationBootstrap();
    try {
      await eventually(async () => expect(await statusOf(id)).toBe('expired'), 10_000);
    } finally {
      await timed.onApplicationShutdown();
    }
    expect((await settledEventsAbout(id, 2)).map((r) => r.headers[CE.type])).toEqual(['registrations.vacancy.published', 'registrations.vacancy.expired']);
  });
});
