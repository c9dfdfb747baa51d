import { ROLES, runInTenant, type Role } from '@vc/service-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PartnershipsTestApp, type TestCentre } from './partnerships-test-app.js';

type Call = { method: 'get' | 'post' | 'put' | 'delete'; path: string; body?: object };

/**
 * Who may call what, for every endpoint (a denied role gets 403, no token 401; an allowed role
 * never gets either, though it may get 400/404/409 from the body or the state), then tenant
 * isolation through the API, then row-level security on its own below the API.
 */
describe('access to partnerships: roles, centres and row-level security', () => {
  let app: PartnershipsTestApp;
  let centre: TestCentre;
  const ids = { organisation: '', business: '', offer: '', need: '', deal: '', beursvloer: '', campaign: '' };

  const call = async (c: Call, token: string | null) => {
    const request = app.http()[c.method](c.path);
    if (token) request.set('Authorization', `Bearer ${token}`);
    return c.body ? request.send(c.body) : request;
  };

  beforeAll(async () => {
    app = await PartnershipsTestApp.start();
    centre = await app.centre();
    ids.organisation = await app.organisation(centre);
    const staff = centre.staff;
    ids.business = (
      await call(
        {
          method: 'post',
          path: '/v1/businesses',
          body: { name: 'Matrix BV', kvkNumber: '12345678', size: 'small', sector: 'ict', contactPerson: { name: 'C', email: 'c@m.example' } },
        },
        staff,
      )
    ).body.id;
    ids.offer = (await call({ method: 'post', path: `/v1/businesses/${ids.business}/offers`, body: { kind: 'expertise', title: 'Advies', description: 'Advies' } }, staff)).body.id;
    ids.need = (await call({ method: 'post', path: '/v1/needs', body: { organisationId: ids.organisation, category: 'kennis-en-kunde', title: 'Vraag', description: 'Vraag' } }, staff)).body.id;
    ids.beursvloer = (await call({ method: 'post', path: '/v1/beursvloeren', body: { name: 'B', date: '2027-10-07', place: 'S' } }, staff)).body.id;
    ids.deal = (
      await call(
        { method: 'post', path: '/v1/deals', body: { businessId: ids.business, organisationId: ids.organisation, category: 'kennis-en-kunde', description: 'Advies' } },
        staff,
      )
    ).body.id;
    ids.campaign = (await call({ method: 'post', path: '/v1/campaigns', body: { name: 'NLdoet', startsOn: '2027-03-12', endsOn: '2027-03-13' } }, staff)).body.id;
    expect(Object.values(ids).every((id) => typeof id === 'string' && id.length === 36)).toBe(true);
  });

  afterAll(async () => {
    await app.stop();
  });

  const staff: Role[] = ['centre-admin', 'consultant'];
  const parties: Role[] = ['business-contact', 'organisation-coordinator', ...staff];
  const readers: Role[] = [...parties, 'consortium-admin'];
  const endpoints: Array<[string, () => Call, readonly Role[]]> = [
    ['register business', () => ({ method: 'post', path: '/v1/businesses', body: {} }), ['business-contact', ...staff]],
    ['list businesses', () => ({ method: 'get', path: '/v1/businesses' }), ['business-contact', ...staff, 'consortium-admin']],
    ['get business', () => ({ method: 'get', path: `/v1/businesses/${ids.business}` }), ['business-contact', ...staff]],
    ['publish offer', () => ({ method: 'post', path: `/v1/businesses/${ids.business}/offers`, body: {} }), ['business-contact', ...staff]],
    ['list offers', () => ({ method: 'get', path: '/v1/offers' }), readers],
    ['list organisations', () => ({ method: 'get', path: '/v1/organisations' }), readers],
    ['publish need', () => ({ method: 'post', path: '/v1/needs', body: {} }), ['organisation-coordinator', ...staff]],
    ['list needs', () => ({ method: 'get', path: '/v1/needs' }), readers],
    ['pledge deal', () => ({ method: 'post', path: '/v1/deals', body: {} }), staff],
    ['confirm deal', () => ({ method: 'post', path: `/v1/deals/${ids.deal}/confirm`, body: {} }), parties],
    ['record contact', () => ({ method: 'post', path: `/v1/deals/${ids.deal}/contact` }), parties],
    ['carry out deal', () => ({ method: 'post', path: `/v1/deals/${ids.deal}/carry-out` }), parties],
    ['mark deal not feasible', () => ({ method: 'post', path: `/v1/deals/${ids.deal}/not-feasible`, body: {} }), parties],
    ['estimate value', () => ({ method: 'put', path: `/v1/deals/${ids.deal}/value`, body: {} }), staff],
    ['get deal', () => ({ method: 'get', path: `/v1/deals/${ids.deal}` }), parties],
    ['list deals', () => ({ method: 'get', path: '/v1/deals' }), parties],
    ['schedule Beursvloer', () => ({ method: 'post', path: '/v1/beursvloeren', body: {} }), staff],
    ['update board', () => ({ method: 'post', path: `/v1/beursvloeren/${ids.beursvloer}/board`, body: {} }), staff],
    ['list Beursvloeren', () => ({ method: 'get', path: '/v1/beursvloeren' }), readers],
    ['get Beursvloer', () => ({ method: 'get', path: `/v1/beursvloeren/${ids.beursvloer}` }), readers],
    ['suggestions', () => ({ method: 'get', path: `/v1/suggestions?needId=${ids.need}` }), parties],
    ['open campaign', () => ({ method: 'post', path: '/v1/campaigns', body: {} }), staff],
    ['list campaigns', () => ({ method: 'get', path: '/v1/campaigns' }), [...readers, 'municipality-viewer']],
    ['get campaign', () => ({ method: 'get', path: `/v1/campaigns/${ids.campaign}` }), [...readers, 'municipality-viewer']],
    ['results', () => ({ method: 'get', path: '/v1/results' }), [...staff, 'municipality-viewer', 'consortium-admin']],
    // Last: these change state the calls above rely on.
    ['close campaign', () => ({ method: 'post', path: `/v1/campaigns/${ids.campaign}/close` }), staff],
    ['change contact person', () => ({ method: 'put', path: `/v1/businesses/${ids.business}/contact-person`, body: { name: 'Anja de Letter', email: 'anja@deletter.example' } }), ['business-contact', ...staff]],
    ['remove contact person', () => ({ method: 'delete', path: `/v1/businesses/${ids.business}/contact-person` }), ['business-contact', ...staff]],
  ];

  it.each(endpoints)('role matrix: %s', async (_name, build, allowed) => {
    const outcome: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const role of [null, ...ROLES] as Array<Role | null>) {
      const token = role
        ? await app.token(role, {
            centreId: role === 'consortium-admin' ? undefined : centre.centreId,
            organisationId: role === 'organisation-coordinator' ? ids.organisation : undefined,
          })
        : null;
      const status = (await call(build(), token)).status;
      const key = role ?? '(no token)';
      outcome[key] = status === 401 ? 'unauthenticated' : status === 403 ? 'forbidden' : 'allowed';
      expected[key] = role === null ? 'unauthenticated' : allowed.includes(role) ? 'allowed' : 'forbidden';
    }
    expect(outcome).toEqual(expected);
  });

  describe('tenant isolation through the API', () => {
    let stranger: string;
    beforeAll(async () => {
      stranger = (await app.centre()).staff;
    });

    it.each<[string, () => Call]>([
      ['get business', () => ({ method: 'get', path: `/v1/businesses/${ids.business}` })],
      ['publish an offer for it', () => ({ method: 'post', path: `/v1/businesses/${ids.business}/offers`, body: { kind: 'space', title: 'x', description: 'x' } })],
      ['get deal', () => ({ method: 'get', path: `/v1/deals/${ids.deal}` })],
      ['mark its deal not feasible', () => ({ method: 'post', path: `/v1/deals/${ids.deal}/not-feasible`, body: { reason: 'x' } })],
      ['value its deal', () => ({ method: 'put', path: `/v1/deals/${ids.deal}/value`, body: { estimatedValueEur: 1, valuationMethod: 'x' } })],
      ['get Beursvloer', () => ({ method: 'get', path: `/v1/beursvloeren/${ids.beursvloer}` })],
      ['change its board', () => ({ method: 'post', path: `/v1/beursvloeren/${ids.beursvloer}/board`, body: {} })],
      ['get campaign', () => ({ method: 'get', path: `/v1/campaigns/${ids.campaign}` })],
      ['suggestions for its need', () => ({ method: 'get', path: `/v1/suggestions?needId=${ids.need}` })],
      ['publish a need for its organisation', () => ({ method: 'post', path: '/v1/needs', body: { organisationId: ids.organisation, category: 'kennis-en-kunde', title: 'x', description: 'x' } })],
      ['pledge a deal with its parties', () => ({ method: 'post', path: '/v1/deals', body: { businessId: ids.business, organisationId: ids.organisation, category: 'kennis-en-kunde', description: 'x' } })],
    ])("another centre's staff cannot %s (404, as for an unknown id)", async (_name, build) => {
      const response = await call(build(), stranger);
      expect(response.status).toBe(404);
    });

    it.each([
      ['/v1/businesses', 'business'],
      ['/v1/offers', 'offer'],
      ['/v1/organisations', 'organisation'],
      ['/v1/needs', 'need'],
      ['/v1/deals', 'deal'],
      ['/v1/beursvloeren', 'beursvloer'],
      ['/v1/campaigns', 'campaign'],
    ] as const)("lists of another centre (%s) show none of this centre's rows", async (path, key) => {
      const response = await call({ method: 'get', path }, stranger);
      expect(response.status).toBe(200);
      expect(response.body.map((row: { id: string }) => row.id)).not.toContain(ids[key]);
    });

    it("counts none of this centre's deals in another centre's results", async () => {
      const response = await call({ method: 'get', path: '/v1/results' }, stranger);
      expect(response.body.totals.dealsMade).toBe(0);
    });
  });

  describe('row-level security on every partnerships table', () => {
    let db: DataSource;
    const [centreA, centreB] = [randomUUID(), randomUUID()];
    const tables = ['centre', 'organisation', 'one_off_activity', 'business', 'offer', 'need', 'beursvloer', 'deal', 'campaign'];
    let b: { business: string; deal: string };

    async function seed(centreId: string) {
      const [organisation, business, offer, need, beursvloer, deal] = Array.from({ length: 6 }, () => randomUUID());
      await runInTenant(db, { consortium: true }, async (m) => {
        await m.query(`INSERT INTO centre (id, region_id, name) VALUES ($1, 'r', 'C')`, [centreId]);
        await m.query(`INSERT INTO organisation (id, centre_id, name, sector, postcode_area, status) VALUES ($1, $2, 'O', 'welzijn', '3511', 'verified')`, [organisation, centreId]);
        await m.query(
          `INSERT INTO one_off_activity (vacancy_id, centre_id, organisation_id, title, sector, activity_date, start_time, end_time, places, status)
           VALUES ($1, $2, $3, 'A', 'natuur', '2027-03-12', '09:00', '12:00', 5, 'published')`,
          [randomUUID(), centreId, organisation],
        );
        await m.query(`INSERT INTO business (id, centre_id, name, kvk_number, size, sector) VALUES ($1, $2, 'B', '12345678', 'small', 'ict')`, [business, centreId]);
        await m.query(`INSERT INTO offer (id, centre_id, business_id, kind, category, title, description) VALUES ($1, $2, $3, 'space', 'middelen-en-materialen', 'T', 'D')`, [offer, centreId, business]);
        await m.query(`INSERT INTO need (id, centre_id, organisation_id, category, title, description) VALUES ($1, $2, $3, 'kennis-en-kunde', 'T', 'D')`, [need, centreId, organisation]);
        await m.query(`INSERT INTO beursvloer (id, centre_id, name, date, place) VALUES ($1, $2, 'B', '2027-10-07', 'S')`, [beursvloer, centreId]);
        await m.query(
          `INSERT INTO deal (id, centre_id, business_id, organisation_id, category, description, contact_party, status) VALUES ($1, $2, $3, $4, 'kennis-en-kunde', 'D', 'organisation', 'pledged')`,
          [deal, centreId, business, organisation],
        );
        await m.query(`INSERT INTO campaign (id, centre_id, name, starts_on, ends_on, status) VALUES ($1, $2, 'N', '2027-03-12', '2027-03-13', 'open')`, [randomUUID(), centreId]);
      });
      return { business, deal };
    }

    beforeAll(async () => {
      db = app.running.dataSource;
      await seed(centreA);
      b = await seed(centreB);
    });

    it('runs the service as a role that row-level security binds', async () => {
      const [role] = await db.query(`SELECT current_user AS name, r.rolsuper, r.rolbypassrls FROM pg_roles r WHERE r.rolname = current_user`);
      expect(role).toEqual({ name: 'partnerships_app', rolsuper: false, rolbypassrls: false });
    });

    it.each(tables)('%s: centre A sees only its own rows, with no filter in the query', async (table) => {
      const column = table === 'centre' ? 'id' : 'centre_id';
      const seen = await runInTenant(db, { centreId: centreA }, (m) => m.query(`SELECT DISTINCT ${column} AS centre FROM ${table}`));
      expect(seen).toEqual([{ centre: centreA }]);
    });

    it.each(tables)('%s: without a centre setting nothing is visible', async (table) => {
      const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM ${table}`);
      expect(count).toBe(0);
    });

    it('refuses to write a row into another centre and changes none of its rows', async () => {
      await expect(
        runInTenant(db, { centreId: centreA }, (m) =>
          m.query(`INSERT INTO business (id, centre_id, name, kvk_number, size, sector) VALUES ($1, $2, 'Indringer', '87654321', 'small', 'ict')`, [randomUUID(), centreB]),
        ),
      ).rejects.toThrow(/row-level security/);
      const [, updated] = await runInTenant(db, { centreId: centreA }, (m) => m.query(`UPDATE deal SET status = 'carried-out' WHERE id = $1`, [b.deal]));
      const [, deleted] = await runInTenant(db, { centreId: centreA }, (m) => m.query(`DELETE FROM offer WHERE business_id = $1`, [b.business]));
      expect([updated, deleted]).toEqual([0, 0]);
      const [row] = await runInTenant(db, { centreId: centreB }, (m) => m.query(`SELECT status FROM deal WHERE id = $1`, [b.deal]));
      expect(row.status).toBe('pledged');
    });
  });
});
