import { randomUUID } from 'node:crypto';
import { expectProblem, invalidFieldsOf, PartnershipsTestApp, type TestCentre } from './partnerships-test-app.js';

describe('businesses, offers and needs (partnerships, real PostgreSQL and Kafka)', () => {
  let app: PartnershipsTestApp;
  let centre: TestCentre;
  let organisationId: string;
  let contactToken: string;
  let contactAccount: string;

  const business = (change: Record<string, unknown> = {}) => ({
    name: `Bouwbedrijf ${randomUUID()}`,
    kvkNumber: String(10_000_000 + Math.floor(Math.random() * 89_999_999)),
    size: 'medium',
    sector: 'bouw',
    postcodeArea: '3542',
    contactPerson: { name: 'Jeroen van Dijk', email: 'jeroen@vandijk.example', phone: '+31612345678' },
    ...change,
  });
  const offer = (change: Record<string, unknown> = {}) => ({
    kind: 'employee-time',
    employeeTimeFormat: 'team-day',
    title: `Teamdag ${randomUUID()}`,
    description: 'Acht collega’s klussen een dag mee',
    hours: 64,
    availableFrom: '2027-03-01',
    availableUntil: '2027-06-30',
    ...change,
  });
  const need = (change: Record<string, unknown> = {}) => ({
    category: 'kennis-en-kunde',
    title: `Website ${randomUUID()}`,
    description: 'Hulp bij een nieuwe website voor het buurthuis',
    skills: ['webdesign'],
    neededBy: '2027-05-01',
    ...change,
  });

  const registerBusiness = (body: unknown, token = contactToken) =>
    app.http().post('/v1/businesses').set('Authorization', `Bearer ${token}`).send(body as object);

  beforeAll(async () => {
    app = await PartnershipsTestApp.start();
    centre = await app.centre();
    organisationId = await app.organisation(centre);
    contactAccount = `contact-${randomUUID()}`;
    contactToken = await app.token('business-contact', { centreId: centre.centreId, subject: contactAccount });
  });

  afterAll(async () => {
    await app.stop();
  });

  describe('businesses', () => {
    it('lets a business contact register their business and publishes business.joined without the contact person', async () => {
      const body = business();
      const response = await registerBusiness(body);

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ name: body.name, kvkNumber: body.kvkNumber, contactPerson: body.contactPerson });
      const [stored] = await app.rows(`SELECT contact_account, contact_email FROM business WHERE id = $1`, [response.body.id]);
      expect(stored).toEqual({ contact_account: contactAccount, contact_email: 'jeroen@vandijk.example' });
      // The public topic only: the contact record under the same key is the restricted one (business-contact.int-spec.ts).
      const events = (await app.eventsAbout(response.body.id, 2)).filter((r) => r.topic === 'partnerships.business.v1');
      expect(events).toHaveLength(1);
      const [event] = events;
      expect(event!.headers.ce_type).toBe('partnerships.business.joined');
      expect(JSON.parse(event!.value!)).toEqual({
        businessId: response.body.id,
        centreId: centre.centreId,
        name: body.name,
        kvkNumber: body.kvkNumber,
        size: 'medium',
        sector: 'bouw',
        postcodeArea: '3542',
      });
      expect(event!.value).not.toMatch(/jeroen|Dijk"|\+316/i);
    });

    it('refuses a second business with the same KvK number in one centre (409) and publishes nothing for it', async () => {
      const first = (await registerBusiness(business())).body;
      const marker = `Dubbel ${randomUUID()}`;
      const response = await registerBusiness(business({ kvkNumber: first.kvkNumber, name: marker }));

      expectProblem(response, 409, 'duplicate-kvk-number');
      expect(await app.rows(`SELECT 1 FROM business WHERE kvk_number = $1`, [first.kvkNumber])).toHaveLength(1);
      expect(await app.eventsMentioning(marker)).toBe(0);
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      ['a KvK number of 7 digits', { kvkNumber: '1234567' }, ['kvkNumber']],
      ['a KvK number with a letter', { kvkNumber: '1234567A' }, ['kvkNumber']],
      ['a KvK number of zeros', { kvkNumber: '00000000' }, ['kvkNumber']],
      ['a KvK number as a number', { kvkNumber: 30123456 }, ['kvkNumber']],
      ['no name', { name: undefined }, ['name']],
      ['a blank name', { name: '   ' }, ['name']],
      ['an unknown size', { size: 'huge' }, ['size']],
      ['a sector that is no code', { sector: 'Bouw & Infra' }, ['sector']],
      ['a postcode area with letters', { postcodeArea: '3542AB' }, ['postcodeArea']],
      ['no contact person', { contactPerson: undefined }, ['contactPerson']],
      ['a contact person without email', { contactPerson: { name: 'Jeroen' } }, ['contactPerson.email']],
      ['a contact phone that is no number', { contactPerson: { name: 'J', email: 'j@x.nl', phone: 'bel me' } }, ['contactPerson.phone']],
      ['an unknown field', { iban: 'NL91ABNA0417164300' }, ['iban']],
    ])('refuses %s with 400 naming the field, and stores and publishes nothing', async (_case, change, fields) => {
      const marker = `Bedrijf ${randomUUID()}`;
      const response = await registerBusiness(business({ name: marker, ...change }));

      expect(invalidFieldsOf(response)).toEqual(fields);
      expect(await app.rows(`SELECT 1 FROM business WHERE name = $1`, [marker])).toHaveLength(0);
      expect(await app.eventsMentioning(marker)).toBe(0);
    });

    it('refuses to register for a centre partnerships has not heard of (422 unknown-centre)', async () => {
      const stranger = await app.token('consultant', { centreId: randomUUID() });
      const marker = `Onbekend ${randomUUID()}`;
      const response = await registerBusiness(business({ name: marker }), stranger);

      expectProblem(response, 422, 'unknown-centre');
      expect(await app.rows(`SELECT 1 FROM business WHERE name = $1`, [marker])).toHaveLength(0);
    });

    it('shows a business contact only their own businesses, and staff every business of the centre', async () => {
      const own = (await registerBusiness(business())).body;
      const other = (await registerBusiness(business(), centre.staff)).body;
      const asContact = await app.http().get('/v1/businesses').set('Authorization', `Bearer ${contactToken}`);
      const asStaff = await app.http().get('/v1/businesses').set('Authorization', `Bearer ${centre.staff}`);
      const ids = (response: { body: Array<{ id: string }> }) => response.body.map((b) => b.id);

      expect(ids(asContact)).toContain(own.id);
      expect(ids(asContact)).not.toContain(other.id);
      expect(ids(asStaff)).toEqual(expect.arrayContaining([own.id, other.id]));
      const getOther = await app.http().get(`/v1/businesses/${other.id}`).set('Authorization', `Bearer ${contactToken}`);
      expectProblem(getOther, 404, 'not-found');
    });

    it('removes the contact person on request, keeping the business (and publishing nothing about the person)', async () => {
      const created = (await registerBusiness(business())).body;
      const withBody = await app.http().delete(`/v1/businesses/${created.id}/contact-person`).set('Authorization', `Bearer ${contactToken}`).send({ keepEmail: true });
      expect(invalidFieldsOf(withBody)).toEqual(['keepEmail']);
      expect((await app.rows(`SELECT contact_email FROM business WHERE id = $1`, [created.id]))[0]).toEqual({ contact_email: 'jeroen@vandijk.example' });
      const response = await app.http().delete(`/v1/businesses/${created.id}/contact-person`).set('Authorization', `Bearer ${contactToken}`);

      expect(response.status).toBe(204);
      const [stored] = await app.rows(
        `SELECT contact_name, contact_email, contact_phone, contact_account, contact_removed_at IS NOT NULL AS removed, name FROM business WHERE id = $1`,
        [created.id],
      );
      expect(stored).toEqual({ contact_name: null, contact_email: null, contact_phone: null, contact_account: null, removed: true, name: created.name });
      const view = await app.http().get(`/v1/businesses/${created.id}`).set('Authorization', `Bearer ${centre.staff}`);
      expect(view.body.contactPerson).toBeNull();
    });
  });

  describe('offers', () => {
    let businessId: string;
    const publish = (body: unknown, id = businessId, token = contactToken) =>
      app.http().post(`/v1/businesses/${id}/offers`).set('Authorization', `Bearer ${token}`).send(body as object);

    beforeAll(async () => {
      businessId = (await registerBusiness(business())).body.id;
    });

    it.each([
      [{ kind: 'employee-time', employeeTimeFormat: 'team-day' }, 'helpende-handen'],
      [{ kind: 'employee-time', employeeTimeFormat: 'skills-based' }, 'kennis-en-kunde'],
      [{ kind: 'expertise', employeeTimeFormat: undefined }, 'kennis-en-kunde'],
      [{ kind: 'materials', employeeTimeFormat: undefined, hours: undefined, quantity: 20, unit: 'bureaustoelen' }, 'middelen-en-materialen'],
      [{ kind: 'space', employeeTimeFormat: undefined, hours: undefined }, 'middelen-en-materialen'],
    ])('publishes an offer %j in its Beursvloer category %s, with offer.published', async (change, category) => {
      const response = await publish(offer(change));

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ businessId, category, kind: change.kind });
      const events = await app.eventsAbout(response.body.id, 1);
      expect(events).toHaveLength(1);
      const [event] = events;
      expect(event!.headers.ce_type).toBe('partnerships.offer.published');
      expect(JSON.parse(event!.value!)).toMatchObject({ offerId: response.body.id, category, kind: change.kind });
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      ['a kind that is not offered', { kind: 'catering' }, ['kind']],
      ['employee time without its format', { employeeTimeFormat: undefined }, ['employeeTimeFormat']],
      ['no title', { title: undefined }, ['title']],
      ['negative hours', { hours: -4 }, ['hours']],
      ['a quantity without unit', { quantity: 5 }, ['unit']],
      ['a date that does not exist', { availableFrom: '2027-02-30' }, ['availableFrom']],
      ['an end before the start', { availableFrom: '2027-06-01', availableUntil: '2027-05-01' }, ['availableUntil']],
      ['a list of skills that is no list', { skills: 'schilderen' }, ['skills']],
    ])('refuses %s with 400, and stores and publishes nothing', async (_case, change, fields) => {
      const marker = `Aanbod ${randomUUID()}`;
      const response = await publish(offer({ title: marker, ...change }));

      expect(invalidFieldsOf(response)).toEqual(fields);
      expect(await app.rows(`SELECT 1 FROM offer WHERE title = $1`, [marker])).toHaveLength(0);
      expect(await app.eventsMentioning(marker)).toBe(0);
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      ['money as kind', { kind: 'money', employeeTimeFormat: undefined }, ['kind']],
      ['a sponsoring kind', { kind: 'sponsoring', employeeTimeFormat: undefined }, ['kind']],
      ['materials counted in euros', { kind: 'materials', employeeTimeFormat: undefined, quantity: 500, unit: 'euro' }, ['unit']],
    ])('refuses to offer money (%s) with 422 money-not-allowed, and stores and publishes nothing', async (_case, change, fields) => {
      const marker = `Geld ${randomUUID()}`;
      const response = await publish(offer({ title: marker, ...change }));

      expectProblem(response, 422, 'money-not-allowed');
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(fields);
      expect(await app.rows(`SELECT 1 FROM offer WHERE title = $1`, [marker])).toHaveLength(0);
      expect(await app.eventsMentioning(marker)).toBe(0);
    });

    it('does not let a business contact publish for another business (404, as for an unknown id)', async () => {
      const otherBusiness = (await registerBusiness(business(), centre.staff)).body.id;
      const marker = `Vreemd ${randomUUID()}`;
      const response = await publish(offer({ title: marker }), otherBusiness);

      expectProblem(response, 404, 'not-found');
      expect(await app.eventsMentioning(marker)).toBe(0);
    });
  });

  describe('needs', () => {
    let coordinator: string;
    const publish = (body: unknown, token = coordinator) =>
      app.http().post('/v1/needs').set('Authorization', `Bearer ${token}`).send(body as object);

    beforeAll(async () => {
      coordinator = await app.token('organisation-coordinator', { centreId: centre.centreId, organisationId });
    });

    it.each(['helpende-handen', 'kennis-en-kunde', 'middelen-en-materialen'])(
      'lets a coordinator publish a need in %s for their organisation, with need.published',
      async (category) => {
        const response = await publish(need({ category }));

        expect(response.status).toBe(201);
        expect(response.body).toMatchObject({ organisationId, category });
        const events = await app.eventsAbout(response.body.id, 1);
      expect(events).toHaveLength(1);
      const [event] = events;
        expect(event!.headers.ce_type).toBe('partnerships.need.published');
        expect(JSON.parse(event!.value!)).toEqual({
          needId: response.body.id,
          organisationId,
          centreId: centre.centreId,
          category,
          title: response.body.title,
          neededBy: '2027-05-01',
        });
      },
    );

    it.each<[string, Record<string, unknown>, string[]]>([
      ['the category money', { category: 'money' }, ['category']],
      ['the category geld', { category: 'geld' }, ['category']],
      ['the category donatie', { category: 'donatie' }, ['category']],
      ['materials counted in €', { category: 'middelen-en-materialen', quantity: 2500, unit: '€' }, ['unit']],
      ['materials counted in EUR', { category: 'middelen-en-materialen', quantity: 2500, unit: 'EUR' }, ['unit']],
    ])('refuses a request for money (%s) with 422 money-not-allowed, and stores and publishes nothing', async (_case, change, fields) => {
      const marker = `Geld ${randomUUID()}`;
      const response = await publish(need({ title: marker, ...change }));

      expectProblem(response, 422, 'money-not-allowed');
      expect(response.body.detail).toMatch(/never about money/);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(fields);
      expect(await app.rows(`SELECT 1 FROM need WHERE title = $1`, [marker])).toHaveLength(0);
      expect(await app.eventsMentioning(marker)).toBe(0);
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      ['an unknown category', { category: 'hulp' }, ['category']],
      ['no description', { description: undefined }, ['description']],
      ['a skill that is no code', { skills: ['Web Design'] }, ['skills']],
      ['a date that does not exist', { neededBy: '2027-13-01' }, ['neededBy']],
      ['an organisation id that is no UUID', { organisationId: 'org-1' }, ['organisationId']],
      ['an amount in euros as a field', { amountEur: 2500 }, ['amountEur']],
    ])('refuses %s with 400, and stores and publishes nothing', async (_case, change, fields) => {
      const marker = `Behoefte ${randomUUID()}`;
      const response = await publish(need({ title: marker, ...change }));

      expect(invalidFieldsOf(response)).toEqual(fields);
      expect(await app.rows(`SELECT 1 FROM need WHERE title = $1`, [marker])).toHaveLength(0);
      expect(await app.eventsMentioning(marker)).toBe(0);
    });

    it('does not let a coordinator publish for another organisation (403)', async () => {
      const other = await app.organisation(centre);
      const response = await publish(need({ organisationId: other }));
      expectProblem(response, 403, 'forbidden');
    });

    it('lets staff publish for an organisation of the centre, which they must name', async () => {
      const without = await publish(need(), centre.staff);
      expect(invalidFieldsOf(without)).toEqual(['organisationId']);
      const unknown = await publish(need({ organisationId: randomUUID() }), centre.staff);
      expectProblem(unknown, 404, 'not-found');
      const named = await publish(need({ organisationId }), centre.staff);
      expect(named.status).toBe(201);
    });

    it('accepts needs of an organisation that is registered but not yet verified', async () => {
      const registered = await app.organisation(centre, { verified: false });
      const response = await publish(need({ organisationId: registered }), centre.staff);
      expect(response.status).toBe(201);
    });
  });
});
