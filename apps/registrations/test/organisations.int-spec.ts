import { CE } from '@vc/messaging';
import { testKafka } from '@vc/testing';
import { ConfigResourceTypes } from 'kafkajs';
import { runInTenant, type Role } from '@vc/service-kit';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { RegistrationsTestApp } from './registrations-test-app.js';

const ORGANISATION_TOPIC = 'registrations.organisation.v1';
const CONTACT_TOPIC = 'registrations.organisation-contact.v1';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

type Body = Record<string, unknown>;

let kvkCounter = 10_000_000 + Math.floor(Math.random() * 80_000_000);
const nextKvk = () => String(kvkCounter++);

function registration(overrides: Body = {}): Body {
  return {
    name: 'Stichting Buurtkracht Overvecht',
    kvkNumber: nextKvk(),
    sector: 'social-cohesion',
    address: { street: 'Bernadottelaan 15', postcode: '3527ga', city: 'Utrecht' },
    coordinators: [
      { name: 'Fatima Benali', email: 'f.benali@buurtkracht.nl', phone: '06 12345678' },
      { name: 'Kees de Boer', email: 'kees@buurtkracht.nl' },
    ],
    ...overrides,
  };
}

function expectProblem(response: Response, status: number, slug?: string): void {
  expect({ status: response.status, type: response.headers['content-type'] }).toMatchObject({
    status,
    type: expect.stringMatching(/application\/problem\+json/),
  });
  if (slug) expect(response.body.type).toBe(`https://vrijwilligers.example/problems/${slug}`);
}

function invalidFieldsOf(response: Response): string[] {
  expectProblem(response, 400, 'validation');
  return (response.body.errors as Array<{ field: string }>).map((e) => e.field).sort();
}

describe('organisations (registrations service, real PostgreSQL and Kafka)', () => {
  let app: RegistrationsTestApp;
  let centreA: string;
  let centreB: string;
  let regionId: string;
  const tokens = new Map<string, string>();

  async function token(role: Role, centreId = centreA, claims: Body = {}): Promise<string> {
    const key = `${role}/${centreId}/${JSON.stringify(claims)}`;
    if (!tokens.has(key)) tokens.set(key, await app.token(role, { centreId, ...claims }));
    return tokens.get(key)!;
  }

  async function register(body: Body, as: Role = 'organisation-coordinator', centreId = centreA): Promise<Response> {
    return app.http().post('/v1/organisations').set('Authorization', `Bearer ${await token(as, centreId)}`).send(body);
  }

  async function registered(overrides: Body = {}, centreId = centreA): Promise<Body & { id: string }> {
    const response = await register(registration(overrides), 'consultant', centreId);
    expect(response.status).toBe(201);
    return response.body;
  }

  async function organisationRows(where: string, parameters: unknown[]): Promise<number> {
    const [{ count }] = await runInTenant(app.running.dataSource, { consortium: true }, (m) =>
      m.query(`SELECT count(*)::int AS count FROM organisation WHERE ${where}`, parameters),
    );
    return count;
  }

  /** Events about organisations (public or contact) whose payload mentions `text`, pending in the outbox or already on Kafka. */
  async function eventsMentioning(text: string): Promise<number> {
    const pending = await app.running.dataSource.query(`SELECT count(*)::int AS count FROM outbox_message WHERE value LIKE $1`, [`%${text}%`]);
    const delivered = app.probe.records.filter((r) => [ORGANISATION_TOPIC, CONTACT_TOPIC].includes(r.topic) && r.value?.includes(text)).length;
    return pending[0].count + delivered;
  }

  /** Records on one topic keyed by the organisation, once at least `count` arrived. */
  async function recordsAbout(organisationId: string, count: number, topic = ORGANISATION_TOPIC) {
    const onTopic = (all: typeof app.probe.records) => all.filter((r) => r.key === organisationId && r.topic === topic);
    return onTopic(await app.probe.waitFor((all) => onTopic(all).length >= count, 20_000));
  }

  beforeAll(async () => {
    app = await RegistrationsTestApp.start();
    const admin = await app.token('consortium-admin');
    const region = await app.http().post('/v1/regions').set('Authorization', `Bearer ${admin}`).send({ name: `Regio ${randomUUID().slice(0, 8)}` });
    regionId = region.body.id;
    const centre = async (name: string) =>
      (await app.http().post('/v1/centres').set('Authorization', `Bearer ${admin}`).send({ regionId, name, municipalities: ['GM0344'] })).body.id as string;
    [centreA, centreB] = [await centre('Vrijwilligerscentrale Utrecht'), await centre('Steunpunt Zeist')];
  });

  afterAll(async () => {
    await app.stop();
  });

  it('creates both restricted contact topics compacted, so a tombstone erases the key', async () => {
    const admin = testKafka().admin();
    await admin.connect();
    try {
      const described = await admin.describeConfigs({
        resources: ['registrations.volunteer-contact.v1', CONTACT_TOPIC].map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['cleanup.policy'] })),
        includeSynonyms: false,
      });
      expect(described.resources.map((r) => [r.resourceName, r.configEntries.map((e) => e.configValue)]).sort()).toEqual([
        [CONTACT_TOPIC, ['compact']],
        ['registrations.volunteer-contact.v1', ['compact']],
      ]);
    } finally {
      await admin.disconnect();
    }
  });

  describe('registration', () => {
    it('registers an organisation for the coordinator’s centre, unverified, with normalised postcode and phone', async () => {
      const body = registration({ centreId: undefined });
      const response = await register(body);

      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        centreId: centreA,
        name: 'Stichting Buurtkracht Overvecht',
        kvkNumber: body.kvkNumber,
        sector: 'social-cohesion',
        address: { street: 'Bernadottelaan 15', postcode: '3527 GA', city: 'Utrecht' },
        coordinators: [
          { name: 'Fatima Benali', email: 'f.benali@buurtkracht.nl', phone: '+31612345678' },
          { name: 'Kees de Boer', email: 'kees@buurtkracht.nl' },
        ],
        status: 'registered',
        verifiedAt: null,
        createdAt: expect.any(String),
      });
    });

    it('publishes organisation.registered once, with the postcode area and without street or coordinators', async () => {
      const organisation = await registered();

      const [record] = await recordsAbout(organisation.id, 1);
      expect(record.topic).toBe(ORGANISATION_TOPIC);
      expect(record.headers).toMatchObject({
        [CE.type]: 'registrations.organisation.registered',
        [CE.subject]: organisation.id,
        [CE.centreid]: centreA,
        [CE.regionid]: regionId,
      });
      const payload = JSON.parse(record.value!);
      expect(payload).toEqual({
        organisationId: organisation.id,
        centreId: centreA,
        name: 'Stichting Buurtkracht Overvecht',
        kvkNumber: organisation.kvkNumber,
        sector: 'social-cohesion',
        postcodeArea: '3527',
        status: 'registered',
      });
      for (const personal of ['Fatima', 'Benali', 'buurtkracht.nl', '+3161', 'Bernadottelaan', '3527 GA', 'coordinators']) {
        expect(record.value).not.toContain(personal);
      }
      expect(await recordsAbout(organisation.id, 1)).toHaveLength(1);
    });

    it('puts exactly one contact record on the restricted topic, keyed by the organisation, with the coordinators', async () => {
      const organisation = await registered();

      const [record] = await recordsAbout(organisation.id, 1, CONTACT_TOPIC);
      expect(record!.headers).toMatchObject({
        [CE.type]: 'registrations.organisation-contact.changed',
        [CE.subject]: organisation.id,
        [CE.centreid]: centreA,
      });
      expect(JSON.parse(record!.value!)).toEqual({
        organisationId: organisation.id,
        centreId: centreA,
        organisationName: 'Stichting Buurtkracht Overvecht',
        coordinators: [
          { name: 'Fatima Benali', email: 'f.benali@buurtkracht.nl', phone: '+31612345678' },
          { name: 'Kees de Boer', email: 'kees@buurtkracht.nl' },
        ],
      });
      // Verification changes nothing about the contact data: still one record.
      await app.http().post(`/v1/organisations/${organisation.id}/verify`).set('Authorization', `Bearer ${await token('consultant')}`);
      await recordsAbout(organisation.id, 2);
      expect(app.probe.records.filter((r) => r.key === organisation.id && r.topic === CONTACT_TOPIC)).toHaveLength(1);
    });

    it('lets centre staff register an organisation on its behalf', async () => {
      for (const role of ['consultant', 'centre-admin'] as const) {
        expect((await register(registration(), role)).status).toBe(201);
      }
    });

    it('refuses a second organisation with the same KvK number in one centre (409), and stores and publishes nothing', async () => {
      const first = await registered();
      const response = await register(registration({ kvkNumber: first.kvkNumber, name: 'Dubbele Stichting' }));

      expectProblem(response, 409, 'duplicate-kvk-number');
      expect(await organisationRows('kvk_number = $1', [first.kvkNumber])).toBe(1);
      await recordsAbout(first.id as string, 1);
      expect(await eventsMentioning('Dubbele Stichting')).toBe(0);
    });

    it('registers once for a repeated Idempotency-Key and replays the first answer', async () => {
      const body = registration();
      const key = randomUUID();
      const send = async () =>
        app.http().post('/v1/organisations').set('Authorization', `Bearer ${await token('consultant')}`).set('Idempotency-Key', key).send(body);
      const first = await send();
      const again = await send();

      expect([first.status, again.status]).toEqual([201, 201]);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      expect(await organisationRows('kvk_number = $1', [body.kvkNumber])).toBe(1);
    });

    it('accepts the same KvK number in another centre', async () => {
      const first = await registered();
      const response = await register(registration({ kvkNumber: first.kvkNumber }), 'consultant', centreB);
      expect(response.status).toBe(201);
    });

    it('refuses two racing registrations of one KvK number but one', async () => {
      const body = registration();
      const responses = await Promise.all([register(body), register(body), register(body)]);
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409]);
      expect(await organisationRows('kvk_number = $1 AND centre_id = $2', [body.kvkNumber, centreA])).toBe(1);
    });

    it.each<[string, Body, string[]]>([
      ['an invalid KvK number', { kvkNumber: '1234567' }, ['kvkNumber']],
      ['a KvK number as a number', { kvkNumber: 12345678 }, ['kvkNumber']],
      ['an invalid postcode', { address: { postcode: '0123 AB', city: 'Utrecht' } }, ['address.postcode']],
      ['a missing address', { address: undefined }, ['address']],
      ['no coordinators', { coordinators: [] }, ['coordinators']],
      ['a coordinator with a bad email', { coordinators: [{ name: 'X', email: 'no-email' }] }, ['coordinators.0.email']],
      ['a name of 201 characters', { name: 'n'.repeat(201) }, ['name']],
      ['a sector that is no code', { sector: 'Zorg & Welzijn' }, ['sector']],
      ['an unknown field', { status: 'verified' }, ['status']],
      ['several bad fields', { kvkNumber: 'abc', sector: 5, address: { postcode: 'x', city: '' }, extra: true }, ['address.city', 'address.postcode', 'extra', 'kvkNumber', 'sector']],
    ])('refuses %s with 400 naming each field, and stores and publishes nothing', async (_case, change, fields) => {
      const marker = `Stichting ${randomUUID()}`;
      const response = await register(registration({ name: marker, ...change }));

      expect(invalidFieldsOf(response)).toEqual(fields);
      expect(await organisationRows('name = $1', [marker])).toBe(0);
      expect(await eventsMentioning(marker)).toBe(0);
    });

    it.each([
      ['no token', undefined, 401],
      ['a volunteer', 'volunteer', 403],
      ['a consortium admin (no centre)', 'consortium-admin', 403],
      ['a trainer', 'trainer', 403],
    ] as const)('refuses registration by %s', async (_who, role, status) => {
      const call = app.http().post('/v1/organisations');
      if (role) call.set('Authorization', `Bearer ${await app.token(role)}`);
      expectProblem(await call.send(registration()), status);
    });
  });

  describe('verification', () => {
    it('lets a consultant verify an organisation and publishes organisation.verified once', async () => {
      const organisation = await registered();
      const response = await app
        .http()
        .post(`/v1/organisations/${organisation.id}/verify`)
        .set('Authorization', `Bearer ${await token('consultant')}`);

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: organisation.id, status: 'verified', verifiedAt: expect.any(String) });
      const records = await recordsAbout(organisation.id, 2);
      expect(records.map((r) => r.headers[CE.type])).toEqual(['registrations.organisation.registered', 'registrations.organisation.verified']);
      expect(JSON.parse(records[1]!.value!)).toEqual({
        organisationId: organisation.id,
        centreId: centreA,
        name: 'Stichting Buurtkracht Overvecht',
        kvkNumber: organisation.kvkNumber,
        sector: 'social-cohesion',
        postcodeArea: '3527',
        status: 'verified',
      });
    });

    it('refuses to verify twice (409 invalid transition) and publishes nothing more', async () => {
      const organisation = await registered();
      const verify = async () =>
        app.http().post(`/v1/organisations/${organisation.id}/verify`).set('Authorization', `Bearer ${await token('centre-admin')}`);
      expect((await verify()).status).toBe(200);
      const again = await verify();

      expectProblem(again, 409, 'invalid-transition');
      expect(again.body).toMatchObject({ from: 'verified', to: 'verified' });
      await recordsAbout(organisation.id, 2);
      expect(app.probe.records.filter((r) => r.key === organisation.id && r.topic === ORGANISATION_TOPIC)).toHaveLength(2);
    });

    it.each(['organisation-coordinator', 'volunteer'] as const)('refuses verification by the role %s (403)', async (role) => {
      const organisation = await registered();
      const response = await app.http().post(`/v1/organisations/${organisation.id}/verify`).set('Authorization', `Bearer ${await token(role)}`);
      expectProblem(response, 403);
      expect(await organisationRows(`id = $1 AND status = 'registered'`, [organisation.id])).toBe(1);
    });
  });

  describe('reading', () => {
    it('shows staff one organisation with its coordinators, and a coordinator only their own', async () => {
      const organisation = await registered();
      const other = await registered();
      const own = await token('organisation-coordinator', centreA, { organisationId: organisation.id });

      const byStaff = await app.http().get(`/v1/organisations/${organisation.id}`).set('Authorization', `Bearer ${await token('consultant')}`);
      expect(byStaff.status).toBe(200);
      expect(byStaff.body.coordinators).toHaveLength(2);
      expect((await app.http().get(`/v1/organisations/${organisation.id}`).set('Authorization', `Bearer ${own}`)).status).toBe(200);
      expectProblem(await app.http().get(`/v1/organisations/${other.id}`).set('Authorization', `Bearer ${own}`), 404, 'not-found');
    });

    it('lists the centre’s organisations newest first, each once across cursor pages, filtered by status', async () => {
      const centre = (
        await app
          .http()
          .post('/v1/centres')
          .set('Authorization', `Bearer ${await app.token('consortium-admin')}`)
          .send({ regionId, name: 'Centrale met een lijst', municipalities: ['GM0344'] })
      ).body.id as string;
      const created: string[] = [];
      for (let i = 0; i < 7; i++) created.push((await registered({ name: `Organisatie ${i}` }, centre)).id);
      await app.http().post(`/v1/organisations/${created[2]}/verify`).set('Authorization', `Bearer ${await token('consultant', centre)}`);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Response = await app
          .http()
          .get('/v1/organisations')
          .query({ limit: 3, ...(cursor ? { cursor } : {}) })
          .set('Authorization', `Bearer ${await token('consultant', centre)}`);
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(3);
        seen.push(...page.body.items.map((item: { id: string }) => item.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual([...created].reverse());

      const verified = await app.http().get('/v1/organisations?status=verified').set('Authorization', `Bearer ${await token('centre-admin', centre)}`);
      expect(verified.body.items.map((item: { id: string }) => item.id)).toEqual([created[2]]);
    });

    it.each<[string, string, string[]]>([
      ['a limit of 101', 'limit=101', ['limit']],
      ['a limit that is no number', 'limit=ten', ['limit']],
      ['an unknown status', 'status=pending', ['status']],
      ['a cursor it did not give out', 'cursor=abc', ['cursor']],
      ['an unknown parameter', 'sort=name', ['sort']],
    ])('refuses a list with %s (400)', async (_case, query, fields) => {
      const response = await app.http().get(`/v1/organisations?${query}`).set('Authorization', `Bearer ${await token('consultant')}`);
      expect(invalidFieldsOf(response)).toEqual(fields);
    });

    it('does not list organisations for a coordinator (403)', async () => {
      expectProblem(await app.http().get('/v1/organisations').set('Authorization', `Bearer ${await token('organisation-coordinator')}`), 403);
    });
  });

  describe('tenant isolation', () => {
    it('answers staff of centre A about centre B’s organisation exactly as about an unknown id (404)', async () => {
      const ofB = await registered({}, centreB);
      const staffOfA = await token('centre-admin');
      for (const id of [ofB.id, UNKNOWN_ID]) {
        expectProblem(await app.http().get(`/v1/organisations/${id}`).set('Authorization', `Bearer ${staffOfA}`), 404, 'not-found');
        expectProblem(await app.http().post(`/v1/organisations/${id}/verify`).set('Authorization', `Bearer ${staffOfA}`), 404, 'not-found');
      }
      expect(await organisationRows(`id = $1 AND status = 'registered'`, [ofB.id])).toBe(1);
      const list = await app.http().get('/v1/organisations?limit=100').set('Authorization', `Bearer ${staffOfA}`);
      expect(list.body.items.map((item: { centreId: string }) => item.centreId)).not.toContain(centreB);
    });

    it('does not let a coordinator reach another centre’s organisation with its id in the token', async () => {
      const ofB = await registered({}, centreB);
      const impostor = await token('organisation-coordinator', centreA, { organisationId: ofB.id });
      expectProblem(await app.http().get(`/v1/organisations/${ofB.id}`).set('Authorization', `Bearer ${impostor}`), 404, 'not-found');
    });
  });
});
