import { CE } from '@vc/messaging';
import { runInTenant, type Role } from '@vc/service-kit';
import { eventually, type ReceivedRecord } from '@vc/testing';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { VacancyExpiryScheduler } from '../src/vacancies/expire-vacancies/vacancy-expiry.scheduler.js';
import { PublishVacancyHandler } from '../src/vacancies/publish-vacancy/publish-vacancy.handler.js';
import { todayInAmsterdam } from '../src/vacancies/vacancy-values.js';
import { RegistrationsTestApp } from './registrations-test-app.js';

const VACANCY_TOPIC = 'registrations.vacancy.v1';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Body = Record<string, unknown>;
type Status = 'draft' | 'published' | 'filled' | 'closed' | 'expired';

function inDays(days: number): string {
  const noon = new Date(`${todayInAmsterdam()}T12:00:00Z`);
  return new Date(noon.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function structural(overrides: Body = {}): Body {
  return {
    kind: 'structural',
    title: 'Taalmaatje voor een nieuwe buurtbewoner',
    description: 'Een uur per week samen Nederlands oefenen bij iemand thuis of in de bibliotheek.',
    sector: 'language-and-integration',
    skills: ['teaching.language-coaching', 'social.listening'],
    requirements: { vogRequired: true, minimumAge: 18, dutchLevel: 'B2' },
    suitability: { needsGuidance: true },
    postcode: '3562 ab',
    availability: [
      { day: 'tuesday', part: 'evening' },
      { day: 'saturday', part: 'morning' },
    ],
    hoursPerWeek: 2,
    startsOn: inDays(-10),
    endsOn: inDays(200),
    ...overrides,
  };
}

function oneOff(overrides: Body = {}): Body {
  return {
    kind: 'one-off',
    title: 'NLdoet: moestuin klaarmaken voor het voorjaar',
    description: 'Samen met de buurt de moestuin van het wijkcentrum klaarmaken.',
    sector: 'nature',
    skills: ['outdoor.gardening'],
    requirements: { minimumAge: 12 },
    suitability: { students: true, newcomersWithoutDutch: true, needsGuidance: true },
    postcode: '3563AA',
    date: inDays(30),
    startTime: '09:30',
    endTime: '13:00',
    places: 12,
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

describe('vacancies (registrations service, real PostgreSQL and Kafka)', () => {
  let app: RegistrationsTestApp;
  let regionId: string;
  let centreA: string;
  let centreB: string;
  let verifiedA: string;
  let otherVerifiedA: string;
  let unverifiedA: string;
  let verifiedB: string;
  let kvk = 20_000_000 + Math.floor(Math.random() * 70_000_000);

  const staff = (role: Role = 'consultant', centreId = centreA) => app.token(role, { centreId });
  const coordinator = (organisationId = verifiedA, centreId = centreA) =>
    app.token('organisation-coordinator', { centreId, organisationId });

  async function send(method: 'post' | 'patch' | 'get', path: string, token: string, body?: Body): Promise<Response> {
    const call = app.http()[method](path).set('Authorization', `Bearer ${token}`);
    return body === undefined ? call : call.send(body);
  }

  async function organisation(centreId: string, verify: boolean): Promise<string> {
    const token = await staff('consultant', centreId);
    const response = await send('post', '/v1/organisations', token, {
      name: `Stichting ${kvk}`,
      kvkNumber: String(kvk++),
      sector: 'social-cohesion',
      address: { postcode: '3527 GA', city: 'Utrecht' },
      coordinators: [{ name: 'Fatima Benali', email: 'fatima@example.nl' }],
    });
    expect(response.status).toBe(201);
    if (verify) expect((await send('post', `/v1/organisations/${response.body.id}/verify`, token)).status).toBe(200);
    return response.body.id;
  }

  async function create(body: Body, token?: string): Promise<Body & { id: string }> {
    const response = await send('post', '/v1/vacancies', token ?? (await coordinator()), body);
    expect(response.status).toBe(201);
    return response.body;
  }

  const act = async (id: string, action: 'publish' | 'fill' | 'close', token?: string) =>
    send('post', `/v1/vacancies/${id}/${action}`, token ?? (await coordinator()));

  /**
   * The events about one vacancy once everything committed has reached Kafka: waits for `count`,
   * then until nothing about it is left in the outbox, then a little longer for stragglers.
   */
  async function settledEventsAbout(id: string, count: number): Promise<ReceivedRecord[]> {
    if (count > 0) await app.eventsAbout(id, count);
    await eventually(async () => {
      const [{ pending }] = await app.running.dataSource.query(`SELECT count(*)::int AS pending FROM outbox_message WHERE message_key = $1`, [id]);
      expect(pending).toBe(0);
    });
    await sleep(400);
    return app.probe.records.filter((r) => r.key === id);
  }

  const typesOf = (records: ReceivedRecord[]) => records.map((r) => r.headers[CE.type]!.replace('registrations.vacancy.', ''));

  async function statusOf(id: string): Promise<string> {
    const [row] = await runInTenant(app.running.dataSource, { consortium: true }, (m) => m.query(`SELECT status FROM vacancy WHERE id = $1`, [id]));
    return row.status;
  }

  /** A vacancy brought to `status` through the API (expired: through the scheduler), and the events that took. */
  async function vacancyIn(status: Status): Promise<{ id: string; events: number }> {
    const vacancy = await create(structural({ endsOn: status === 'expired' ? inDays(1) : inDays(200) }));
    if (status === 'draft') return { id: vacancy.id, events: 0 };
    expect((await act(vacancy.id, 'publish')).status).toBe(200);
    if (status === 'published') return { id: vacancy.id, events: 1 };
    if (status === 'expired') {
      await app.running.app.get(VacancyExpiryScheduler).expireDueVacancies(inDays(2));
      expect(await statusOf(vacancy.id)).toBe('expired');
      return { id: vacancy.id, events: 2 };
    }
    expect((await act(vacancy.id, status === 'filled' ? 'fill' : 'close')).status).toBe(200);
    return { id: vacancy.id, events: 2 };
  }

  beforeAll(async () => {
    app = await RegistrationsTestApp.start();
    const admin = await app.token('consortium-admin');
    regionId = (await send('post', '/v1/regions', admin, { name: `Regio ${randomUUID().slice(0, 8)}` })).body.id;
    const centre = async (name: string) => (await send('post', '/v1/centres', admin, { regionId, name, municipalities: ['GM0344'] })).body.id as string;
    [centreA, centreB] = [await centre('Vrijwilligerscentrale Utrecht'), await centre('Vrijwilligerscentrale Amersfoort')];
    [verifiedA, otherVerifiedA, unverifiedA, verifiedB] = [
      await organisation(centreA, true),
      await organisation(centreA, true),
      await organisation(centreA, false),
      await organisation(centreB, true),
    ];
  });

  afterAll(async () => {
    await app.stop();
  });

  describe('drafts', () => {
    it('lets a coordinator draft a vacancy for their organisation, stored as a draft with nothing published', async () => {
      const response = await send('post', '/v1/vacancies', await coordinator(), structural());

      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        centreId: centreA,
        organisationId: verifiedA,
        kind: 'structural',
        status: 'draft',
        title: 'Taalmaatje voor een nieuwe buurtbewoner',
        description: expect.any(String),
        sector: 'language-and-integration',
        skills: ['teaching.language-coaching', 'social.listening'],
        requirements: { vogRequired: true, minimumAge: 18, dutchLevel: 'B2' },
        suitability: { students: false, newcomersWithoutDutch: false, needsGuidance: true },
        remote: false,
        postcode: '3562 AB',
        date: null,
        startTime: null,
        endTime: null,
        places: null,
        placesLeft: null,
        availability: [
          { day: 'tuesday', part: 'evening' },
          { day: 'saturday', part: 'morning' },
        ],
        hoursPerWeek: 2,
        startsOn: inDays(-10),
        endsOn: inDays(200),
        publishedAt: null,
        closedAt: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect(await settledEventsAbout(response.body.id, 0)).toEqual([]);
    });

    it('lets staff draft a vacancy for one of the centre’s organisations, and requires them to name it', async () => {
      const token = await staff('centre-admin');
      const created = await send('post', '/v1/vacancies', token, oneOff({ organisationId: otherVerifiedA }));
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ organisationId: otherVerifiedA, places: 12, placesLeft: 12, startTime: '09:30', endTime: '13:00' });
      expect(invalidFieldsOf(await send('post', '/v1/vacancies', token, oneOff()))).toEqual(['organisationId']);
    });

    it('answers 404 for an organisation that is not the caller’s to post for', async () => {
      const foreignForCoordinator = await send('post', '/v1/vacancies', await coordinator(), structural({ organisationId: otherVerifiedA }));
      const otherCentreForStaff = await send('post', '/v1/vacancies', await staff(), structural({ organisationId: verifiedB }));
      expectProblem(foreignForCoordinator, 404, 'not-found');
      expectProblem(otherCentreForStaff, 404, 'not-found');
    });

    it.each([
      ['no token', undefined, 401],
      ['a volunteer', 'volunteer', 403],
      ['a consortium admin', 'consortium-admin', 403],
      ['a coordinator without an organisation in the token', 'organisation-coordinator', 403],
    ] as const)('refuses a draft from %s', async (_who, role, status) => {
      const call = app.http().post('/v1/vacancies');
      if (role) call.set('Authorization', `Bearer ${await app.token(role, { centreId: centreA })}`);
      expectProblem(await call.send(structural({ organisationId: verifiedA })), status);
    });
  });

  describe('lifecycle', () => {
    const RESULTS: Record<string, Status | undefined> = {
      'draft publish': 'published',
      'published fill': 'filled',
      'published close': 'closed',
      'filled publish': 'published',
      'filled close': 'closed',
    };
    const cases = (['draft', 'published', 'filled', 'closed', 'expired'] as const).flatMap((from) =>
      (['publish', 'fill', 'close'] as const).map((action) => [from, action, RESULTS[`${from} ${action}`] ?? null] as const),
    );

    it.each(cases)('%s --%s--> %s', async (from, action, to) => {
      const { id, events } = await vacancyIn(from);
      await settledEventsAbout(id, events);

      const response = await act(id, action);

      if (to) {
        expect(response.status).toBe(200);
        expect(response.body.status).toBe(to);
        const records = await settledEventsAbout(id, events + 1);
        expect(records).toHaveLength(events + 1);
        expect(records.at(-1)!.headers).toMatchObject({ [CE.type]: `registrations.vacancy.${to}`, [CE.centreid]: centreA, [CE.regionid]: regionId });
        expect(JSON.parse(records.at(-1)!.value!).status).toBe(to);
      } else {
        expectProblem(response, 409, 'invalid-transition');
        expect(response.body).toMatchObject({ from });
        expect(await statusOf(id)).toBe(from);
        expect(await settledEventsAbout(id, events)).toHaveLength(events);
      }
    });

    it('publishes each change of one vacancy once, in order', async () => {
      const vacancy = await create(oneOff());
      for (const action of ['publish', 'fill'] as const) expect((await act(vacancy.id, action)).status).toBe(200);
      expect((await send('patch', `/v1/vacancies/${vacancy.id}`, await coordinator(), { placesLeft: 2 })).status).toBe(200);
      for (const action of ['publish', 'close'] as const) expect((await act(vacancy.id, action)).status).toBe(200);

      expect(typesOf(await settledEventsAbout(vacancy.id, 5))).toEqual(['published', 'filled', 'updated', 'published', 'closed']);
    });

    it('refuses to publish a vacancy of an organisation the centre has not verified (422), and publishes nothing', async () => {
      const vacancy = await create(structural(), await coordinator(unverifiedA));
      const response = await act(vacancy.id, 'publish', await coordinator(unverifiedA));

      expectProblem(response, 422, 'organisation-not-verified');
      expect(await statusOf(vacancy.id)).toBe('draft');
      expect(await settledEventsAbout(vacancy.id, 0)).toEqual([]);
    });

    it('refuses to publish a filled one-off without a place left until placesLeft is raised', async () => {
      const vacancy = await create(oneOff({ places: 3 }));
      await act(vacancy.id, 'publish');
      expect((await act(vacancy.id, 'fill')).body).toMatchObject({ status: 'filled', placesLeft: 0 });

      expectProblem(await act(vacancy.id, 'publish'), 422, 'no-places-left');
      await send('patch', `/v1/vacancies/${vacancy.id}`, await coordinator(), { placesLeft: 1 });
      expect((await act(vacancy.id, 'publish')).body).toMatchObject({ status: 'published', placesLeft: 1 });
    });

    it('refuses to publish a vacancy whose last day has passed (422)', async () => {
      const vacancy = await create(structural({ endsOn: inDays(1) }));
      await runInTenant(app.running.dataSource, { centreId: centreA }, (m) => m.query(`UPDATE vacancy SET ends_on = $2 WHERE id = $1`, [vacancy.id, inDays(-1)]));
      expectProblem(await act(vacancy.id, 'publish'), 422, 'vacancy-ended');
    });

    it('publishes nothing when the transaction that published rolls back', async () => {
      const vacancy = await create(structural());
      const handler = app.running.app.get(PublishVacancyHandler);
      const access = { scope: { centreId: centreA }, organisationId: verifiedA };

      await expect(
        runInTenant(app.running.dataSource, access.scope, async (manager) => {
          await handler.publishVacancy(manager, access, vacancy.id);
          throw new Error('something after the publish failed');
        }),
      ).rejects.toThrow('something after the publish failed');
      expect(await statusOf(vacancy.id)).toBe('draft');

      expect((await act(vacancy.id, 'publish')).status).toBe(200);
      expect(typesOf(await settledEventsAbout(vacancy.id, 1))).toEqual(['published']);
    });
  });

  describe('events', () => {
    it('carries a one-off as its contract says: HH:MM times, PC4, no nulls, no personal data', async () => {
      const vacancy = await create(oneOff());
      await act(vacancy.id, 'publish');

      const [record] = await settledEventsAbout(vacancy.id, 1);
      expect(record!.topic).toBe(VACANCY_TOPIC);
      expect(JSON.parse(record!.value!)).toEqual({
        vacancyId: vacancy.id,
        organisationId: verifiedA,
        centreId: centreA,
        kind: 'one-off',
        title: 'NLdoet: moestuin klaarmaken voor het voorjaar',
        sector: 'nature',
        skills: ['outdoor.gardening'],
        requirements: { vogRequired: false, minimumAge: 12 },
        suitability: { students: true, newcomersWithoutDutch: true, needsGuidance: true },
        remote: false,
        postcodeArea: '3563',
        date: inDays(30),
        startTime: '09:30',
        endTime: '13:00',
        places: 12,
        placesLeft: 12,
        availability: [],
        status: 'published',
      });
    });

    it('leaves out what a remote help request does not have', async () => {
      const vacancy = await create(
        {
          kind: 'help-request',
          organisationId: verifiedA,
          title: 'Respijtzorg: wandelen op dinsdag',
          description: 'Een middag wandelen zodat de mantelzorger even vrij is.',
          sector: 'care',
          remote: true,
        },
        await staff(),
      );
      await act(vacancy.id, 'publish', await staff());

      const [record] = await settledEventsAbout(vacancy.id, 1);
      expect(JSON.parse(record!.value!)).toEqual({
        vacancyId: vacancy.id,
        organisationId: verifiedA,
        centreId: centreA,
        kind: 'help-request',
        title: 'Respijtzorg: wandelen op dinsdag',
        sector: 'care',
        skills: [],
        requirements: { vogRequired: false },
        suitability: { students: false, newcomersWithoutDutch: false, needsGuidance: false },
        remote: true,
        availability: [],
        status: 'published',
      });
    });
  });

  describe('updates', () => {
    it('changes a draft silently and a published vacancy with vacancy.updated carrying the whole vacancy', async () => {
      const vacancy = await create(structural());
      const token = await coordinator();
      expect((await send('patch', `/v1/vacancies/${vacancy.id}`, token, { title: 'Taalmaatje (concept 2)' })).body.title).toBe('Taalmaatje (concept 2)');
      await act(vacancy.id, 'publish');

      const response = await send('patch', `/v1/vacancies/${vacancy.id}`, token, {
        title: 'Taalmaatje gezocht',
        requirements: { dutchLevel: null },
        hoursPerWeek: null,
      });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ title: 'Taalmaatje gezocht', requirements: { vogRequired: true, minimumAge: 18, dutchLevel: null }, hoursPerWeek: null });
      const records = await settledEventsAbout(vacancy.id, 2);
      expect(typesOf(records)).toEqual(['published', 'updated']);
      const payload = JSON.parse(records[1]!.value!);
      expect(payload).toMatchObject({ title: 'Taalmaatje gezocht', requirements: { vogRequired: true, minimumAge: 18 }, status: 'published' });
      expect(payload).not.toHaveProperty('hoursPerWeek');
      expect(payload.requirements).not.toHaveProperty('dutchLevel');
    });

    it('announces nothing for a change that changes nothing', async () => {
      const vacancy = await create(structural());
      await act(vacancy.id, 'publish');
      expect((await send('patch', `/v1/vacancies/${vacancy.id}`, await coordinator(), { title: 'Taalmaatje voor een nieuwe buurtbewoner', postcode: '3562AB' })).status).toBe(200);
      expect(typesOf(await settledEventsAbout(vacancy.id, 1))).toEqual(['published']);
    });

    it('moves the places left along with the places', async () => {
      const vacancy = await create(oneOff({ places: 10, placesLeft: 4 }));
      const response = await send('patch', `/v1/vacancies/${vacancy.id}`, await coordinator(), { places: 12 });
      expect(response.body).toMatchObject({ places: 12, placesLeft: 6 });
    });

    it.each<[string, () => Body, Body, string[]]>([
      ['fewer places than are left', oneOff, { placesLeft: 20 }, ['placesLeft']],
      ['an end time before the start time', oneOff, { endTime: '08:00' }, ['endTime']],
      ['weekly hours on a one-off', oneOff, { hoursPerWeek: 3 }, ['hoursPerWeek']],
      ['a day on a structural vacancy', structural, { date: inDays(3) }, ['date']],
      ['no postcode for work on location', structural, { postcode: null }, ['postcode']],
      ['an end date in the past', structural, { endsOn: inDays(-1) }, ['endsOn']],
      ['a start date after the end date', structural, { startsOn: inDays(300) }, ['endsOn']],
      ['a new kind', structural, { kind: 'one-off' }, ['kind']],
      ['a title of 201 characters', structural, { title: 't'.repeat(201) }, ['title']],
      ['a title that is null', structural, { title: null }, ['title']],
      ['an invalid postcode', structural, { postcode: '1234' }, ['postcode']],
      ['an invalid date', oneOff, { date: '2031-13-01' }, ['date']],
      ['an unknown requirement', structural, { requirements: { licence: 'B' } }, ['requirements.licence']],
      ['an unknown field', structural, { status: 'closed' }, ['status']],
    ])('refuses a change to %s (400) and keeps the vacancy and its events as they were', async (_case, base, change, fields) => {
      const vacancy = await create(base());
      await act(vacancy.id, 'publish');
      const response = await send('patch', `/v1/vacancies/${vacancy.id}`, await coordinator(), change);

      expect(invalidFieldsOf(response)).toEqual(fields);
      const stored = await send('get', `/v1/vacancies/${vacancy.id}`, await coordinator());
      expect({ ...stored.body, publishedAt: undefined }).toEqual({ ...vacancy, status: 'published', publishedAt: undefined, updatedAt: stored.body.updatedAt });
      expect(typesOf(await settledEventsAbout(vacancy.id, 1))).toEqual(['published']);
    });

    it('refuses changes to a closed vacancy (409)', async () => {
      const { id } = await vacancyIn('closed');
      expectProblem(await send('patch', `/v1/vacancies/${id}`, await coordinator(), { title: 'Nog een keer' }), 409, 'vacancy-not-editable');
    });
  });

  describe('bad input for a new vacancy', () => {
    it.each<[string, () => Body, Body, string[]]>([
      ['no title', structural, { title: undefined }, ['title']],
      ['a title as a number', structural, { title: 42 }, ['title']],
      ['a title of 201 characters', structural, { title: 'x'.repeat(201) }, ['title']],
      ['an unknown kind', structural, { kind: 'internship' }, ['kind']],
      ['an invalid postcode', structural, { postcode: '3562 SS' }, ['postcode']],
      ['a date that does not exist', oneOff, { date: '2031-02-29' }, ['date']],
      ['a one-off without its day and times', oneOff, { date: undefined, startTime: undefined, endTime: undefined }, ['date', 'endTime', 'startTime']],
      ['an unknown Dutch level', structural, { requirements: { dutchLevel: 'native' } }, ['requirements.dutchLevel']],
      ['skills as a string', structural, { skills: 'koken' }, ['skills']],
      ['an unknown field', structural, { status: 'published' }, ['status']],
      ['many bad fields at once', oneOff, { title: '', places: -1, remote: 'no', sector: 'X Y', colour: 'red' }, ['colour', 'places', 'remote', 'sector', 'title']],
    ])('refuses %s with 400 naming each field, and stores and publishes nothing', async (_case, base, change, fields) => {
      const marker = `Vacature ${randomUUID()}`;
      const body = { ...base(), description: marker, ...change };
      const response = await send('post', '/v1/vacancies', await coordinator(), body);

      expect(invalidFieldsOf(response)).toEqual(fields);
      const [{ count }] = await runInTenant(app.running.dataSource, { consortium: true }, (m) =>
        m.query(`SELECT count(*)::int AS count FROM vacancy WHERE description = $1`, [marker]),
      );
      expect(count).toBe(0);
      expect(app.probe.records.some((r) => r.value?.includes(marker))).toBe(false);
    });

    it('refuses an id that is no UUID on every vacancy route (400)', async () => {
      const token = await coordinator();
      for (const action of ['publish', 'fill', 'close'] as const) expectProblem(await act('vac-1', action, token), 400);
      expectProblem(await send('patch', '/v1/vacancies/vac-1', token, { title: 'x' }), 400);
      expectProblem(await send('get', '/v1/vacancies/vac-1', token), 400);
    });

    it('refuses a body that is not JSON (400) and one over the size limit (413)', async () => {
      const token = await coordinator();
      const malformed = await app.http().post('/v1/vacancies').set('Authorization', `Bearer ${token}`).set('Content-Type', 'application/json').send('{"kind": ');
      expectProblem(malformed, 400);
      const huge = await send('post', '/v1/vacancies', token, structural({ description: 'x'.repeat(200_000) }));
      expectProblem(huge, 413);
    });
  });

  describe('reading', () => {
    it('lists the centre’s vacancies newest first across cursor pages; a coordinator sees only their organisation’s', async () => {
      const mine = [await create(structural()), await create(oneOff()), await create(structural())].map((v) => v.id);
      const theirs = await create(structural(), await coordinator(otherVerifiedA));

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Response = await app
          .http()
          .get('/v1/vacancies')
          .query({ limit: 2, organisationId: verifiedA, ...(cursor ? { cursor } : {}) })
          .set('Authorization', `Bearer ${await staff()}`);
        expect(page.status).toBe(200);
        seen.push(...page.body.items.map((item: { id: string }) => item.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen.slice(0, 3)).toEqual([...mine].reverse());
      expect(new Set(seen).size).toBe(seen.length);

      const asCoordinator = await send('get', '/v1/vacancies?limit=100', await coordinator(otherVerifiedA));
      expect(asCoordinator.body.items.map((item: { organisationId: string }) => item.organisationId)).toEqual(
        expect.arrayContaining([otherVerifiedA]),
      );
      expect(new Set(asCoordinator.body.items.map((item: { organisationId: string }) => item.organisationId))).toEqual(new Set([otherVerifiedA]));
      expect(asCoordinator.body.items.map((item: { id: string }) => item.id)).toContain(theirs.id);
    });
  });

  describe('tenant isolation', () => {
    let ofB: string;

    beforeAll(async () => {
      const token = await coordinator(verifiedB, centreB);
      ofB = (await create(structural(), token)).id;
      expect((await act(ofB, 'publish', token)).status).toBe(200);
      await settledEventsAbout(ofB, 1);
    });

    it.each(['centre-admin', 'consultant'] as const)('answers a %s of centre A about B’s vacancy exactly as about an unknown id, and changes nothing', async (role) => {
      const token = await staff(role);
      for (const id of [ofB, UNKNOWN_ID]) {
        expectProblem(await send('get', `/v1/vacancies/${id}`, token), 404, 'not-found');
        expectProblem(await send('patch', `/v1/vacancies/${id}`, token, { title: 'Overgenomen' }), 404, 'not-found');
        for (const action of ['publish', 'fill', 'close'] as const) expectProblem(await act(id, action, token), 404, 'not-found');
      }
      const list = await send('get', '/v1/vacancies?limit=100', token);
      expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(ofB);
      expect(await statusOf(ofB)).toBe('published');
      expect(typesOf(await settledEventsAbout(ofB, 1))).toEqual(['published']);
    });

    it('keeps a coordinator to their own organisation within the centre', async () => {
      const other = await create(structural(), await coordinator(otherVerifiedA));
      const token = await coordinator();
      expectProblem(await send('get', `/v1/vacancies/${other.id}`, token), 404, 'not-found');
      expectProblem(await act(other.id, 'publish', token), 404, 'not-found');
      expectProblem(await send('patch', `/v1/vacancies/${other.id}`, token, { title: 'Van mij' }), 404, 'not-found');
      expect(await statusOf(other.id)).toBe('draft');
    });
  });
});
