import {
  matchAcceptedV1,
  matchProposedV1,
  matchSignedUpV1,
  matchWithdrawnV1,
  vacancyClosedV1,
  vacancyPublishedV1,
  vacancyUpdatedV1,
  type EventContract,
} from '@vc/contracts';
import { eventually } from '@vc/testing';
import { randomUUID } from 'node:crypto';
import { expectProblem, invalidFieldsOf, PartnershipsTestApp, type TestCentre } from './partnerships-test-app.js';

describe('Beursvloeren, suggestions, campaigns and results (partnerships, real PostgreSQL and Kafka)', () => {
  let app: PartnershipsTestApp;
  let centre: TestCentre;

  const as = (token: string) => ({
    post: (path: string, body?: object) => app.http().post(path).set('Authorization', `Bearer ${token}`).send(body),
    put: (path: string, body?: object) => app.http().put(path).set('Authorization', `Bearer ${token}`).send(body),
    get: (path: string) => app.http().get(path).set('Authorization', `Bearer ${token}`),
  });

  async function business(postcodeArea: string, sector = 'ict'): Promise<string> {
    const response = await as(centre.staff).post('/v1/businesses', {
      name: `Bedrijf ${randomUUID()}`,
      kvkNumber: String(10_000_000 + Math.floor(Math.random() * 89_999_999)),
      size: 'small',
      sector,
      postcodeArea,
      contactPerson: { name: 'Contact', email: 'contact@bedrijf.example' },
    });
    expect(response.status).toBe(201);
    return response.body.id;
  }

  async function offer(businessId: string, body: Record<string, unknown>): Promise<string> {
    const response = await as(centre.staff).post(`/v1/businesses/${businessId}/offers`, { title: 'Aanbod', description: 'Beschrijving', ...body });
    expect(response.status).toBe(201);
    return response.body.id;
  }

  async function need(organisationId: string, body: Record<string, unknown>): Promise<string> {
    const response = await as(centre.staff).post('/v1/needs', { organisationId, title: 'Vraag', description: 'Beschrijving', ...body });
    expect(response.status).toBe(201);
    return response.body.id;
  }

  beforeAll(async () => {
    app = await PartnershipsTestApp.start();
    centre = await app.centre();
  });

  afterAll(async () => {
    await app.stop();
  });

  describe('Beursvloeren', () => {
    it('schedules a Beursvloer, puts offers and needs on its board with their parties, and publishes beursvloer.scheduled once', async () => {
      const organisationId = await app.organisation(centre);
      const businessId = await business('3512');
      const offerId = await offer(businessId, { kind: 'expertise' });
      const needId = await need(organisationId, { category: 'kennis-en-kunde' });
      const scheduled = await as(centre.staff).post('/v1/beursvloeren', { name: 'Beursvloer Utrecht', date: '2027-10-07', place: 'Stadhuis, Utrecht', postcodeArea: '3511' });
      expect(scheduled.status).toBe(201);

      const board = await as(centre.staff).post(`/v1/beursvloeren/${scheduled.body.id}/board`, { offerIds: [offerId], needIds: [needId] });
      expect(board.status).toBe(200);
      expect(board.body.businesses.map((b: { id: string }) => b.id)).toEqual([businessId]);
      expect(board.body.organisations.map((o: { id: string }) => o.id)).toEqual([organisationId]);
      expect(board.body.board.offers.map((o: { id: string }) => o.id)).toEqual([offerId]);
      expect(board.body.board.needs.map((n: { id: string }) => n.id)).toEqual([needId]);
      const again = await as(centre.staff).post(`/v1/beursvloeren/${scheduled.body.id}/board`, { offerIds: [offerId], businessIds: [businessId] });
      expect(again.body.board.offers).toHaveLength(1);
      expect(again.body.businesses).toHaveLength(1);

      const coordinator = await app.token('organisation-coordinator', { centreId: centre.centreId, organisationId });
      expect((await as(coordinator).get(`/v1/beursvloeren/${scheduled.body.id}`)).body.board.offers).toHaveLength(1);
      const events = await app.eventsAbout(scheduled.body.id, 1);
      expect(events.map((e) => e.headers.ce_type)).toEqual(['partnerships.beursvloer.scheduled']);
      expect(JSON.parse(events[0]!.value!)).toEqual({
        beursvloerId: scheduled.body.id,
        centreId: centre.centreId,
        name: 'Beursvloer Utrecht',
        date: '2027-10-07',
        place: 'Stadhuis, Utrecht',
        postcodeArea: '3511',
      });
    });

    it('refuses a board change with an id that is not of this centre (422) and changes nothing', async () => {
      const id = (await as(centre.staff).post('/v1/beursvloeren', { name: 'Beursvloer', date: '2027-10-07', place: 'Stadhuis' })).body.id;
      const response = await as(centre.staff).post(`/v1/beursvloeren/${id}/board`, { needIds: [randomUUID()] });
      expectProblem(response, 422, 'unknown-need');
      const [row] = await app.rows(`SELECT need_ids, organisation_ids FROM beursvloer WHERE id = $1`, [id]);
      expect(row).toEqual({ need_ids: [], organisation_ids: [] });
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      ['no date', { date: undefined }, ['date']],
      ['a date that does not exist', { date: '2027-02-29' }, ['date']],
      ['a blank place', { place: ' ' }, ['place']],
      ['a postcode area of five digits', { postcodeArea: '35111' }, ['postcodeArea']],
      ['an unknown field', { budgetEur: 1000 }, ['budgetEur']],
    ])('refuses a Beursvloer with %s (400), and stores and publishes nothing', async (_case, change, fields) => {
      const marker = `Beursvloer ${randomUUID()}`;
      const response = await as(centre.staff).post('/v1/beursvloeren', { name: marker, date: '2027-10-07', place: 'Stadhuis', ...change });
      expect(invalidFieldsOf(response)).toEqual(fields);
      expect(await app.rows(`SELECT 1 FROM beursvloer WHERE name = $1`, [marker])).toHaveLength(0);
      expect(await app.eventsMentioning(marker)).toBe(0);
    });

    it('refuses board input that is not a list of UUIDs (400)', async () => {
      const id = (await as(centre.staff).post('/v1/beursvloeren', { name: 'B', date: '2027-10-07', place: 'S' })).body.id;
      expect(invalidFieldsOf(await as(centre.staff).post(`/v1/beursvloeren/${id}/board`, { offerIds: ['offer-1'] }))).toEqual(['offerIds']);
    });
  });

  describe('suggestions', () => {
    it('ranks offers for a need by category, skills, sector and distance, explaining each score', async () => {
      const organisationId = await app.organisation(centre, { sector: 'welzijn', postcodeArea: '3511' });
      const needId = await need(organisationId, { category: 'kennis-en-kunde', skills: ['webdesign'], neededBy: '2099-01-01' });
      const near = await offer(await business('3512', 'welzijn'), { kind: 'expertise', skills: ['webdesign'] });
      const far = await offer(await business('9711'), { kind: 'expertise' });
      const tooLate = await offer(await business('3512'), { kind: 'expertise', availableFrom: '2100-01-01' });
      const otherCategory = await offer(await business('3512'), { kind: 'space' });

      const response = await as(centre.staff).get(`/v1/suggestions?needId=${needId}`);

      expect(response.status).toBe(200);
      const ids = response.body.map((s: { offerId: string }) => s.offerId);
      expect(ids.indexOf(near)).toBeLessThan(ids.indexOf(far));
      expect(ids).not.toContain(tooLate);
      expect(ids).not.toContain(otherCategory);
      const nearReasons = response.body.find((s: { offerId: string }) => s.offerId === near).reasons.map((r: { text: string }) => r.text);
      expect(nearReasons).toEqual([
        'zelfde categorie (Kennis & Kunde)',
        'gedeelde vaardigheden: webdesign',
        'zelfde sector (welzijn)',
        expect.stringMatching(/^[0-9] km$/),
        'op tijd beschikbaar (nodig vóór 2099-01-01)',
      ]);
      const farDistance = response.body.find((s: { offerId: string }) => s.offerId === far).reasons.find((r: { factor: string }) => r.factor === 'distance');
      expect(Number(farDistance.text.split(' ')[0])).toBeGreaterThan(100);

      const forOffer = await as(centre.staff).get(`/v1/suggestions?offerId=${near}`);
      expect(forOffer.body.map((s: { needId: string }) => s.needId)).toContain(needId);
    });

    it('asks for exactly one of needId and offerId (400)', async () => {
      expect(invalidFieldsOf(await as(centre.staff).get('/v1/suggestions'))).toEqual(['needId']);
      expect(invalidFieldsOf(await as(centre.staff).get(`/v1/suggestions?needId=${randomUUID()}&offerId=${randomUUID()}`))).toEqual(['needId']);
      expect(invalidFieldsOf(await as(centre.staff).get('/v1/suggestions?needId=nope'))).toEqual(['needId']);
    });
  });

  describe('campaigns', () => {
    it("shows the centre's one-off activities within the campaign dates, places wanted, and places taken as matching reports them", async () => {
      const organisationId = await app.organisation(centre);
      const vacancy = (vacancyId: string, change: Record<string, unknown>) => ({
        vacancyId,
        organisationId,
        centreId: centre.centreId,
        kind: 'one-off',
        title: `Klus ${vacancyId.slice(0, 6)}`,
        sector: 'natuur',
        skills: [],
        requirements: { vogRequired: false },
        suitability: { students: true, newcomersWithoutDutch: true, needsGuidance: false },
        remote: false,
        postcodeArea: '3511',
        date: '2027-03-12',
        startTime: '09:30',
        endTime: '13:00',
        places: 12,
        placesLeft: 12,
        availability: [],
        status: 'published',
        ...change,
      });
      const send = (contract: EventContract<object>, payload: { vacancyId: string }) =>
        app.publishRegistrations(contract, { subject: payload.vacancyId, centreId: centre.centreId, regionId: centre.regionId, payload });
      const [inside, secondDay, outside, withdrawn] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      await send(vacancyPublishedV1 as EventContract<object>, vacancy(inside, {}));
      await send(vacancyUpdatedV1 as EventContract<object>, vacancy(inside, { placesLeft: 5 }));
      await send(vacancyPublishedV1 as EventContract<object>, vacancy(secondDay, { date: '2027-03-13', places: 6, placesLeft: 6 }));
      await send(vacancyPublishedV1 as EventContract<object>, vacancy(outside, { date: '2027-03-20' }));
      await send(vacancyPublishedV1 as EventContract<object>, vacancy(withdrawn, {}));
      await send(vacancyClosedV1 as EventContract<object>, vacancy(withdrawn, { status: 'closed' }));
      await eventually(async () => {
        const rows = await app.rows(`SELECT vacancy_id, places_left, status FROM one_off_activity WHERE vacancy_id = ANY($1::uuid[])`, [[inside, secondDay, outside, withdrawn]]);
        expect(rows).toHaveLength(4);
        expect(rows.find((r) => r.vacancy_id === inside)!.places_left).toBe(5);
        expect(rows.find((r) => r.vacancy_id === withdrawn)!.status).toBe('closed');
      });

      // Matching's matches on those activities: a sign-up that holds, one withdrawn again, a
      // proposal not yet accepted, an accepted match on the second day, and a sign-up for an
      // activity registrations has not announced yet (kept: the topics are not ordered together).
      const match = (vacancyId: string, status: string, changedAt: string, origin = 'sign-up') => ({
        matchId: randomUUID(),
        volunteerId: `vol-${randomUUID().slice(0, 8)}`,
        vacancyId,
        organisationId,
        centreId: centre.centreId,
        regionId: centre.regionId,
        status,
        origin,
        proposedOn: '2027-02-20',
        changedAt,
      });
      const sendMatch = async (contract: EventContract<object>, payload: ReturnType<typeof match>) =>
        app.publishMatching(contract, { subject: payload.matchId, centreId: centre.centreId, regionId: centre.regionId, payload });
      const holds = match(inside, 'accepted', '2027-02-20T10:00:00.000Z');
      const dropped = match(inside, 'accepted', '2027-02-20T10:05:00.000Z');
      await sendMatch(matchSignedUpV1 as EventContract<object>, holds);
      await sendMatch(matchSignedUpV1 as EventContract<object>, dropped);
      await sendMatch(matchWithdrawnV1 as EventContract<object>, { ...dropped, status: 'withdrawn', changedAt: '2027-02-21T08:00:00.000Z' });
      await sendMatch(matchProposedV1 as EventContract<object>, match(inside, 'proposed', '2027-02-20T11:00:00.000Z', 'consultant'));
      await sendMatch(matchAcceptedV1 as EventContract<object>, match(secondDay, 'accepted', '2027-02-22T09:00:00.000Z', 'consultant'));
      const unannounced = randomUUID();
      await sendMatch(matchSignedUpV1 as EventContract<object>, match(unannounced, 'accepted', '2027-02-22T09:30:00.000Z'));
      await eventually(async () => {
        const rows = await app.rows(`SELECT takes_place FROM activity_sign_up WHERE vacancy_id = ANY($1::uuid[])`, [[inside, secondDay, unannounced]]);
        expect(rows).toHaveLength(5);
        expect(rows.filter((r) => r.takes_place)).toHaveLength(3);
      });

      const opened = await as(centre.staff).post('/v1/campaigns', {
        name: 'NLdoet 2027',
        startsOn: '2027-03-12',
        endsOn: '2027-03-13',
        deadlines: [
          { label: 'Teams van bedrijven aanmelden', date: '2027-02-15' },
          { label: 'Klussen aanmelden op nldoet.nl', date: '2027-02-01' },
        ],
      });
      expect(opened.status).toBe(201);
      const viewer = await app.token('municipality-viewer', { centreId: centre.centreId });
      const detail = await as(viewer).get(`/v1/campaigns/${opened.body.id}`);

      expect(detail.body.deadlines.map((d: { date: string }) => d.date)).toEqual(['2027-02-01', '2027-02-15']);
      expect(detail.body.activities.map((a: { vacancyId: string }) => a.vacancyId)).toEqual([inside, secondDay]);
      expect(detail.body.activities[0]).toMatchObject({ placesWanted: 12, placesLeftReported: 5, signedUp: 1, date: '2027-03-12', startTime: '09:30' });
      expect(detail.body.activities[1]).toMatchObject({ placesWanted: 6, signedUp: 1 });
      expect(detail.body.totals).toEqual({ activities: 2, placesWanted: 18, signedUp: 2 });

      expect(invalidFieldsOf(await as(centre.staff).post(`/v1/campaigns/${opened.body.id}/close`, { reason: 'klaar' }))).toEqual(['reason']);
      const closed = await as(centre.staff).post(`/v1/campaigns/${opened.body.id}/close`);
      expect(closed.body.status).toBe('closed');
      expectProblem(await as(centre.staff).post(`/v1/campaigns/${opened.body.id}/close`), 409, 'invalid-transition');
      const events = await app.eventsAbout(opened.body.id, 2);
      expect(events.map((e) => e.headers.ce_type)).toEqual(['partnerships.campaign.opened', 'partnerships.campaign.closed']);
      expect(JSON.parse(events[1]!.value!)).toEqual({
        campaignId: opened.body.id,
        centreId: centre.centreId,
        name: 'NLdoet 2027',
        startsOn: '2027-03-12',
        endsOn: '2027-03-13',
        status: 'closed',
      });
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      ['an end before the start', { endsOn: '2027-03-11' }, ['endsOn']],
      ['no start', { startsOn: undefined }, ['startsOn']],
      ['a deadline without a date', { deadlines: [{ label: 'Aanmelden' }] }, ['deadlines.0.date']],
      ['deadlines that are no list', { deadlines: { label: 'x', date: '2027-01-01' } }, ['deadlines']],
    ])('refuses a campaign with %s (400), and stores and publishes nothing', async (_case, change, fields) => {
      const marker = `NLdoet ${randomUUID()}`;
      const response = await as(centre.staff).post('/v1/campaigns', { name: marker, startsOn: '2027-03-12', endsOn: '2027-03-13', ...change });
      expect(invalidFieldsOf(response)).toEqual(fields);
      expect(await app.rows(`SELECT 1 FROM campaign WHERE name = $1`, [marker])).toHaveLength(0);
      expect(await app.eventsMentioning(marker)).toBe(0);
    });
  });

  describe('results', () => {
    it('computes deals made, ratified, carried out (and share), value, hours and businesses from the ledger', async () => {
      const own = await app.centre();
      const staff = own.staff;
      const organisationId = await app.organisation(own);
      const post = (path: string, body?: object) => app.http().post(path).set('Authorization', `Bearer ${staff}`).send(body);
      const newBusiness = async () =>
        (
          await post('/v1/businesses', {
            name: `Bedrijf ${randomUUID()}`,
            kvkNumber: String(10_000_000 + Math.floor(Math.random() * 89_999_999)),
            size: 'large',
            sector: 'bank',
            contactPerson: { name: 'C', email: 'c@b.example' },
          })
        ).body.id as string;
      const [b1, b2, b3] = [await newBusiness(), await newBusiness(), await newBusiness()];
      const past = (await post('/v1/beursvloeren', { name: 'Beursvloer 2026', date: '2026-10-01', place: 'Stadhuis' })).body.id;
      const later = (await post('/v1/beursvloeren', { name: 'Beursvloer 2027', date: '2027-10-01', place: 'Stadhuis' })).body.id;

      const deal = async (businessId: string, beursvloerId: string | undefined, to: string, hours: number, value?: number) => {
        const id = (await post('/v1/deals', { businessId, organisationId, beursvloerId, category: 'helpende-handen', description: 'Klus', employeeHours: hours })).body.id;
        if (to === 'not-feasible-early') {
          await post(`/v1/deals/${id}/not-feasible`, { reason: 'x' });
          return;
        }
        for (const party of ['business', 'organisation', 'organiser']) await post(`/v1/deals/${id}/confirm`, { party });
        if (to !== 'ratified') await post(`/v1/deals/${id}/contact`);
        if (to === 'carried-out') await post(`/v1/deals/${id}/carry-out`);
        if (to === 'not-feasible-late') await post(`/v1/deals/${id}/not-feasible`, { reason: 'x' });
        if (value !== undefined) await app.http().put(`/v1/deals/${id}/value`).set('Authorization', `Bearer ${staff}`).send({ estimatedValueEur: value, valuationMethod: 'uren x tarief' });
      };
      await deal(b1, past, 'carried-out', 48, 2400);
      await deal(b2, past, 'carried-out', 8.5, 600);
      await deal(b2, past, 'ratified', 100, 5000);
      await deal(b3, past, 'not-feasible-late', 16);
      await deal(b3, past, 'not-feasible-early', 16);
      await deal(b1, later, 'carried-out', 10, 700);
      const viewer = await app.token('municipality-viewer', { centreId: own.centreId });

      const forPast = await app.http().get(`/v1/results?beursvloerId=${past}`).set('Authorization', `Bearer ${viewer}`);
      expect(forPast.status).toBe(200);
      expect(forPast.body.totals).toEqual({
        dealsMade: 5,
        ratified: 4,
        carriedOut: 2,
        carriedOutShare: 0.4,
        notFeasible: 2,
        estimatedValueEur: 3000,
        employeeHours: 56.5,
        businessesInvolved: 3,
      });
      const in2026 = await app.http().get('/v1/results?from=2026-01-01&to=2026-12-31').set('Authorization', `Bearer ${viewer}`);
      expect(in2026.body.totals.dealsMade).toBe(5);
      const all = await app.http().get('/v1/results').set('Authorization', `Bearer ${staff}`);
      expect(all.body.totals).toMatchObject({ dealsMade: 6, carriedOut: 3, estimatedValueEur: 3700, businessesInvolved: 3 });
      expect(all.body.perBeursvloer.map((b: { name: string; dealsMade: number }) => [b.name, b.dealsMade])).toEqual([
        ['Beursvloer 2026', 5],
        ['Beursvloer 2027', 1],
      ]);
      expect(all.body.perCentre).toEqual([expect.objectContaining({ centreId: own.centreId, dealsMade: 6, carriedOut: 3 })]);
      const consortium = await app.http().get('/v1/results').set('Authorization', `Bearer ${await app.token('consortium-admin')}`);
      expect(consortium.body.centreId).toBeNull();
      expect(consortium.body.perCentre.find((c: { centreId: string }) => c.centreId === own.centreId)).toMatchObject({ dealsMade: 6, estimatedValueEur: 3700 });
      // Another centre's ledger is not counted.
      const other = await app.http().get('/v1/results').set('Authorization', `Bearer ${centre.staff}`);
      expect(other.body.totals.dealsMade).toBe(0);
    });

    it.each([
      ['a period that ends before it starts', 'from=2027-01-02&to=2027-01-01', ['to']],
      ['a date that is not one', 'from=2027-13-01', ['from']],
      ['a Beursvloer id that is no UUID', 'beursvloerId=b-1', ['beursvloerId']],
    ])('refuses %s (400)', async (_case, query, fields) => {
      expect(invalidFieldsOf(await as(centre.staff).get(`/v1/results?${query}`))).toEqual(fields);
    });
  });
});
