import { CE, TOMBSTONE_HEADER } from '@vc/messaging';
import { runInTenant, type Role } from '@vc/service-kit';
import type { ReceivedRecord } from '@vc/testing';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import type { DataSource } from 'typeorm';
import { VolunteerResumeScheduler } from '../src/volunteers/resume-paused-volunteers/volunteer-resume.scheduler.js';
import { todayInAmsterdam } from '../src/volunteers/volunteer-values.js';
import { RegistrationsTestApp } from './registrations-test-app.js';

const VOLUNTEER_TOPIC = 'registrations.volunteer.v1';
const CONTACT_TOPIC = 'registrations.volunteer-contact.v1';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

type Body = Record<string, unknown>;

/** A date of birth that makes someone `years` old today, in the Netherlands. */
function yearsAgo(years: number): string {
  const today = todayInAmsterdam();
  return `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
}

/** The Dutch calendar date `days` from today. */
function daysFromToday(days: number): string {
  const date = new Date(`${todayInAmsterdam()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function uniqueEmail(): string {
  return `vrijwilliger-${randomUUID().slice(0, 8)}@example.nl`;
}

/** The smallest profile the API accepts. */
function minimalProfile(overrides: Body = {}): Body {
  return {
    firstName: 'Jan',
    lastName: 'de Vries',
    email: uniqueEmail(),
    preferredLanguage: 'nl',
    travelRadiusKm: 10,
    consents: [{ purpose: 'registration', textVersion: '2026-01' }],
    ...overrides,
  };
}

function fullProfile(overrides: Body = {}): Body {
  return minimalProfile({
    firstName: ' Samira ',
    lastName: 'el Amrani',
    phone: '06 12345678',
    dateOfBirth: yearsAgo(30),
    postcode: '3582 kl',
    travelRadiusKm: 5,
    skills: ['social.listening', 'digital.computer-help'],
    interests: ['care', 'language-and-integration'],
    availability: [
      { day: 'tuesday', part: 'evening' },
      { day: 'saturday', part: 'morning' },
    ],
    hoursPerWeek: 3,
    languages: ['nl', 'en', 'ar'],
    dutchLevel: 'B2',
    vog: { status: 'valid', validUntil: '2028-06-30' },
    ...overrides,
  });
}

const BOTH_CONSENTS = [
  { purpose: 'registration', textVersion: '2026-01' },
  { purpose: 'support-needs', textVersion: '2026-01' },
];
const SUPPORT_NEEDS = { referralSource: 'coa', targetGroup: 'newcomer', guidanceNeeded: true };

const withSupportNeeds = (overrides: Body = {}): Body =>
  minimalProfile({ consents: BOTH_CONSENTS, supportNeeds: SUPPORT_NEEDS, ...overrides });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function expectProblem(response: Response, status: number, slug?: string): void {
  expect({ status: response.status, body: response.body }).toMatchObject({ status, body: { status } });
  expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  if (slug) expect(response.body.type).toBe(`https://vrijwilligers.example/problems/${slug}`);
}

/** The fields a 400 names, in order, each once. */
function invalidFieldsOf(response: Response): string[] {
  expectProblem(response, 400, 'validation');
  const fields = (response.body.errors as Array<{ field: string }>).map((e) => e.field);
  expect(new Set(fields).size).toBe(fields.length);
  return fields.sort();
}

/** A 404 as a client sees it, without what names the request. */
const comparable404 = (response: Response) => ({ ...response.body, instance: undefined, detail: undefined });

const valueOf = (record: ReceivedRecord) => (record.value === null ? null : (JSON.parse(record.value) as Body));

describe('volunteers (registrations service, real PostgreSQL and Kafka)', () => {
  let app: RegistrationsTestApp;
  let db: DataSource;
  let regionId: string;
  /** Has consent texts; its consultants and admins below. */
  let centreA: string;
  /** Has none: any consent version goes. */
  let centreB: string;
  const consultantOfA = 'consultant-a';
  let tokens: Record<'consultantA' | 'adminA' | 'consultantB' | 'adminB', string>;

  beforeAll(async () => {
    app = await RegistrationsTestApp.start();
    db = app.running.dataSource;
    regionId = await createRegion();
    centreA = await createCentre('Vrijwilligerscentrale Utrecht', [
      { purpose: 'registration', version: '2026-01', language: 'nl', text: 'Ik geef toestemming om mijn gegevens te gebruiken voor bemiddeling.' },
      { purpose: 'support-needs', version: '2026-01', language: 'nl', text: 'Ik geef toestemming om mijn ondersteuningsvraag vast te leggen.' },
    ]);
    centreB = await createCentre('Steunpunt Vrijwilligerswerk Zeist');
    tokens = {
      consultantA: await app.token('consultant', { centreId: centreA, subject: consultantOfA }),
      adminA: await app.token('centre-admin', { centreId: centreA }),
      consultantB: await app.token('consultant', { centreId: centreB }),
      adminB: await app.token('centre-admin', { centreId: centreB }),
    };
  });

  afterAll(async () => {
    await app.stop();
  });

  async function createRegion(): Promise<string> {
    const admin = await app.token('consortium-admin');
    const response = await app.http().post('/v1/regions').set('Authorization', `Bearer ${admin}`).send({ name: `Regio ${randomUUID().slice(0, 8)}` });
    expect(response.status).toBe(201);
    return response.body.id;
  }

  async function createCentre(name: string, consentTexts: Body[] = []): Promise<string> {
    const admin = await app.token('consortium-admin');
    const response = await app
      .http()
      .post('/v1/centres')
      .set('Authorization', `Bearer ${admin}`)
      .send({ regionId, name, municipalities: ['GM0344'], consentTexts });
    expect(response.status).toBe(201);
    return response.body.id;
  }

  function selfRegister(centreId: string, body: Body) {
    return app.http().post(`/v1/centres/${centreId}/volunteers/registrations`).send(body);
  }

  async function registered(token: string, body: Body = minimalProfile()): Promise<string> {
    const response = await app.http().post('/v1/volunteers').set('Authorization', `Bearer ${token}`).send(body);
    expect(response.status).toBe(201);
    return response.body.id;
  }

  function volunteerToken(volunteerId: string, centreId: string) {
    return app.token('volunteer', { centreId, volunteerId, subject: `idp|${randomUUID()}` });
  }

  /** What is stored, read consortium-wide so no centre filter hides anything. */
  async function storedVolunteer(id: string): Promise<Body | undefined> {
    const [row] = await runInTenant(db, { consortium: true }, (m) =>
      m.query(
        `SELECT id, centre_id, status, first_name, last_name, email, phone, preferred_language, date_of_birth::text,
                postcode, travel_radius_km, skills, interests, availability, hours_per_week, languages, dutch_level,
                vog_status, vog_valid_until::text, is_student, paused_until::text, registered_by, erased_at
         FROM volunteer WHERE id = $1`,
        [id],
      ),
    );
    return row;
  }

  async function count(sql: string, parameters: unknown[]): Promise<number> {
    const [{ count }] = await runInTenant(db, { consortium: true }, (m) => m.query(`SELECT count(*)::int AS count FROM ${sql}`, parameters));
    return count;
  }

  /**
   * Exactly the records about one volunteer: waits for `expected`, then a while longer, so a record
   * too many would have arrived too.
   */
  async function exactlyEventsAbout(volunteerId: string, expected: number): Promise<ReceivedRecord[]> {
    if (expected > 0) await app.eventsAbout(volunteerId, expected);
    await sleep(1_000);
    const records = app.probe.records.filter((r) => r.key === volunteerId);
    expect(records.map((r) => r.headers[CE.type] ?? 'tombstone')).toHaveLength(expected);
    return records;
  }

  const typeOf = (record: ReceivedRecord) => record.headers[CE.type];

  describe('registration', () => {
    it('registers a person through the public centre form: 201, the row, and exactly the allowed events', async () => {
      const body = fullProfile();
      const response = await selfRegister(centreA, body);

      expect(response.status).toBe(201);
      const id = response.body.id as string;
      expect(response.body).toEqual({ id, centreId: centreA, status: 'active' });

      expect(await storedVolunteer(id)).toMatchObject({
        centre_id: centreA,
        status: 'active',
        first_name: 'Samira',
        last_name: 'el Amrani',
        email: body.email,
        phone: '+31612345678',
        date_of_birth: yearsAgo(30),
        postcode: '3582 KL',
        vog_status: 'valid',
        vog_valid_until: '2028-06-30',
        registered_by: 'self',
        erased_at: null,
      });
      expect(await count(`volunteer_consent WHERE volunteer_id = $1 AND purpose = 'registration' AND text_version = '2026-01'`, [id])).toBe(1);

      const [registeredEvent, contactEvent] = await exactlyEventsAbout(id, 2).then((records) =>
        [VOLUNTEER_TOPIC, CONTACT_TOPIC].map((topic) => records.find((r) => r.topic === topic)!),
      );
      expect(registeredEvent!.headers).toMatchObject({
        [CE.type]: 'registrations.volunteer.registered',
        [CE.centreid]: centreA,
        [CE.regionid]: regionId,
        [CE.subject]: id,
      });
      expect(valueOf(registeredEvent!)).toEqual({
        volunteerId: id,
        centreId: centreA,
        regionId,
        skills: ['social.listening', 'digital.computer-help'],
        interests: ['care', 'language-and-integration'],
        availability: [
          { day: 'tuesday', part: 'evening' },
          { day: 'saturday', part: 'morning' },
        ],
        hoursPerWeek: 3,
        postcodeArea: '3582',
        travelRadiusKm: 5,
        languages: ['nl', 'en', 'ar'],
        dutchLevel: 'B2',
        ageBand: '26-40',
        vogValidUntil: '2028-06-30',
        flags: { isStudent: false, needsGuidance: false },
        status: 'active',
      });
      expect(typeOf(contactEvent!)).toBe('registrations.volunteer-contact.changed');
      expect(valueOf(contactEvent!)).toEqual({
        volunteerId: id,
        centreId: centreA,
        firstName: 'Samira',
        lastName: 'el Amrani',
        email: body.email,
        phone: '+31612345678',
        preferredLanguage: 'nl',
      });
    });

    it('registers a person on their behalf in the consultant’s centre, with nulls for what they did not give', async () => {
      const consultant = await app.token('consultant', { centreId: centreB, subject: 'consultant-zeist-7' });
      const body = minimalProfile({ consents: [{ purpose: 'registration', textVersion: 'papier-2019' }] });
      const response = await app.http().post('/v1/volunteers').set('Authorization', `Bearer ${consultant}`).send(body);

      expect(response.status).toBe(201);
      const id = response.body.id as string;
      expect(await storedVolunteer(id)).toMatchObject({ centre_id: centreB, registered_by: 'consultant-zeist-7', phone: null, postcode: null });

      const records = await exactlyEventsAbout(id, 2);
      const registeredEvent = records.find((r) => r.topic === VOLUNTEER_TOPIC)!;
      expect(valueOf(registeredEvent)).toEqual({
        volunteerId: id,
        centreId: centreB,
        regionId,
        skills: [],
        interests: [],
        availability: [],
        hoursPerWeek: null,
        postcodeArea: null,
        travelRadiusKm: 10,
        languages: [],
        dutchLevel: null,
        ageBand: null,
        vogValidUntil: null,
        flags: { isStudent: false, needsGuidance: false },
        status: 'active',
      });
      const contact = valueOf(records.find((r) => r.topic === CONTACT_TOPIC)!);
      expect(contact).toEqual({ volunteerId: id, centreId: centreB, firstName: 'Jan', lastName: 'de Vries', email: body.email, preferredLanguage: 'nl' });
    });

    it('answers 404 for an unknown centre and stores nothing', async () => {
      const body = minimalProfile();
      expectProblem(await selfRegister(randomUUID(), body), 404, 'not-found');
      expect(await count(`volunteer WHERE email = $1`, [body.email])).toBe(0);
    });

    it.each<[string, Body, string]>([
      ['without the registration consent', { consents: [{ purpose: 'support-needs', textVersion: '2026-01' }] }, 'registration-consent-required'],
      ['with a consent text version the centre does not have', { consents: [{ purpose: 'registration', textVersion: '2019-01' }] }, 'unknown-consent-text'],
    ])('refuses a registration %s (422) and stores nothing', async (_case, change, slug) => {
      const body = minimalProfile(change);
      expectProblem(await selfRegister(centreA, body), 422, slug);
      expect(await count(`volunteer WHERE email = $1`, [body.email])).toBe(0);
    });

    it('refuses a second registration with the same email address at the centre (409)', async () => {
      const body = minimalProfile();
      expect((await selfRegister(centreA, body)).status).toBe(201);
      expectProblem(await selfRegister(centreA, { ...body, email: (body.email as string).toUpperCase() }), 409, 'volunteer-email-taken');
      expect(await count(`volunteer WHERE lower(email) = lower($1)`, [body.email])).toBe(1);
    });

    it('registers once for a repeated Idempotency-Key and replays the first answer', async () => {
      const body = fullProfile();
      const key = randomUUID();
      const first = await selfRegister(centreA, body).set('Idempotency-Key', key);
      const repeat = await selfRegister(centreA, body).set('Idempotency-Key', key);

      expect(first.status).toBe(201);
      expect(repeat.status).toBe(201);
      expect(repeat.body).toEqual(first.body);
      expect(repeat.headers['idempotent-replayed']).toBe('true');
      expect(await count(`volunteer WHERE email = $1`, [body.email])).toBe(1);
      const records = await exactlyEventsAbout(first.body.id, 2);
      expect(records.filter((r) => typeOf(r) === 'registrations.volunteer.registered')).toHaveLength(1);
    });
  });

  describe('bad input on every write endpoint: 400 naming each field, nothing stored or published', () => {
    let emptyCentre: string;
    let consultantOfEmpty: string;
    let volunteerId: string;
    let selfToken: string;

    beforeAll(async () => {
      emptyCentre = await createCentre('Centrale zonder vrijwilligers');
      consultantOfEmpty = await app.token('consultant', { centreId: emptyCentre });
      volunteerId = await registered(tokens.consultantA, withSupportNeeds());
      selfToken = await volunteerToken(volunteerId, centreA);
      await app.eventsAbout(volunteerId, 2);
    });

    const registrationCases: Array<[string, Body, string[]]> = [
      ['missing fields', {}, ['consents', 'email', 'firstName', 'lastName', 'preferredLanguage', 'travelRadiusKm']],
      ['wrong types', { firstName: 42, travelRadiusKm: '5', skills: 'care', isStudent: 'yes' }, ['firstName', 'isStudent', 'skills', 'travelRadiusKm']],
      ['unknown fields, nested ones too', { nationality: 'NL', vog: { status: 'valid', validUntil: '2028-01-01', record: 'clean' } }, ['nationality', 'vog.record']],
      ['oversized strings', { firstName: 'x'.repeat(101), lastName: 'y'.repeat(151), email: `${'z'.repeat(250)}@example.nl` }, ['email', 'firstName', 'lastName']],
      ['an invalid postcode', { postcode: '1234 SA' }, ['postcode']],
      ['invalid dates', { dateOfBirth: '1990-13-01', vog: { status: 'valid', validUntil: '2028-02-30' } }, ['dateOfBirth', 'vog.validUntil']],
      ['invalid enum values', { preferredLanguage: 'fr', dutchLevel: 'B3', availability: [{ day: 'monday', part: 'night' }] }, ['availability.0.part', 'dutchLevel', 'preferredLanguage']],
      ['an invalid phone number', { phone: '12345' }, ['phone']],
    ];

    it.each(registrationCases)('self-registration with %s', async (_case, change, fields) => {
      const body = Object.keys(change).length === 0 ? {} : minimalProfile(change);
      expect(invalidFieldsOf(await selfRegister(emptyCentre, body))).toEqual(fields);
    });

    it.each(registrationCases)('registration by a consultant with %s', async (_case, change, fields) => {
      const body = Object.keys(change).length === 0 ? {} : minimalProfile(change);
      const response = await app.http().post('/v1/volunteers').set('Authorization', `Bearer ${consultantOfEmpty}`).send(body);
      expect(invalidFieldsOf(response)).toEqual(fields);
    });

    it.each<[string, string, string, Body, string[]]>([
      ['update: a name cleared', 'patch', '', { firstName: null }, ['firstName']],
      ['update: wrong types', 'patch', '', { travelRadiusKm: 'far', languages: 'nl' }, ['languages', 'travelRadiusKm']],
      ['update: the status, which has its own commands', 'patch', '', { status: 'left' }, ['status']],
      ['update: oversized strings', 'patch', '', { lastName: 'y'.repeat(151) }, ['lastName']],
      ['update: invalid postcode, phone and date', 'patch', '', { postcode: 'AB 1234', phone: '06 123', dateOfBirth: 'yesterday' }, ['dateOfBirth', 'phone', 'postcode']],
      ['update: an invalid enum value', 'patch', '', { dutchLevel: 'native' }, ['dutchLevel']],
      ['pause: a date in the past', 'post', '/pause', { pausedUntil: '2020-01-01' }, ['pausedUntil']],
      ['pause: a date in another format', 'post', '/pause', { pausedUntil: '31-12-2030' }, ['pausedUntil']],
      ['pause: a reason', 'post', '/pause', { reason: 'ziek' }, ['reason']],
      ['resume: any field', 'post', '/resume', { note: 'terug' }, ['note']],
      ['leave: any field', 'post', '/leave', { reason: 'verhuisd' }, ['reason']],
      ['support needs: guidance missing', 'put', '/support-needs', {}, ['guidanceNeeded']],
      ['support needs: wrong type and enum', 'put', '/support-needs', { guidanceNeeded: 'yes', targetGroup: 'refugee' }, ['guidanceNeeded', 'targetGroup']],
      ['support needs: an unknown field', 'put', '/support-needs', { guidanceNeeded: true, notes: 'vertrouwelijk' }, ['notes']],
      ['support needs: a consent without version', 'put', '/support-needs', { guidanceNeeded: true, consent: {} }, ['consent.textVersion']],
    ])('%s', async (_case, method, suffix, body, fields) => {
      const token = suffix === '/support-needs' ? tokens.consultantA : selfToken;
      const call = method === 'patch' ? app.http().patch(`/v1/volunteers/${volunteerId}`) : method === 'put' ? app.http().put(`/v1/volunteers/${volunteerId}${suffix}`) : app.http().post(`/v1/volunteers/${volunteerId}${suffix}`);
      expect(invalidFieldsOf(await call.set('Authorization', `Bearer ${token}`).send(body))).toEqual(fields);
    });

    it('left no row and no event behind', async () => {
      expect(await count(`volunteer WHERE centre_id = $1`, [emptyCentre])).toBe(0);
      const stored = await storedVolunteer(volunteerId);
      expect(stored).toMatchObject({ status: 'active', first_name: 'Jan', travel_radius_km: 10, dutch_level: null, paused_until: null });
      const [needs] = await runInTenant(db, { consortium: true }, (m) => m.query(`SELECT target_group, guidance_needed FROM volunteer_support_needs WHERE volunteer_id = $1`, [volunteerId]));
      expect(needs).toEqual({ target_group: 'newcomer', guidance_needed: true });
      await exactlyEventsAbout(volunteerId, 2);
      expect(app.probe.records.filter((r) => r.headers[CE.centreid] === emptyCentre && r.topic !== 'registrations.centre.v1')).toEqual([]);
    });
  });

  describe('support needs', () => {
    it('refuses support needs without the support-needs consent, naming it (422), and stores nothing', async () => {
      const body = withSupportNeeds({ consents: [{ purpose: 'registration', textVersion: '2026-01' }] });
      const response = await selfRegister(centreA, body);
      expectProblem(response, 422, 'support-needs-consent-required');
      expect(response.body.detail).toContain('support-needs');
      expect(await count(`volunteer WHERE email = $1`, [body.email])).toBe(0);
    });

    it('stores them with the consent and shows them to the centre’s consultants only, auditing every read', async () => {
      const id = await registered(tokens.consultantA, withSupportNeeds());
      const audited = () => count(`support_needs_read WHERE volunteer_id = $1`, [id]);

      for (const correlationId of ['lees-1', 'lees-2']) {
        const response = await app
          .http()
          .get(`/v1/volunteers/${id}/support-needs`)
          .set('Authorization', `Bearer ${tokens.consultantA}`)
          .set('x-correlation-id', correlationId);
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({ referralSource: 'coa', targetGroup: 'newcomer', guidanceNeeded: true, consentTextVersion: '2026-01' });
      }
      const reads = await runInTenant(db, { consortium: true }, (m) =>
        m.query(`SELECT read_by, correlation_id, centre_id FROM support_needs_read WHERE volunteer_id = $1 ORDER BY id`, [id]),
      );
      expect(reads).toEqual([
        { read_by: consultantOfA, correlation_id: 'lees-1', centre_id: centreA },
        { read_by: consultantOfA, correlation_id: 'lees-2', centre_id: centreA },
      ]);

      for (const token of [tokens.adminA, await volunteerToken(id, centreA)]) {
        expectProblem(await app.http().get(`/v1/volunteers/${id}/support-needs`).set('Authorization', `Bearer ${token}`), 403);
      }
      const profile = await app.http().get(`/v1/volunteers/${id}`).set('Authorization', `Bearer ${tokens.consultantA}`);
      expect(JSON.stringify(profile.body)).not.toMatch(/support|referral|targetGroup|newcomer|coa/i);
      expect(await audited()).toBe(2);
    });

    it('records support needs later only with the consent, given before or now', async () => {
      const id = await registered(tokens.consultantA);
      const put = (body: Body) => app.http().put(`/v1/volunteers/${id}/support-needs`).set('Authorization', `Bearer ${tokens.consultantA}`).send(body);

      expectProblem(await put({ guidanceNeeded: true }), 422, 'support-needs-consent-required');
      expectProblem(await put({ guidanceNeeded: true, consent: { textVersion: '1999-01' } }), 422, 'unknown-consent-text');
      expect(await count(`volunteer_support_needs WHERE volunteer_id = $1`, [id])).toBe(0);

      expect((await put({ targetGroup: 're-integration', guidanceNeeded: true, consent: { textVersion: '2026-01' } })).status).toBe(204);
      expect((await put({ referralSource: 're-integration-coach', targetGroup: 're-integration', guidanceNeeded: true })).status).toBe(204);
      const [needs] = await runInTenant(db, { consortium: true }, (m) =>
        m.query(`SELECT referral_source, target_group, guidance_needed, consent_text_version FROM volunteer_support_needs WHERE volunteer_id = $1`, [id]),
      );
      expect(needs).toEqual({ referral_source: 're-integration-coach', target_group: 're-integration', guidance_needed: true, consent_text_version: '2026-01' });
      expect(await count(`volunteer_consent WHERE volunteer_id = $1 AND purpose = 'support-needs'`, [id])).toBe(1);
      expect(await count(`support_needs_read WHERE volunteer_id = $1`, [id])).toBe(0);

      // Guidance needed became true once: matching hears the flag, never the reason.
      const records = await exactlyEventsAbout(id, 3);
      const updated = records.filter((r) => typeOf(r) === 'registrations.volunteer.updated');
      expect(updated.map((r) => valueOf(r)!.flags)).toEqual([{ isStudent: false, needsGuidance: true }]);
    });

    it('never appear in any event, public or restricted, through the whole life of a volunteer', async () => {
      const id = await registered(tokens.consultantA, withSupportNeeds({ postcode: '3511 AB', dateOfBirth: yearsAgo(20) }));
      const auth = { Authorization: `Bearer ${tokens.consultantA}` };
      expect((await app.http().put(`/v1/volunteers/${id}/support-needs`).set(auth).send({ referralSource: 'social-neighbourhood-team', targetGroup: 're-integration', guidanceNeeded: false })).status).toBe(204);
      expect((await app.http().patch(`/v1/volunteers/${id}`).set(auth).send({ skills: ['care.respite'], email: uniqueEmail() })).status).toBe(200);
      for (const command of ['pause', 'resume', 'leave']) {
        expect((await app.http().post(`/v1/volunteers/${id}/${command}`).set(auth).send({})).status).toBe(200);
      }
      expect((await app.http().delete(`/v1/volunteers/${id}`).set('Authorization', `Bearer ${tokens.adminA}`)).status).toBe(204);

      // registered, contact, updated (guidance), updated (skills), contact, paused, resumed, left, erased, tombstone
      const records = await exactlyEventsAbout(id, 10);
      const keysOf = (value: unknown): string[] =>
        value === null || typeof value !== 'object' ? [] : Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
      const stringsOf = (value: unknown): string[] =>
        typeof value === 'string' ? [value] : value === null || typeof value !== 'object' ? [] : Object.values(value).flatMap(stringsOf);
      for (const record of records) {
        const value = valueOf(record);
        expect(keysOf(value).filter((key) => /support|referral|targetGroup|guidanceNeeded|consent|birth|postcode$/i.test(key))).toEqual([]);
        const texts = [...stringsOf(value), ...Object.values(record.headers)];
        expect(texts.filter((text) => ['coa', 'newcomer', 're-integration', 'social-neighbourhood-team', '3511 AB', '3511AB', yearsAgo(20)].includes(text))).toEqual([]);
      }
    });
  });

  describe('consent withdrawal', () => {
    const withdraw = (id: string, purpose: string, token: string) =>
      app.http().delete(`/v1/volunteers/${id}/consents/${purpose}`).set('Authorization', `Bearer ${token}`);

    it('deletes the support needs with their consent, keeps when it was given and withdrawn, and tells matching the flag dropped', async () => {
      const id = await registered(tokens.consultantA, withSupportNeeds());
      const selfToken = await volunteerToken(id, centreA);

      expect((await withdraw(id, 'support-needs', selfToken)).status).toBe(204);
      expect(await count(`volunteer_support_needs WHERE volunteer_id = $1`, [id])).toBe(0);
      expect(await count(`volunteer_consent WHERE volunteer_id = $1 AND purpose = 'support-needs' AND withdrawn_at IS NOT NULL`, [id])).toBe(1);
      expect(await count(`volunteer_consent WHERE volunteer_id = $1 AND purpose = 'registration' AND withdrawn_at IS NULL`, [id])).toBe(1);
      expectProblem(await app.http().get(`/v1/volunteers/${id}/support-needs`).set('Authorization', `Bearer ${tokens.consultantA}`), 404);
      // Stored again only with a new consent.
      expectProblem(
        await app.http().put(`/v1/volunteers/${id}/support-needs`).set('Authorization', `Bearer ${tokens.consultantA}`).send({ guidanceNeeded: true }),
        422,
        'support-needs-consent-required',
      );

      // A second withdrawal (here by staff noting it down) changes and publishes nothing.
      const withdrawnAt = await runInTenant(db, { consortium: true }, (m) => m.query(`SELECT withdrawn_at FROM volunteer_consent WHERE volunteer_id = $1 AND purpose = 'support-needs'`, [id]));
      expect((await withdraw(id, 'support-needs', tokens.consultantA)).status).toBe(204);
      expect(await runInTenant(db, { consortium: true }, (m) => m.query(`SELECT withdrawn_at FROM volunteer_consent WHERE volunteer_id = $1 AND purpose = 'support-needs'`, [id]))).toEqual(withdrawnAt);

      const updated = (await exactlyEventsAbout(id, 3)).filter((r) => typeOf(r) === 'registrations.volunteer.updated');
      expect(updated.map((r) => valueOf(r)!.flags)).toEqual([{ isStudent: false, needsGuidance: false }]);
    });

    it('refuses the registration consent (409, erase instead), a purpose never given (404), a malformed one (400) and another centre (404), changing nothing', async () => {
      const id = await registered(tokens.consultantA, withSupportNeeds());

      const registration = await withdraw(id, 'registration', await volunteerToken(id, centreA));
      expectProblem(registration, 409, 'registration-consent-withdrawal');
      expect(registration.body.detail).toContain(`DELETE /v1/volunteers/${id}`);
      expectProblem(await withdraw(id, 'newsletter', tokens.consultantA), 404);
      expect(invalidFieldsOf(await withdraw(id, 'Geen%20code', tokens.consultantA))).toEqual(['purpose']);
      expectProblem(await withdraw(id, 'support-needs', tokens.consultantB), 404);

      expect(await count(`volunteer_consent WHERE volunteer_id = $1 AND withdrawn_at IS NOT NULL`, [id])).toBe(0);
      expect(await count(`volunteer_support_needs WHERE volunteer_id = $1`, [id])).toBe(1);
      await exactlyEventsAbout(id, 2);
    });
  });

  describe('tenant isolation', () => {
    let ofA: string;
    let ofB: string;

    beforeAll(async () => {
      ofA = await registered(tokens.consultantA, withSupportNeeds());
      ofB = await registered(tokens.consultantB, minimalProfile({ consents: [{ purpose: 'registration', textVersion: '1' }, { purpose: 'support-needs', textVersion: '1' }], supportNeeds: { guidanceNeeded: true } }));
    });

    it.each<[string, string, 'consultantA' | 'adminA', (id: string) => [method: 'get' | 'patch' | 'post' | 'delete' | 'put', path: string, body?: Body]]>([
      ['read', 'a consultant', 'consultantA', (id) => ['get', `/v1/volunteers/${id}`]],
      ['update', 'a consultant', 'consultantA', (id) => ['patch', `/v1/volunteers/${id}`, { firstName: 'Gekaapt' }]],
      ['pause', 'a consultant', 'consultantA', (id) => ['post', `/v1/volunteers/${id}/pause`, {}]],
      ['leave', 'a consultant', 'consultantA', (id) => ['post', `/v1/volunteers/${id}/leave`, {}]],
      ['read the support needs of', 'a consultant', 'consultantA', (id) => ['get', `/v1/volunteers/${id}/support-needs`]],
      ['record support needs of', 'a consultant', 'consultantA', (id) => ['put', `/v1/volunteers/${id}/support-needs`, { guidanceNeeded: false }]],
      ['export', 'a consultant', 'consultantA', (id) => ['get', `/v1/volunteers/${id}/export`]],
      ['erase', 'a centre admin', 'adminA', (id) => ['delete', `/v1/volunteers/${id}`]],
    ])('%s a volunteer of centre B: 404 for %s of centre A, exactly as for an unknown id', async (_what, _who, tokenName, call) => {
      const send = (id: string) => {
        const [method, path, body] = call(id);
        const request = app.http()[method](path).set('Authorization', `Bearer ${tokens[tokenName]}`);
        return body === undefined ? request : request.send(body);
      };
      const other = await send(ofB);
      const unknown = await send(UNKNOWN_ID);
      expectProblem(other, 404, 'not-found');
      expect(comparable404(other)).toEqual(comparable404(unknown));
    });

    it('left centre B’s volunteer as it was', async () => {
      expect(await storedVolunteer(ofB)).toMatchObject({ status: 'active', first_name: 'Jan', centre_id: centreB });
      expect(await count(`volunteer_support_needs WHERE volunteer_id = $1 AND guidance_needed`, [ofB])).toBe(1);
      expect(await count(`support_needs_read WHERE volunteer_id = $1`, [ofB])).toBe(0);
      await exactlyEventsAbout(ofB, 2);
    });

    it('does not let a volunteer token bound to centre A reach a volunteer of centre B, even with its id', async () => {
      const guessed = await volunteerToken(ofB, centreA);
      expectProblem(await app.http().get(`/v1/volunteers/${ofB}`).set('Authorization', `Bearer ${guessed}`), 404);
      const someoneElse = await volunteerToken(ofA, centreA);
      expectProblem(await app.http().get(`/v1/volunteers/${ofB}`).set('Authorization', `Bearer ${someoneElse}`), 404);
    });

    it('lists only the caller’s centre', async () => {
      const listed: Body[] = [];
      let cursor: string | null = null;
      do {
        const response: Response = await app
          .http()
          .get('/v1/volunteers')
          .query({ limit: 100, ...(cursor ? { cursor } : {}) })
          .set('Authorization', `Bearer ${tokens.consultantA}`);
        expect(response.status).toBe(200);
        listed.push(...response.body.items);
        cursor = response.body.nextCursor;
      } while (cursor);
      expect(listed.map((v) => v.id)).toContain(ofA);
      expect(listed.map((v) => v.id)).not.toContain(ofB);
      expect(new Set(listed.map((v) => v.centreId))).toEqual(new Set([centreA]));
      expect(JSON.stringify(listed)).not.toMatch(/supportNeeds|referral|targetGroup/);
    });
  });

  describe('roles', () => {
    type Caller = 'consultant' | 'centre-admin' | 'themself' | 'another volunteer' | 'an organisation coordinator' | 'a consortium admin' | 'no token';
    const callers: Caller[] = ['consultant', 'centre-admin', 'themself', 'another volunteer', 'an organisation coordinator', 'a consortium admin', 'no token'];
    // [endpoint, method, path, body, statuses in the order of `callers`]
    const matrix: Array<[string, 'get' | 'post' | 'patch' | 'put' | 'delete', string, Body | undefined, number[]]> = [
      ['register on someone’s behalf', 'post', '/v1/volunteers', undefined, [201, 201, 403, 403, 403, 403, 401]],
      ['list', 'get', '/v1/volunteers', undefined, [200, 200, 403, 403, 403, 403, 401]],
      ['read', 'get', '/v1/volunteers/:id', undefined, [200, 200, 200, 404, 403, 403, 401]],
      ['update', 'patch', '/v1/volunteers/:id', { travelRadiusKm: 15 }, [200, 200, 200, 404, 403, 403, 401]],
      ['pause', 'post', '/v1/volunteers/:id/pause', {}, [200, 200, 200, 404, 403, 403, 401]],
      ['resume', 'post', '/v1/volunteers/:paused/resume', {}, [200, 200, 200, 404, 403, 403, 401]],
      ['leave', 'post', '/v1/volunteers/:id/leave', {}, [200, 200, 200, 404, 403, 403, 401]],
      ['read support needs', 'get', '/v1/volunteers/:id/support-needs', undefined, [200, 403, 403, 403, 403, 403, 401]],
      ['record support needs', 'put', '/v1/volunteers/:id/support-needs', { guidanceNeeded: false }, [204, 403, 403, 403, 403, 403, 401]],
      ['export', 'get', '/v1/volunteers/:id/export', undefined, [200, 200, 200, 404, 403, 403, 401]],
      ['erase', 'delete', '/v1/volunteers/:id', undefined, [403, 204, 204, 404, 403, 403, 401]],
    ];
    const cases = matrix.flatMap(([endpoint, method, path, body, statuses]) =>
      callers.map((caller, index) => [endpoint, caller, statuses[index]!, method, path, body] as const),
    );

    async function tokenOf(caller: Caller, volunteerId: string): Promise<string | undefined> {
      switch (caller) {
        case 'consultant':
          return tokens.consultantA;
        case 'centre-admin':
          return tokens.adminA;
        case 'themself':
          return volunteerToken(volunteerId, centreA);
        case 'another volunteer':
          return volunteerToken(randomUUID(), centreA);
        case 'no token':
          return undefined;
        default:
          return app.token((caller === 'a consortium admin' ? 'consortium-admin' : 'organisation-coordinator') as Role, { centreId: centreA });
      }
    }

    it.each(cases)('%s as %s: %i', async (_endpoint, caller, status, method, path, body) => {
      const id = await registered(tokens.consultantA, withSupportNeeds());
      if (path.includes(':paused')) {
        expect((await app.http().post(`/v1/volunteers/${id}/pause`).set('Authorization', `Bearer ${tokens.consultantA}`).send({})).status).toBe(200);
      }
      const token = await tokenOf(caller, id);
      const request = app.http()[method](path.replace(/:id|:paused/, id));
      if (token) request.set('Authorization', `Bearer ${token}`);
      const response = await request.send(path === '/v1/volunteers' && method === 'post' ? minimalProfile() : (body ?? {}));
      expect(response.status).toBe(status);
      if (status >= 400) expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    });

    it('lets anyone register through the public form, with or without a token', async () => {
      expect((await selfRegister(centreA, minimalProfile())).status).toBe(201);
      const organisationCoordinator = await app.token('organisation-coordinator', { centreId: centreB });
      expect((await selfRegister(centreA, minimalProfile()).set('Authorization', `Bearer ${organisationCoordinator}`)).status).toBe(201);
    });
  });

  describe('lifecycle', () => {
    const statusAfterSetup = { active: [], paused: ['pause'], left: ['leave'] } as const;

    it.each<[keyof typeof statusAfterSetup, string, number, string | { from: string; to: string }]>([
      ['active', 'pause', 200, 'registrations.volunteer.paused'],
      ['active', 'resume', 409, { from: 'active', to: 'active' }],
      ['active', 'leave', 200, 'registrations.volunteer.left'],
      ['paused', 'pause', 409, { from: 'paused', to: 'paused' }],
      ['paused', 'resume', 200, 'registrations.volunteer.resumed'],
      ['paused', 'leave', 200, 'registrations.volunteer.left'],
      ['left', 'pause', 409, { from: 'left', to: 'paused' }],
      ['left', 'resume', 409, { from: 'left', to: 'active' }],
      ['left', 'leave', 409, { from: 'left', to: 'left' }],
    ])('%s volunteer, %s: %i', async (from, command, status, outcome) => {
      const id = await registered(tokens.consultantA);
      const auth = { Authorization: `Bearer ${tokens.consultantA}` };
      for (const setup of statusAfterSetup[from]) expect((await app.http().post(`/v1/volunteers/${id}/${setup}`).set(auth).send({})).status).toBe(200);
      await app.eventsAbout(id, 2 + statusAfterSetup[from].length);

      const response = await app.http().post(`/v1/volunteers/${id}/${command}`).set(auth).send({});
      expect(response.status).toBe(status);
      const records = await exactlyEventsAbout(id, 2 + statusAfterSetup[from].length + (status === 200 ? 1 : 0));
      if (typeof outcome === 'string') {
        const last = records.filter((r) => r.topic === VOLUNTEER_TOPIC).at(-1)!;
        expect(typeOf(last)).toBe(outcome);
        expect(valueOf(last)).toEqual({ volunteerId: id, centreId: centreA, regionId, status: response.body.status });
      } else {
        expectProblem(response, 409, 'invalid-transition');
        expect(response.body).toMatchObject(outcome);
        expect((await storedVolunteer(id))!.status).toBe(from);
      }
    });

    it('publishes the last day of a pause when the volunteer gives one, and forgets it on resuming', async () => {
      const id = await registered(tokens.consultantA);
      const selfToken = await volunteerToken(id, centreA);
      const until = `${Number(todayInAmsterdam().slice(0, 4)) + 1}-02-28`;
      const paused = await app.http().post(`/v1/volunteers/${id}/pause`).set('Authorization', `Bearer ${selfToken}`).send({ pausedUntil: until });
      expect(paused.body).toEqual({ id, centreId: centreA, status: 'paused', pausedUntil: until });
      expect((await app.http().post(`/v1/volunteers/${id}/resume`).set('Authorization', `Bearer ${selfToken}`)).status).toBe(200);

      const [, pausedEvent, resumedEvent] = (await exactlyEventsAbout(id, 4)).filter((r) => r.topic === VOLUNTEER_TOPIC);
      expect(valueOf(pausedEvent!)).toEqual({ volunteerId: id, centreId: centreA, regionId, status: 'paused', pausedUntil: until });
      expect(valueOf(resumedEvent!)).toEqual({ volunteerId: id, centreId: centreA, regionId, status: 'active' });
      expect((await storedVolunteer(id))!.paused_until).toBeNull();
    });

    it('resumes a volunteer by themself the day after the last day of their pause, once', async () => {
      const id = await registered(tokens.consultantA);
      const lastDay = daysFromToday(1);
      expect((await app.http().post(`/v1/volunteers/${id}/pause`).set('Authorization', `Bearer ${tokens.consultantA}`).send({ pausedUntil: lastDay })).status).toBe(200);
      const scheduler = app.running.app.get(VolunteerResumeScheduler);

      await scheduler.resumeDueVolunteers(lastDay);
      expect((await storedVolunteer(id))!.status).toBe('paused');
      expect(await scheduler.resumeDueVolunteers(daysFromToday(2))).toBeGreaterThanOrEqual(1);
      expect(await storedVolunteer(id)).toMatchObject({ status: 'active', paused_until: null });
      expect(await scheduler.resumeDueVolunteers(daysFromToday(2))).toBe(0);

      const volunteerEvents = (await exactlyEventsAbout(id, 4)).filter((r) => r.topic === VOLUNTEER_TOPIC);
      expect(volunteerEvents.map(typeOf)).toEqual(['registrations.volunteer.registered', 'registrations.volunteer.paused', 'registrations.volunteer.resumed']);
      expect(valueOf(volunteerEvents[2]!)).toEqual({ volunteerId: id, centreId: centreA, regionId, status: 'active' });
    });
  });

  describe('update', () => {
    it('publishes the whole matching profile when it changes, and no contact event', async () => {
      const id = await registered(tokens.consultantA, fullProfile({ firstName: 'Samira' }));
      const response = await app
        .http()
        .patch(`/v1/volunteers/${id}`)
        .set('Authorization', `Bearer ${await volunteerToken(id, centreA)}`)
        .send({ skills: ['care.respite'], postcode: '3583 AA', vog: { status: 'expired' } });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id, skills: ['care.respite'], postcode: '3583 AA', vog: { status: 'expired', validUntil: null } });
      const records = await exactlyEventsAbout(id, 3);
      const updated = records.filter((r) => typeOf(r) === 'registrations.volunteer.updated');
      expect(updated).toHaveLength(1);
      expect(valueOf(updated[0]!)).toEqual({
        volunteerId: id,
        centreId: centreA,
        regionId,
        skills: ['care.respite'],
        interests: ['care', 'language-and-integration'],
        availability: [
          { day: 'tuesday', part: 'evening' },
          { day: 'saturday', part: 'morning' },
        ],
        hoursPerWeek: 3,
        postcodeArea: '3583',
        travelRadiusKm: 5,
        languages: ['nl', 'en', 'ar'],
        dutchLevel: 'B2',
        ageBand: '26-40',
        vogValidUntil: null,
        flags: { isStudent: false, needsGuidance: false },
        status: 'active',
      });
    });

    it('sends name and contact changes only to the restricted topic', async () => {
      const id = await registered(tokens.consultantA, fullProfile());
      const email = uniqueEmail();
      const response = await app
        .http()
        .patch(`/v1/volunteers/${id}`)
        .set('Authorization', `Bearer ${tokens.adminA}`)
        .send({ lastName: 'van der Berg', email, phone: null, preferredLanguage: 'en' });

      expect(response.status).toBe(200);
      const contacts = (await exactlyEventsAbout(id, 3)).filter((r) => r.topic === CONTACT_TOPIC);
      expect(contacts).toHaveLength(2);
      expect(valueOf(contacts[1]!)).toEqual({ volunteerId: id, centreId: centreA, firstName: 'Samira', lastName: 'van der Berg', email, preferredLanguage: 'en' });
      expect(await storedVolunteer(id)).toMatchObject({ phone: null, email, last_name: 'van der Berg' });
    });

    it('publishes nothing when what consumers see stays the same (a new postcode in the same area)', async () => {
      const id = await registered(tokens.consultantA, fullProfile());
      const response = await app.http().patch(`/v1/volunteers/${id}`).set('Authorization', `Bearer ${tokens.consultantA}`).send({ postcode: '3582 AB' });
      expect(response.status).toBe(200);
      expect((await storedVolunteer(id))!.postcode).toBe('3582 AB');
      await exactlyEventsAbout(id, 2);
    });

    it('refuses an email address another volunteer of the centre has (409)', async () => {
      const taken = uniqueEmail();
      await registered(tokens.consultantA, minimalProfile({ email: taken }));
      const id = await registered(tokens.consultantA);
      expectProblem(await app.http().patch(`/v1/volunteers/${id}`).set('Authorization', `Bearer ${tokens.consultantA}`).send({ email: taken }), 409, 'volunteer-email-taken');
    });
  });

  describe('listing', () => {
    it('pages through the centre’s volunteers in registration order with an opaque cursor, leaving out the erased', async () => {
      const centre = await createCentre('Vrijwilligerscentrale Amersfoort');
      const [consultant, admin] = [await app.token('consultant', { centreId: centre }), await app.token('centre-admin', { centreId: centre })];
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push(await registered(consultant, minimalProfile({ consents: [{ purpose: 'registration', textVersion: '1' }] })));
      expect((await app.http().delete(`/v1/volunteers/${ids[1]}`).set('Authorization', `Bearer ${admin}`)).status).toBe(204);

      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const response: Response = await app
          .http()
          .get('/v1/volunteers')
          .query({ limit: 2, ...(cursor ? { cursor } : {}) })
          .set('Authorization', `Bearer ${consultant}`);
        expect(response.status).toBe(200);
        pages.push(response.body.items.map((v: Body) => v.id));
        cursor = response.body.nextCursor;
      } while (cursor);
      expect(pages).toEqual([[ids[0], ids[2]], [ids[3], ids[4]]]);

      const paused = ids[3]!;
      expect((await app.http().post(`/v1/volunteers/${paused}/pause`).set('Authorization', `Bearer ${consultant}`).send({})).status).toBe(200);
      const onlyPaused = await app.http().get('/v1/volunteers').query({ status: 'paused' }).set('Authorization', `Bearer ${consultant}`);
      expect(onlyPaused.body).toEqual({ items: [expect.objectContaining({ id: paused, status: 'paused' })], nextCursor: null });
    });

    it.each([
      ['a limit over 100', { limit: 101 }, ['limit']],
      ['a limit that is no number', { limit: 'alle' }, ['limit']],
      ['a cursor it did not give out', { cursor: 'eyJhZnRlciI6IjEifQ' }, ['cursor']],
      ['an unknown status and parameter', { status: 'erased', sort: 'name' }, ['sort', 'status']],
    ])('refuses %s with a 400 naming it', async (_case, query, fields) => {
      const response = await app.http().get('/v1/volunteers').query(query).set('Authorization', `Bearer ${tokens.consultantA}`);
      expect(invalidFieldsOf(response)).toEqual(fields);
    });
  });

  describe('privacy rights', () => {
    it('exports everything stored about the person to themself, auditing it as a read of the support needs', async () => {
      const id = await registered(tokens.consultantA, withSupportNeeds({ dateOfBirth: yearsAgo(40), postcode: '3511AB' }));
      const response = await app.http().get(`/v1/volunteers/${id}/export`).set('Authorization', `Bearer ${await volunteerToken(id, centreA)}`);

      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body).toMatchObject({
        volunteer: { id, firstName: 'Jan', dateOfBirth: yearsAgo(40), postcode: '3511 AB', registeredBy: consultantOfA },
        consents: [
          { purpose: 'registration', textVersion: '2026-01', withdrawnAt: null },
          { purpose: 'support-needs', textVersion: '2026-01', withdrawnAt: null },
        ],
        supportNeeds: { referralSource: 'coa', targetGroup: 'newcomer', guidanceNeeded: true },
        supportNeedsReads: [{ readBy: 'self' }],
      });
      expect(await count(`support_needs_read WHERE volunteer_id = $1 AND read_by = 'self'`, [id])).toBe(1);
    });

    it('withholds the support needs from a centre admin’s export, and audits nothing', async () => {
      const id = await registered(tokens.consultantA, withSupportNeeds());
      const response = await app.http().get(`/v1/volunteers/${id}/export`).set('Authorization', `Bearer ${tokens.adminA}`);
      expect(response.status).toBe(200);
      expect(response.body).not.toHaveProperty('supportNeeds');
      expect(response.body.withheld).toEqual(['supportNeeds', 'supportNeedsReads']);
      expect(await count(`support_needs_read WHERE volunteer_id = $1`, [id])).toBe(0);
    });

    it('erases the person in one go: nothing personal stored, volunteer.erased and a tombstone published; again is a no-op', async () => {
      const id = await registered(tokens.consultantA, fullProfile({ firstName: 'Fatima', consents: BOTH_CONSENTS, supportNeeds: SUPPORT_NEEDS }));
      const selfToken = await volunteerToken(id, centreA);
      expect((await app.http().get(`/v1/volunteers/${id}/support-needs`).set('Authorization', `Bearer ${tokens.consultantA}`)).status).toBe(200);
      expect((await app.http().get(`/v1/volunteers/${id}/export`).set('Authorization', `Bearer ${selfToken}`)).status).toBe(200);
      await app.eventsAbout(id, 2);

      const erase = await app.http().delete(`/v1/volunteers/${id}`).set('Authorization', `Bearer ${selfToken}`);
      expect(erase.status).toBe(204);

      const stored = await storedVolunteer(id);
      expect(stored).toMatchObject({
        status: 'erased',
        first_name: null,
        last_name: null,
        email: null,
        phone: null,
        date_of_birth: null,
        postcode: null,
        skills: [],
        availability: [],
        vog_status: 'none',
        vog_valid_until: null,
      });
      expect(stored!.erased_at).toBeInstanceOf(Date);
      expect(await count(`volunteer_consent WHERE volunteer_id = $1`, [id])).toBe(0);
      expect(await count(`volunteer_support_needs WHERE volunteer_id = $1`, [id])).toBe(0);
      const audit = await runInTenant(db, { consortium: true }, (m) => m.query(`SELECT * FROM support_needs_read WHERE volunteer_id = $1`, [id]));
      expect(audit.map((row: Body) => row.read_by).sort()).toEqual([consultantOfA, 'self']);
      expect(JSON.stringify(audit)).not.toMatch(/Fatima|el Amrani|example\.nl|\+316/);

      const records = await exactlyEventsAbout(id, 4);
      const erased = records.find((r) => typeOf(r) === 'registrations.volunteer.erased')!;
      expect(erased.topic).toBe(VOLUNTEER_TOPIC);
      expect(valueOf(erased)).toEqual({ volunteerId: id, centreId: centreA, regionId, erasedAt: (stored!.erased_at as Date).toISOString() });
      const tombstone = records.find((r) => r.topic === CONTACT_TOPIC && r.value === null)!;
      expect(tombstone).toMatchObject({ topic: CONTACT_TOPIC, key: id, value: null });
      expect(tombstone.headers[TOMBSTONE_HEADER]).toBe('true');

      expect((await app.http().delete(`/v1/volunteers/${id}`).set('Authorization', `Bearer ${selfToken}`)).status).toBe(204);
      expect((await app.http().delete(`/v1/volunteers/${id}`).set('Authorization', `Bearer ${tokens.adminA}`)).status).toBe(204);
      await exactlyEventsAbout(id, 4);
      for (const path of [`/v1/volunteers/${id}`, `/v1/volunteers/${id}/export`]) {
        expectProblem(await app.http().get(path).set('Authorization', `Bearer ${selfToken}`), 404);
      }
    });
  });
});

describe('volunteer self-registration rate limit', () => {
  let app: RegistrationsTestApp;

  beforeAll(async () => {
    app = await RegistrationsTestApp.start({ PUBLIC_RATE_LIMIT_PER_MINUTE: '2' });
  });

  afterAll(async () => {
    await app.stop();
  });

  it('answers 429 with Retry-After once a client has used up its public requests', async () => {
    const centre = randomUUID();
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 3; i++) {
      last = await app.http().post(`/v1/centres/${centre}/volunteers/registrations`).send(minimalProfile());
      statuses.push(last.status);
    }
    expect(statuses).toEqual([404, 404, 429]);
    expect(last!.headers['retry-after']).toMatch(/^[0-9]+$/);
  });
});
