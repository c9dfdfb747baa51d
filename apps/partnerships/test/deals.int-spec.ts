import { randomUUID } from 'node:crypto';
import { addDays, dateInAmsterdam } from '../src/shared/amsterdam-date.js';
import { expectProblem, invalidFieldsOf, PartnershipsTestApp, type TestCentre } from './partnerships-test-app.js';

type Status = 'pledged' | 'ratified' | 'contacted' | 'carried-out' | 'not-feasible';

describe('the deal ledger (partnerships, real PostgreSQL and Kafka)', () => {
  let app: PartnershipsTestApp;
  let centre: TestCentre;
  let organisationId: string;
  let businessId: string;
  let beursvloerId: string;
  let coordinator: string;
  let contact: string;

  const as = (token: string) => ({
    post: (path: string, body?: object) => app.http().post(path).set('Authorization', `Bearer ${token}`).send(body),
    put: (path: string, body?: object) => app.http().put(path).set('Authorization', `Bearer ${token}`).send(body),
    get: (path: string) => app.http().get(path).set('Authorization', `Bearer ${token}`),
  });

  const pledgeBody = (change: Record<string, unknown> = {}) => ({
    beursvloerId,
    businessId,
    organisationId,
    category: 'helpende-handen',
    description: `Schilderen van de kantine ${randomUUID()}`,
    contactParty: 'organisation',
    employeeHours: 48,
    ...change,
  });

  async function pledge(change: Record<string, unknown> = {}): Promise<string> {
    const response = await as(centre.staff).post('/v1/deals', pledgeBody(change));
    expect(response.status).toBe(201);
    return response.body.id;
  }

  /** Takes a deal to `status` through the API, as the parties would. */
  async function dealIn(status: Status): Promise<string> {
    const id = await pledge();
    if (status === 'pledged') return id;
    if (status === 'not-feasible') {
      expect((await as(centre.staff).post(`/v1/deals/${id}/not-feasible`, { reason: 'Gaat niet door' })).status).toBe(200);
      return id;
    }
    expect((await as(contact).post(`/v1/deals/${id}/confirm`, { party: 'business' })).status).toBe(200);
    expect((await as(coordinator).post(`/v1/deals/${id}/confirm`, { party: 'organisation' })).status).toBe(200);
    expect((await as(centre.staff).post(`/v1/deals/${id}/confirm`, { party: 'organiser' })).status).toBe(200);
    if (status === 'ratified') return id;
    expect((await as(coordinator).post(`/v1/deals/${id}/contact`)).status).toBe(200);
    if (status === 'contacted') return id;
    expect((await as(centre.staff).post(`/v1/deals/${id}/carry-out`)).status).toBe(200);
    return id;
  }

  const statusOf = async (id: string) => (await app.rows<{ status: string }>(`SELECT status FROM deal WHERE id = $1`, [id]))[0]!.status;
  const EVENTS_UP_TO: Record<Status, number> = { pledged: 1, ratified: 2, contacted: 3, 'carried-out': 4, 'not-feasible': 2 };

  beforeAll(async () => {
    app = await PartnershipsTestApp.start();
    centre = await app.centre();
    organisationId = await app.organisation(centre);
    coordinator = await app.token('organisation-coordinator', { centreId: centre.centreId, organisationId });
    contact = await app.token('business-contact', { centreId: centre.centreId, subject: `contact-${randomUUID()}` });
    businessId = (
      await as(contact).post('/v1/businesses', {
        name: 'Bouwbedrijf Van Dijk',
        kvkNumber: '30123456',
        size: 'medium',
        sector: 'bouw',
        contactPerson: { name: 'Jeroen van Dijk', email: 'jeroen@vandijk.example' },
      })
    ).body.id;
    beursvloerId = (await as(centre.staff).post('/v1/beursvloeren', { name: 'Beursvloer 2027', date: '2027-10-07', place: 'Stadhuis' })).body.id;
  });

  afterAll(async () => {
    await app.stop();
  });

  it('goes pledged → ratified (after all three confirmed) → contacted → carried out, publishing each event once', async () => {
    const id = await pledge();
    const confirmations = [
      [contact, 'business'],
      [coordinator, 'organisation'],
      [centre.staff, 'organiser'],
    ] as const;
    const statuses: string[] = [];
    for (const [token, party] of confirmations) {
      const response = await as(token).post(`/v1/deals/${id}/confirm`, { party });
      expect(response.status).toBe(200);
      statuses.push(response.body.status);
    }
    expect(statuses).toEqual(['pledged', 'pledged', 'ratified']);
    const ratified = await as(centre.staff).get(`/v1/deals/${id}`);
    expect(ratified.body.contactDueOn).toBe(addDays(dateInAmsterdam(), 14));
    expect(Object.values(ratified.body.confirmations).every((at) => typeof at === 'string')).toBe(true);

    expect((await as(coordinator).post(`/v1/deals/${id}/contact`)).body.status).toBe('contacted');
    expect((await as(contact).post(`/v1/deals/${id}/carry-out`)).body.status).toBe('carried-out');

    const events = await app.eventsAbout(id, 4);
    expect(events.map((e) => e.headers.ce_type)).toEqual([
      'partnerships.deal.pledged',
      'partnerships.deal.ratified',
      'partnerships.deal.contacted',
      'partnerships.deal.carried-out',
    ]);
    expect(events.map((e) => JSON.parse(e.value!).status)).toEqual(['pledged', 'ratified', 'contacted', 'carried-out']);
    expect(JSON.parse(events[0]!.value!)).toMatchObject({ dealId: id, beursvloerId, businessId, organisationId, employeeHours: 48 });
  });

  it.each<Status>(['pledged', 'ratified', 'contacted'])('lets a deal that is %s be marked not feasible, with its reason kept in the service', async (from) => {
    const id = await dealIn(from);
    const reason = `De kantine wordt verbouwd ${randomUUID()}`;
    const response = await as(contact).post(`/v1/deals/${id}/not-feasible`, { reason });

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'not-feasible', notFeasibleReason: reason });
    const events = await app.eventsAbout(id, EVENTS_UP_TO[from] + 1);
    expect(events.at(-1)!.headers.ce_type).toBe('partnerships.deal.marked-not-feasible');
    expect(await app.eventsMentioning(reason)).toBe(0);
  });

  /** Every action refused in every state (the allowed ones are the tests above). */
  const refused: Array<[Status, string, string, object | undefined]> = [
    ['pledged', 'contact', 'contacted', undefined],
    ['pledged', 'carry-out', 'carried-out', undefined],
    ['ratified', 'confirm', 'ratified', { party: 'organiser' }],
    ['ratified', 'carry-out', 'carried-out', undefined],
    ['contacted', 'confirm', 'ratified', { party: 'organiser' }],
    ['contacted', 'contact', 'contacted', undefined],
    ['carried-out', 'confirm', 'ratified', { party: 'organiser' }],
    ['carried-out', 'contact', 'contacted', undefined],
    ['carried-out', 'carry-out', 'carried-out', undefined],
    ['carried-out', 'not-feasible', 'not-feasible', { reason: 'te laat' }],
    ['not-feasible', 'confirm', 'ratified', { party: 'organiser' }],
    ['not-feasible', 'contact', 'contacted', undefined],
    ['not-feasible', 'carry-out', 'carried-out', undefined],
    ['not-feasible', 'not-feasible', 'not-feasible', { reason: 'nog steeds niet' }],
  ];

  // A refused action changes nothing, so the cases of one state share one deal in that state.
  const sharedDeals = new Map<Status, Promise<string>>();
  const sharedDealIn = (status: Status) => {
    if (!sharedDeals.has(status)) sharedDeals.set(status, dealIn(status));
    return sharedDeals.get(status)!;
  };

  it.each(refused)('refuses, from %s, to %s (409 invalid-transition), changing and publishing nothing', async (from, action, to, body) => {
    const id = await sharedDealIn(from);
    await app.eventsAbout(id, EVENTS_UP_TO[from]);
    const response = await as(centre.staff).post(`/v1/deals/${id}/${action}`, body);

    expectProblem(response, 409, 'invalid-transition');
    expect(response.body).toMatchObject({ from, to });
    expect(await statusOf(id)).toBe(from);
    const [outbox] = await app.rows<{ count: number }>(`SELECT count(*)::int AS count FROM outbox_message WHERE message_key = $1`, [id]);
    expect(outbox!.count + app.probe.records.filter((r) => r.key === id).length).toBe(EVENTS_UP_TO[from]);
  });

  it('pledges once for a repeated Idempotency-Key and replays the first answer', async () => {
    const body = pledgeBody();
    const key = randomUUID();
    const send = () => app.http().post('/v1/deals').set('Authorization', `Bearer ${centre.staff}`).set('Idempotency-Key', key).send(body);
    const first = await send();
    const second = await send();

    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).toBe(first.body.id);
    expect(await app.rows(`SELECT id FROM deal WHERE description = $1`, [body.description])).toEqual([{ id: first.body.id }]);
    expect(await app.eventTypesAbout(first.body.id, 1)).toEqual(['partnerships.deal.pledged']);
  });

  it('refuses a second confirmation by the same party (409 already-confirmed)', async () => {
    const id = await pledge();
    expect((await as(coordinator).post(`/v1/deals/${id}/confirm`, { party: 'organisation' })).status).toBe(200);
    const again = await as(coordinator).post(`/v1/deals/${id}/confirm`, { party: 'organisation' });
    expectProblem(again, 409, 'already-confirmed');
  });

  it('lets each party confirm only for itself; staff record any signature of the paper form', async () => {
    const id = await pledge();
    expectProblem(await as(contact).post(`/v1/deals/${id}/confirm`, { party: 'organisation' }), 403, 'forbidden');
    expectProblem(await as(coordinator).post(`/v1/deals/${id}/confirm`, { party: 'organiser' }), 403, 'forbidden');
    expect((await as(centre.staff).post(`/v1/deals/${id}/confirm`, { party: 'business' })).status).toBe(200);
    const stored = await app.rows<{ confirmations: Record<string, unknown> }>(`SELECT confirmations FROM deal WHERE id = $1`, [id]);
    expect(Object.keys(stored[0]!.confirmations)).toEqual(['business']);
  });

  it('lets only the contact party (or staff) record contact', async () => {
    const id = await dealIn('ratified');
    expectProblem(await as(contact).post(`/v1/deals/${id}/contact`), 403, 'forbidden');
    expect(await statusOf(id)).toBe('ratified');
  });

  it('hides a deal from a coordinator of another organisation (404)', async () => {
    const id = await pledge();
    const otherOrganisation = await app.organisation(centre);
    const stranger = await app.token('organisation-coordinator', { centreId: centre.centreId, organisationId: otherOrganisation });
    expectProblem(await as(stranger).get(`/v1/deals/${id}`), 404, 'not-found');
    expectProblem(await as(stranger).post(`/v1/deals/${id}/confirm`, { party: 'organisation' }), 404, 'not-found');
    const list = await as(stranger).get('/v1/deals');
    expect(list.body.map((d: { id: string }) => d.id)).not.toContain(id);
  });

  it.each([['money'], ['geld'], ['sponsoring']])('refuses a deal about money (category %s) with 422, and stores and publishes nothing', async (category) => {
    const marker = `Geld ${randomUUID()}`;
    const response = await as(centre.staff).post('/v1/deals', pledgeBody({ category, description: marker }));
    expectProblem(response, 422, 'money-not-allowed');
    expect(await app.rows(`SELECT 1 FROM deal WHERE description = $1`, [marker])).toHaveLength(0);
    expect(await app.eventsMentioning(marker)).toBe(0);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['no business', { businessId: undefined }, ['businessId']],
    ['an organisation id that is no UUID', { organisationId: 'org-1' }, ['organisationId']],
    ['an unknown category', { category: 'hulp' }, ['category']],
    ['a blank description', { description: ' ' }, ['description']],
    ['an unknown contact party', { contactParty: 'centre' }, ['contactParty']],
    ['negative hours', { employeeHours: -1 }, ['employeeHours']],
    ['a value in the pledge', { estimatedValueEur: 100 }, ['estimatedValueEur']],
  ])('refuses a pledge with %s (400), and stores and publishes nothing', async (_case, change, fields) => {
    const marker = `Deal ${randomUUID()}`;
    const response = await as(centre.staff).post('/v1/deals', pledgeBody({ description: marker, ...change }));
    expect(invalidFieldsOf(response)).toEqual(fields);
    expect(await app.rows(`SELECT 1 FROM deal WHERE description = $1`, [marker])).toHaveLength(0);
    expect(await app.eventsMentioning(marker)).toBe(0);
  });

  it.each<[string, () => Record<string, unknown>, number, string]>([
    ['an unknown business', () => ({ businessId: randomUUID() }), 404, 'not-found'],
    ['an unknown Beursvloer', () => ({ beursvloerId: randomUUID() }), 404, 'not-found'],
    ['an offer of another business', () => ({ offerId: randomUUID() }), 422, 'offer-of-other-business'],
  ])('refuses a pledge with %s, and stores nothing', async (_case, change, status, slug) => {
    const marker = `Deal ${randomUUID()}`;
    const response = await as(centre.staff).post('/v1/deals', pledgeBody({ description: marker, ...change() }));
    expectProblem(response, status, slug);
    expect(await app.rows(`SELECT 1 FROM deal WHERE description = $1`, [marker])).toHaveLength(0);
  });

  it('refuses bad input on the other writes (400) and changes nothing', async () => {
    const id = await pledge();
    expect(invalidFieldsOf(await as(centre.staff).post(`/v1/deals/${id}/confirm`, { party: 'mayor' }))).toEqual(['party']);
    expect(invalidFieldsOf(await as(centre.staff).post(`/v1/deals/${id}/not-feasible`, {}))).toEqual(['reason']);
    expect(invalidFieldsOf(await as(centre.staff).put(`/v1/deals/${id}/value`, { estimatedValueEur: 12.5, valuationMethod: 'x' }))).toEqual([
      'estimatedValueEur',
    ]);
    expect(invalidFieldsOf(await as(centre.staff).put(`/v1/deals/${id}/value`, { estimatedValueEur: 100 }))).toEqual(['valuationMethod']);
    const [row] = await app.rows(`SELECT status, confirmations, estimated_value_eur FROM deal WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'pledged', confirmations: {}, estimated_value_eur: null });
  });

  it('refuses a body on the commands that take none (400), and changes and publishes nothing', async () => {
    const ratified = await dealIn('ratified');
    const contacted = await dealIn('contacted');
    expect(invalidFieldsOf(await as(coordinator).post(`/v1/deals/${ratified}/contact`, { note: 'gebeld' }))).toEqual(['note']);
    expect(invalidFieldsOf(await as(centre.staff).post(`/v1/deals/${contacted}/carry-out`, { hours: 8 }))).toEqual(['hours']);
    expect([await statusOf(ratified), await statusOf(contacted)]).toEqual(['ratified', 'contacted']);
    expect(await app.eventTypesAbout(ratified, 2)).toHaveLength(2);
  });

  it('records an estimated social value with its method and the staff account that validated it', async () => {
    const id = await dealIn('carried-out');
    const staffAccount = `staff-${randomUUID()}`;
    const staff = await app.token('centre-admin', { centreId: centre.centreId, subject: staffAccount });
    const response = await as(staff).put(`/v1/deals/${id}/value`, { estimatedValueEur: 2400, valuationMethod: '48 uur x € 50' });

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ estimatedValueEur: 2400, valuationMethod: '48 uur x € 50', valueValidatedBy: staffAccount });
    const asParty = await as(contact).get(`/v1/deals/${id}`);
    expect(asParty.body.estimatedValueEur).toBe(2400);
    expect(asParty.body).not.toHaveProperty('valueValidatedBy');
    expectProblem(await as(contact).put(`/v1/deals/${id}/value`, { estimatedValueEur: 1, valuationMethod: 'x' }), 403, 'forbidden');
    const notFeasible = await dealIn('not-feasible');
    expectProblem(await as(centre.staff).put(`/v1/deals/${notFeasible}/value`, { estimatedValueEur: 1, valuationMethod: 'x' }), 422, 'deal-not-feasible');
  });

  it('anonymises the business signature on deals when the contact person is removed, keeping the deals', async () => {
    const ownContact = await app.token('business-contact', { centreId: centre.centreId, subject: `contact-${randomUUID()}` });
    const ownBusiness = (
      await as(ownContact).post('/v1/businesses', {
        name: 'Drukkerij De Letter',
        kvkNumber: '30654321',
        size: 'small',
        sector: 'drukwerk',
        contactPerson: { name: 'Anja de Letter', email: 'anja@deletter.example' },
      })
    ).body.id;
    const id = await pledge({ businessId: ownBusiness });
    expect((await as(ownContact).post(`/v1/deals/${id}/confirm`, { party: 'business' })).status).toBe(200);
    const removed = await app.http().delete(`/v1/businesses/${ownBusiness}/contact-person`).set('Authorization', `Bearer ${centre.staff}`);
    expect(removed.status).toBe(204);

    const [row] = await app.rows<{ confirmations: { business: { account: string; at: string } }; status: string }>(
      `SELECT confirmations, status FROM deal WHERE id = $1`,
      [id],
    );
    expect(row!.confirmations.business.account).toBe('removed');
    expect(row!.status).toBe('pledged');
    // The former contact's account no longer reaches the business or its deals.
    expectProblem(await as(ownContact).get(`/v1/deals/${id}`), 404, 'not-found');
  });
});
