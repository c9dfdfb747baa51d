import { runInTenant } from '@vc/service-kit';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { todayInAmsterdam } from '../src/vacancies/vacancy-values.js';
import { searchVacancies, type SearchFilters } from '../src/vacancies/search-vacancies/vacancy-search.query.js';
import { RegistrationsTestApp } from './registrations-test-app.js';

type Body = Record<string, unknown>;
type Item = { id: string; title: string; distanceKm: number | null; remote: boolean; place: string | null; date: string | null };

function inDays(days: number): string {
  const noon = new Date(`${todayInAmsterdam()}T12:00:00Z`);
  return new Date(noon.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Every key a public search result has; nothing personal among them (no coordinator, contact data or street). */
const PUBLIC_KEYS = [
  'availability', 'centreId', 'date', 'description', 'distanceKm', 'endTime', 'endsOn', 'hoursPerWeek', 'id', 'kind',
  'organisation', 'place', 'places', 'placesLeft', 'postcodeArea', 'publishedAt', 'remote', 'requirements', 'sector',
  'skills', 'startTime', 'startsOn', 'suitability', 'title',
];

/**
 * The public vacancy bank of one centre, searched without a token, against vacancies created and
 * published through the API (so the listing the search reads is kept by the service itself).
 */
describe('public vacancy search (registrations service, real PostgreSQL and Kafka)', () => {
  let app: RegistrationsTestApp;
  let centreA: string;
  let centreB: string;
  let verified: string;
  let unverified: string;
  const ids: Record<string, string> = {};

  const COORDINATOR = { name: 'Fatima Benali', email: 'fatima.benali@buurtkracht.nl', phone: '06 12345678' };

  async function send(method: 'post' | 'patch', path: string, token: string, body?: Body): Promise<Response> {
    return app.http()[method](path).set('Authorization', `Bearer ${token}`).send(body);
  }

  async function organisation(centreId: string, verify: boolean): Promise<string> {
    const token = await app.token('consultant', { centreId });
    const response = await send('post', '/v1/organisations', token, {
      name: verify ? 'Stichting Buurtkracht' : 'Stichting Nog Niet Gecontroleerd',
      kvkNumber: String(40_000_000 + Math.floor(Math.random() * 50_000_000)),
      sector: 'social-cohesion',
      address: { street: 'Geheimstraat 13', postcode: '3527 GA', city: 'Utrecht' },
      coordinators: [COORDINATOR],
    });
    expect(response.status).toBe(201);
    if (verify) await send('post', `/v1/organisations/${response.body.id}/verify`, token);
    return response.body.id;
  }

  /** Creates a vacancy for `organisationId` and, unless `status` says otherwise, publishes it. */
  async function vacancy(name: string, body: Body, options: { centreId?: string; organisationId?: string; status?: 'draft' | 'published' | 'filled' | 'closed' } = {}) {
    const centreId = options.centreId ?? centreA;
    const token = await app.token('consultant', { centreId });
    const created = await send('post', '/v1/vacancies', token, {
      organisationId: options.organisationId ?? verified,
      kind: 'structural',
      description: 'Je helpt een paar uur per week mee in een gezellig team.',
      sector: 'social-cohesion',
      postcode: '3511 AB',
      ...body,
    });
    expect(created.status).toBe(201);
    ids[name] = created.body.id;
    const status = options.status ?? 'published';
    if (status !== 'draft') expect((await send('post', `/v1/vacancies/${created.body.id}/publish`, token)).status).toBe(200);
    if (status === 'filled' || status === 'closed') {
      const action = status === 'filled' ? 'fill' : 'close';
      expect((await send('post', `/v1/vacancies/${created.body.id}/${action}`, token)).status).toBe(200);
    }
  }

  async function search(query: Body = {}, centreId = centreA): Promise<Response> {
    return app.http().get(`/v1/centres/${centreId}/vacancies`).query(query);
  }

  async function found(query: Body = {}): Promise<string[]> {
    const response = await search({ limit: 50, ...query });
    expect(response.status).toBe(200);
    expect(response.body.nextCursor).toBeNull();
    const byId = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
    return (response.body.items as Item[]).map((item) => byId[item.id] ?? item.id);
  }

  /** Every page of a search, following nextCursor. */
  async function allPages(query: Body): Promise<{ items: Item[]; pages: number }> {
    const items: Item[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const response = await search({ ...query, ...(cursor ? { cursor } : {}) });
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeLessThanOrEqual(Number(query.limit));
      items.push(...response.body.items);
      cursor = response.body.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    return { items, pages };
  }

  beforeAll(async () => {
    app = await RegistrationsTestApp.start();
    const admin = await app.token('consortium-admin');
    const region = await send('post', '/v1/regions', admin, { name: `Regio ${randomUUID().slice(0, 8)}` });
    const centre = async (name: string) =>
      (await send('post', '/v1/centres', admin, { regionId: region.body.id, name, municipalities: ['GM0344'], sharesVacancies: true })).body.id as string;
    [centreA, centreB] = [await centre('Vrijwilligerscentrale Utrecht'), await centre('Vrijwilligerscentrale Groningen')];
    [verified, unverified] = [await organisation(centreA, true), await organisation(centreA, false)];
    const verifiedB = await organisation(centreB, true);

    // Oldest first: the search lists the newest first.
    await vacancy('cook', { title: 'Kok gezocht voor de buurtmaaltijd', sector: 'care', suitability: { students: true }, skills: ['cooking'] });
    await vacancy('cooking together', { title: 'Gastheer bij de eettafel', description: 'Wij koken elke dinsdag samen met buurtbewoners.', sector: 'care' });
    await vacancy('walk', { title: 'Wandeling met ouderen', description: 'Een ommetje in het park.', postcode: '3581 AB', suitability: { needsGuidance: true } });
    await vacancy('groningen garden', { title: 'Hulp in de tuin', description: 'Onkruid wieden in de pluktuin.', sector: 'nature', postcode: '9711 LM' });
    await vacancy('remote', { title: 'Online taalmaatje', description: 'Via videobellen Nederlands oefenen.', sector: 'language-and-integration', postcode: undefined, remote: true, suitability: { newcomersWithoutDutch: true } });
    await vacancy('nldoet soon', { kind: 'one-off', title: 'NLdoet: bankjes schilderen', sector: 'nature', postcode: '3581 AB', date: inDays(10), startTime: '09:00', endTime: '12:00', places: 8 });
    await vacancy('nldoet later', { kind: 'one-off', title: 'NLdoet: speeltuin opknappen', sector: 'nature', postcode: '3562 AB', date: inDays(40), startTime: '13:00', endTime: '16:30', places: 5 });
    // Never public.
    await vacancy('draft', { title: 'Kok voor het zomerfeest (concept)' }, { status: 'draft' });
    await vacancy('help request', { kind: 'help-request', title: 'Respijtzorg: samen koken op vrijdag', sector: 'care' });
    await vacancy('filled', { title: 'Kok voor de kerstmaaltijd' }, { status: 'filled' });
    await vacancy('closed', { title: 'Kok voor de paasbrunch' }, { status: 'closed' });
    await vacancy('other centre', { title: 'Kok gezocht in Groningen', postcode: '9711 LM' }, { centreId: centreB, organisationId: verifiedB });
    await vacancy('unverified', { title: 'Kok zonder controle' }, { organisationId: unverified, status: 'draft' });
    // A published vacancy of an unverified organisation cannot come from the API; the listing must keep it out anyway.
    await runInTenant(app.running.dataSource, { centreId: centreA }, (m) => m.query(`UPDATE vacancy SET status = 'published', published_at = now() WHERE id = $1`, [ids.unverified]));
  });

  afterAll(async () => {
    await app.stop();
  });

  const PUBLIC = ['nldoet later', 'nldoet soon', 'remote', 'groningen garden', 'walk', 'cooking together', 'cook'];

  it('lists the centre’s published vacancies of verified organisations, newest first, without a token', async () => {
    expect(await found()).toEqual(PUBLIC);
  });

  it('never shows drafts, help requests, filled or closed vacancies, unverified organisations or other centres', async () => {
    const everything = [...(await found()), ...(await found({ q: 'kok' })), ...(await found({ q: 'koken' }))];
    for (const hidden of ['draft', 'help request', 'filled', 'closed', 'other centre', 'unverified']) expect(everything).not.toContain(hidden);
  });

  it('answers with public fields only: the same keys on every item and nothing about people or streets', async () => {
    const response = await search({ limit: 50, near: '3511AB' });
    for (const item of response.body.items) {
      expect(Object.keys(item).sort()).toEqual(PUBLIC_KEYS);
      expect(Object.keys(item.organisation).sort()).toEqual(['id', 'name']);
    }
    expect(Object.keys(response.body).sort()).toEqual(['items', 'near', 'nextCursor']);
    const text = JSON.stringify(response.body);
    for (const personal of ['Fatima', 'Benali', 'buurtkracht.nl', '+31', 'Geheimstraat', '3511 AB', 'coordinators', 'email', 'street']) {
      expect(text).not.toContain(personal);
    }
    const walk = (response.body.items as Item[]).find((item) => item.id === ids.walk)!;
    expect(walk).toMatchObject({ postcodeArea: '3581', place: 'Utrecht', remote: false });
  });

  describe('full text in Dutch', () => {
    it('finds word forms the dutch configuration stems alike: “koken” finds the “kok” and the text that says “koken”', async () => {
      expect(await found({ q: 'koken' })).toEqual(['cook', 'cooking together']);
      expect(await found({ q: 'kok' })).toEqual(['cook', 'cooking together']);
    });

    it('ranks a match in the title above one in the description', async () => {
      const [first] = await found({ q: 'koken' });
      expect(first).toBe('cook');
    });

    it('finds “wandeling” when asked for “wandelen”, and understands web search syntax', async () => {
      expect(await found({ q: 'wandelen' })).toEqual(['walk']);
      expect(await found({ q: 'koken -dinsdag' })).toEqual(['cook']);
      expect(await found({ q: '"bankjes schilderen"' })).toEqual(['nldoet soon']);
    });

    it('finds nothing for a word no vacancy has', async () => {
      expect(await found({ q: 'paardrijden' })).toEqual([]);
    });
  });

  describe('filters', () => {
    it.each<[string, Body, string[]]>([
      ['sector', { sector: 'care' }, ['cooking together', 'cook']],
      ['kind structural', { kind: 'structural' }, ['remote', 'groningen garden', 'walk', 'cooking together', 'cook']],
      ['kind one-off', { kind: 'one-off' }, ['nldoet later', 'nldoet soon']],
      ['one-offs on or after a day', { dateFrom: inDays(20) }, ['nldoet later']],
      ['one-offs up to a day', { dateFrom: inDays(0), dateTo: inDays(20) }, ['nldoet soon']],
      ['suitable for students', { students: 'true' }, ['cook']],
      ['suitable for newcomers without Dutch', { newcomersWithoutDutch: 'true' }, ['remote']],
      ['suitable for people who need guidance', { needsGuidance: 'true' }, ['walk']],
      ['text and sector together', { q: 'koken', sector: 'care', students: 'true' }, ['cook']],
    ])('filters by %s', async (_filter, query, expected) => {
      expect(await found(query)).toEqual(expected);
    });

    it('finds Utrecht and not Groningen near Utrecht, with remote vacancies included and flagged', async () => {
      const response = await search({ near: '3511AB', withinKm: 10, limit: 50 });

      expect(response.body.near).toEqual({ postcodeArea: '3511', withinKm: 10, applied: true, note: null });
      const items = response.body.items as Item[];
      const names = items.map((item) => Object.entries(ids).find(([, id]) => id === item.id)![0]);
      expect(names).toEqual(['nldoet later', 'nldoet soon', 'remote', 'walk', 'cooking together', 'cook']);
      const remote = items.find((item) => item.id === ids.remote)!;
      expect(remote).toMatchObject({ remote: true, distanceKm: null });
      for (const item of items.filter((i) => !i.remote)) expect(item.distanceKm).toBeLessThanOrEqual(10);
      expect(items.find((item) => item.id === ids.cook)!.distanceKm).toBe(0);
    });

    it('finds Groningen near Groningen, and narrows with a smaller radius', async () => {
      expect(await found({ near: '9711', withinKm: 5 })).toEqual(['remote', 'groningen garden']);
      expect(await found({ near: '3511 ab', withinKm: 1 })).toEqual(['remote', 'cooking together', 'cook']);
    });

    it('does not filter by distance for a postcode it does not know, and says so', async () => {
      const response = await search({ near: '1000AA', limit: 50 });
      expect(response.status).toBe(200);
      expect(response.body.near).toEqual({ postcodeArea: '1000', withinKm: 10, applied: false, note: expect.stringContaining('unknown') });
      expect(response.body.items).toHaveLength(PUBLIC.length);
      expect((response.body.items as Item[]).every((item) => item.distanceKm === null)).toBe(true);
    });
  });

  describe('pages', () => {
    it.each<[string, Body]>([
      ['newest first', {}],
      ['a text search', { q: 'koken OR nldoet OR tuin OR wandeling OR taalmaatje' }],
      ['a distance search', { near: '3511AB', withinKm: 10 }],
    ])('cover every result of %s exactly once, in the order of one big page', async (_case, query) => {
      const whole = (await search({ ...query, limit: 50 })).body.items.map((item: Item) => item.id);
      const { items, pages } = await allPages({ ...query, limit: 2 });
      expect(items.map((item) => item.id)).toEqual(whole);
      expect(pages).toBe(Math.ceil(whole.length / 2));
    });

    it('go on from the ranked pool to older matches without losing or repeating one', async () => {
      const filters: SearchFilters = { centreId: centreA, today: todayInAmsterdam(), q: 'koken OR nldoet OR tuin OR wandeling OR taalmaatje' };
      const run = (cursor?: Parameters<typeof searchVacancies>[3]) =>
        runInTenant(app.running.dataSource, { centreId: centreA }, (manager) => searchVacancies(manager, filters, 2, cursor, 3));
      const seen: string[] = [];
      let page = await run();
      seen.push(...page.rows.map((row) => row.vacancy_id));
      while (page.next) {
        page = await run(page.next);
        seen.push(...page.rows.map((row) => row.vacancy_id));
      }
      const matches = new Set((await search({ q: filters.q, limit: 50 })).body.items.map((item: Item) => item.id));
      const newestFirst = (await search({ limit: 50 })).body.items.map((item: Item) => item.id).filter((id: string) => matches.has(id));
      expect(matches.size).toBeGreaterThan(3);
      expect(seen).toHaveLength(matches.size);
      // The pool: the three newest matches, by relevance; then the older ones, newest first.
      expect([...seen.slice(0, 3)].sort()).toEqual(newestFirst.slice(0, 3).sort());
      expect(seen.slice(3)).toEqual(newestFirst.slice(3));
    });

    it('refuses a cursor from another search', async () => {
      const first = await search({ q: 'koken', limit: 1 });
      const response = await search({ q: 'tuin', limit: 1, cursor: first.body.nextCursor });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
    });
  });

  describe('bad requests', () => {
    it.each<[string, Body, string[]]>([
      ['help requests as a kind', { kind: 'help-request' }, ['kind']],
      ['a limit over 50', { limit: 51 }, ['limit']],
      ['a limit of 0', { limit: 0 }, ['limit']],
      ['a malformed postcode', { near: 'Utrecht' }, ['near']],
      ['a radius without a postcode', { withinKm: 5 }, ['withinKm']],
      ['a radius that is no number', { near: '3511', withinKm: 'ver' }, ['withinKm']],
      ['a day that does not exist', { dateFrom: '2027-02-30' }, ['dateFrom']],
      ['a flag other than true', { students: 'false' }, ['students']],
      ['a query of 201 characters', { q: 'k'.repeat(201) }, ['q']],
      ['an unknown parameter', { organisationName: 'Buurtkracht' }, ['organisationName']],
      ['a cursor it did not give out', { cursor: 'abc' }, ['cursor']],
    ])('refuses %s with 400 naming the parameter', async (_case, query, fields) => {
      const response = await search(query);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(fields);
    });

    it('answers 404 for an unknown centre and 400 for a centre id that is no UUID', async () => {
      expect((await search({}, randomUUID())).status).toBe(404);
      expect((await search({}, 'utrecht')).status).toBe(400);
    });

    it('shows centre B only its own vacancies', async () => {
      expect((await search({ limit: 50 }, centreB)).body.items.map((item: Item) => item.id)).toEqual([ids['other centre']]);
    });
  });

  it('is documented as a public operation with its parameters', async () => {
    const document = (await app.http().get('/docs-json')).body;
    const operation = document.paths['/v1/centres/{centreId}/vacancies'].get;
    expect(operation.security).toEqual([]);
    expect(operation.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['centreId', 'q', 'near', 'withinKm', 'cursor', 'limit']));
    expect(document.paths['/v1/vacancies/{id}/publish'].post['x-required-roles']).toEqual(['organisation-coordinator', 'centre-admin', 'consultant']);
  });

  describe('rate limit', () => {
    it('answers 429 with Retry-After once a client passes the public limit', async () => {
      const limited = await RegistrationsTestApp.start({ PUBLIC_RATE_LIMIT_PER_MINUTE: '3' });
      try {
        const centreId = randomUUID();
        const statuses: number[] = [];
        for (let i = 0; i < 4; i++) statuses.push((await limited.http().get(`/v1/centres/${centreId}/vacancies`)).status);
        expect(statuses).toEqual([404, 404, 404, 429]);
        const refused = await limited.http().get(`/v1/centres/${centreId}/vacancies`);
        expect(refused.headers['retry-after']).toMatch(/^[0-9]+$/);
      } finally {
        await limited.stop();
      }
    });
  });
});
