import { CE } from '@vc/messaging';
import { runInTenant } from '@vc/service-kit';
import { eventually, type ReceivedRecord } from '@vc/testing';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Response } from 'supertest';
import type { DataSource, QueryRunner } from 'typeorm';
import { RegisterVolunteerHandler } from '../src/volunteers/register-volunteer/register-volunteer.handler.js';
import { RegistrationsTestApp } from './registrations-test-app.js';

type Body = Record<string, unknown>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function person(overrides: Body = {}): Body {
  return {
    firstName: 'Noor',
    lastName: `Bakker ${randomUUID().slice(0, 6)}`,
    email: `noor-${randomUUID().slice(0, 8)}@example.nl`,
    preferredLanguage: 'nl',
    postcode: '3511 AB',
    travelRadiusKm: 10,
    skills: ['social.listening'],
    consents: [{ purpose: 'registration', textVersion: '2026-01' }],
    ...overrides,
  };
}

function expectProblem(response: Response, status: number, slug?: string): void {
  expect({ status: response.status, body: response.body }).toMatchObject({ status, body: { status } });
  expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  if (slug) expect(response.body.type).toBe(`https://vrijwilligers.example/problems/${slug}`);
}

/**
 * Group commit of registrations (ADR 9), made deterministic: a registration held in its write by a
 * row lock the test holds keeps the centre's write in flight, so everything sent meanwhile is
 * gathered into the next transaction. Then: each request its own answer, exactly the right rows
 * and events, and one refused registration never fails its neighbours.
 */
describe('registrations written together (group commit)', () => {
  let app: RegistrationsTestApp;
  let db: DataSource;
  let owner: pg.Client;
  let handler: RegisterVolunteerHandler;
  let regionId: string;
  /** Has consent texts. */
  let centreA: string;
  /** Has none. */
  let centreB: string;

  beforeAll(async () => {
    app = await RegistrationsTestApp.start();
    db = app.running.dataSource;
    handler = app.running.app.get(RegisterVolunteerHandler);
    owner = new pg.Client({ connectionString: app.database.url });
    await owner.connect();
    const admin = await app.token('consortium-admin');
    const post = async (path: string, body: Body) => {
      const response = await app.http().post(path).set('Authorization', `Bearer ${admin}`).send(body);
      expect(response.status).toBe(201);
      return response.body.id as string;
    };
    regionId = await post('/v1/regions', { name: `Regio ${randomUUID().slice(0, 8)}` });
    centreA = await post('/v1/centres', {
      regionId,
      name: 'Vrijwilligerspunt Amersfoort',
      municipalities: ['GM0307'],
      consentTexts: [
        { purpose: 'registration', version: '2026-01', language: 'nl', text: 'Ik geef toestemming om mijn gegevens te gebruiken voor bemiddeling.' },
        { purpose: 'support-needs', version: '2026-01', language: 'nl', text: 'Ik geef toestemming om mijn ondersteuningsvraag vast te leggen.' },
      ],
    });
    centreB = await post('/v1/centres', { regionId, name: 'Vrijwilligerspunt Baarn', municipalities: ['GM0308'] });
  });

  /** Holds still open when a test fails, so no registration stays blocked. */
  const holds: QueryRunner[] = [];
  afterEach(async () => {
    for (const hold of holds.splice(0)) await endHold(hold);
  });

  afterAll(async () => {
    await owner.end();
    await app.stop();
  });

  function selfRegister(centreId: string, body: Body, headers: Record<string, string> = {}): Promise<Response> {
    const call = app.http().post(`/v1/centres/${centreId}/volunteers/registrations`);
    for (const [name, value] of Object.entries(headers)) call.set(name, value);
    // then() sends the request now; the caller awaits the answer later.
    return call.send(body).then((response) => response);
  }

  /**
   * Holds an uncommitted volunteer with `email` in the centre: a registration with that address
   * waits in its INSERT (the unique index) until the hold ends, and its centre's write with it.
   */
  async function holdEmail(centreId: string, email: string): Promise<QueryRunner> {
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query(`SELECT set_config('app.centre_id', $1, true)`, [centreId]);
    await runner.query(`INSERT INTO volunteer (id, centre_id, status, email, travel_radius_km, registered_by) VALUES ($1, $2, 'active', $3, 10, 'test')`, [
      randomUUID(),
      centreId,
      email,
    ]);
    holds.push(runner);
    return runner;
  }

  /** Ends a hold without committing it, so the held registration goes ahead as new. */
  async function endHold(hold: QueryRunner): Promise<void> {
    if (hold.isReleased) return;
    if (hold.isTransactionActive) await hold.rollbackTransaction();
    await hold.release();
  }

  /**
   * Sends a registration that the hold blocks, and waits until its write is waiting for the lock.
   * The answer comes wrapped: an async function would otherwise wait for it.
   */
  async function blockedRegistration(centreId: string, email: string): Promise<{ answer: Promise<Response> }> {
    const answer = selfRegister(centreId, person({ email }));
    await eventually(async () => {
      const [{ waiting }] = (
        await owner.query(`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)
      ).rows;
      expect(waiting).toBeGreaterThan(0);
    });
    return { answer };
  }

  async function untilWaiting(count: number): Promise<void> {
    await eventually(() => expect(handler.waitingRegistrations).toBe(count));
  }

  async function consortium<T = Body>(sql: string, parameters: unknown[]): Promise<T[]> {
    return runInTenant(db, { consortium: true }, (m) => m.query(sql, parameters));
  }

  /** Exactly the records about one volunteer: waits for `expected`, then a while longer for one too many. */
  async function exactlyEventsAbout(volunteerId: string, expected: number): Promise<ReceivedRecord[]> {
    if (expected > 0) await app.eventsAbout(volunteerId, expected);
    await sleep(1_000);
    const records = app.probe.records.filter((r) => r.key === volunteerId);
    expect(records).toHaveLength(expected);
    return records;
  }

  it('gives every concurrent registration its own answer, rows and events, one transaction for those gathered', async () => {
    const earlier = person();
    expect((await selfRegister(centreA, earlier)).status).toBe(201);

    const heldEmail = `vastgehouden-${randomUUID().slice(0, 8)}@example.nl`;
    const hold = await holdEmail(centreA, heldEmail);
    const { answer: first } = await blockedRegistration(centreA, heldEmail);

    // Another centre writes in parallel: its registrations answer while centre A's write is held.
    const otherCentre = await Promise.all([person(), person(), person()].map((body) => selfRegister(centreB, body)));
    expect(otherCentre.map((r) => r.status)).toEqual([201, 201, 201]);

    const fresh = Array.from({ length: 8 }, () => person());
    const sameEmail = person();
    const withSupportNeeds = person({
      consents: [
        { purpose: 'registration', textVersion: '2026-01' },
        { purpose: 'support-needs', textVersion: '2026-01' },
      ],
      supportNeeds: { referralSource: 'coa', targetGroup: 'newcomer', guidanceNeeded: true },
    });
    const idempotent = person();
    const key = randomUUID();
    const gathered = {
      fresh: fresh.map((body, i) => selfRegister(centreA, body, { 'X-Correlation-Id': `batch-fresh-${i}` })),
      sameEmailTwice: [selfRegister(centreA, sameEmail), selfRegister(centreA, { ...sameEmail, email: (sameEmail.email as string).toUpperCase() })],
      alreadyRegistered: selfRegister(centreA, { ...person(), email: (earlier.email as string).toUpperCase() }),
      unknownConsentText: selfRegister(centreA, person({ consents: [{ purpose: 'registration', textVersion: '2019-01' }] })),
      withSupportNeeds: selfRegister(centreA, withSupportNeeds),
      idempotent: selfRegister(centreA, idempotent, { 'Idempotency-Key': key }),
    };
    await untilWaiting(8 + 2 + 1 + 1 + 1 + 1);
    // Never reach the batch: a repeat of a key still in use, and bad input.
    const repeatWhileRunning = await selfRegister(centreA, idempotent, { 'Idempotency-Key': key });
    const badInput = await selfRegister(centreA, person({ email: 'geen-adres', postcode: '0123 AB' }));
    expect(handler.waitingRegistrations).toBe(14);

    await endHold(hold);

    const firstAnswer = await first;
    const freshAnswers = await Promise.all(gathered.fresh);
    const [one, other] = await Promise.all(gathered.sameEmailTwice);
    const idempotentAnswer = await gathered.idempotent;
    const supportNeedsAnswer = await gathered.withSupportNeeds;

    expect(firstAnswer.status).toBe(201);
    expect(freshAnswers.map((r) => r.status)).toEqual(fresh.map(() => 201));
    expect([one!.status, other!.status].sort()).toEqual([201, 409]);
    expectProblem([one!, other!].find((r) => r.status === 409)!, 409, 'volunteer-email-taken');
    expectProblem(await gathered.alreadyRegistered, 409, 'volunteer-email-taken');
    expectProblem(await gathered.unknownConsentText, 422, 'unknown-consent-text');
    expect(supportNeedsAnswer.status).toBe(201);
    expect(idempotentAnswer.status).toBe(201);
    expectProblem(repeatWhileRunning, 409, 'idempotency-key-in-use');
    expectProblem(badInput, 400, 'validation');
    const replay = await selfRegister(centreA, idempotent, { 'Idempotency-Key': key });
    expect({ status: replay.status, body: replay.body, replayed: replay.headers['idempotent-replayed'] }).toEqual({
      status: 201,
      body: idempotentAnswer.body,
      replayed: 'true',
    });

    // Rows: the gathered ones in one transaction (one created_at), after the held one's.
    const gatheredIds = [...freshAnswers, [one!, other!].find((r) => r.status === 201)!, supportNeedsAnswer, idempotentAnswer].map((r) => r.body.id as string);
    expect(new Set(gatheredIds).size).toBe(11);
    const rows = await consortium<{ id: string; created_at: Date }>(`SELECT id, created_at FROM volunteer WHERE id = ANY($1::uuid[])`, [gatheredIds]);
    expect(rows).toHaveLength(11);
    expect(new Set(rows.map((r) => r.created_at.toISOString())).size).toBe(1);
    const [held] = await consortium<{ created_at: Date }>(`SELECT created_at FROM volunteer WHERE id = $1`, [firstAnswer.body.id]);
    expect(held!.created_at.getTime()).toBeLessThan(rows[0]!.created_at.getTime());

    expect(await consortium(`SELECT lower(email) AS email, count(*)::int AS count FROM volunteer WHERE centre_id = $1 GROUP BY 1 HAVING count(*) > 1`, [centreA])).toEqual([]);
    expect(await consortium(`SELECT count(*)::int AS count FROM volunteer WHERE centre_id = $1`, [centreA])).toEqual([{ count: 1 + 1 + 11 }]);
    expect(await consortium(`SELECT count(*)::int AS count FROM volunteer WHERE centre_id = $1`, [centreB])).toEqual([{ count: 3 }]);
    const consents = await consortium<{ volunteer_id: string; purposes: string[] }>(
      `SELECT volunteer_id, array_agg(purpose ORDER BY purpose) AS purposes FROM volunteer_consent WHERE volunteer_id = ANY($1::uuid[]) GROUP BY 1`,
      [gatheredIds],
    );
    expect(consents).toHaveLength(11);
    for (const { volunteer_id, purposes } of consents) {
      expect(purposes).toEqual(volunteer_id === supportNeedsAnswer.body.id ? ['registration', 'support-needs'] : ['registration']);
    }
    expect(await consortium(`SELECT volunteer_id, target_group, guidance_needed FROM volunteer_support_needs WHERE centre_id = $1`, [centreA])).toEqual([
      { volunteer_id: supportNeedsAnswer.body.id, target_group: 'newcomer', guidance_needed: true },
    ]);

    // Events: one volunteer.registered and one contact record per person, each with its own request's correlation id.
    for (const [i, answer] of freshAnswers.entries()) {
      const records = await app.eventsAbout(answer.body.id, 2);
      expect(records.map((r) => r.headers[CE.type]).sort()).toEqual(['registrations.volunteer-contact.changed', 'registrations.volunteer.registered']);
      expect(records.map((r) => r.headers[CE.correlationid])).toEqual([`batch-fresh-${i}`, `batch-fresh-${i}`]);
      expect(JSON.parse(records.find((r) => r.topic === 'registrations.volunteer-contact.v1')!.value!)).toMatchObject({ email: fresh[i]!.email });
    }
    const supportNeedsEvents = await exactlyEventsAbout(supportNeedsAnswer.body.id, 2);
    const profile = JSON.parse(supportNeedsEvents.find((r) => r.topic === 'registrations.volunteer.v1')!.value!);
    expect(profile.flags).toEqual({ isStudent: false, needsGuidance: true });
    expect(JSON.stringify(supportNeedsEvents.map((r) => r.value))).not.toMatch(/newcomer|coa/);
    const registeredInA = app.probe.records.filter((r) => r.headers[CE.centreid] === centreA && r.headers[CE.type] === 'registrations.volunteer.registered');
    expect(registeredInA.map((r) => r.key).sort()).toEqual([...gatheredIds, firstAnswer.body.id, await idOf(earlier.email as string)].sort());
    const contactsInA = app.probe.records.filter((r) => r.headers[CE.centreid] === centreA && r.topic === 'registrations.volunteer-contact.v1');
    expect(contactsInA).toHaveLength(13);
  });

  it('writes the others of a batch one by one when the batch fails as a whole, answering each its own outcome', async () => {
    // A fault only one registration triggers, deep in the write (as the owner, whom the service never is).
    await owner.query(`CREATE FUNCTION refuse_kapot() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.last_name = 'Kapot' THEN RAISE EXCEPTION 'test fault'; END IF; RETURN NEW; END $$`);
    await owner.query(`CREATE TRIGGER refuse_kapot BEFORE INSERT ON volunteer FOR EACH ROW EXECUTE FUNCTION refuse_kapot()`);
    try {
      const heldEmail = `vastgehouden-${randomUUID().slice(0, 8)}@example.nl`;
      const hold = await holdEmail(centreB, heldEmail);
      const { answer: first } = await blockedRegistration(centreB, heldEmail);
      const bodies = [person(), person(), person({ lastName: 'Kapot' }), person(), person()];
      const answers = bodies.map((body) => selfRegister(centreB, body));
      await untilWaiting(bodies.length);
      await endHold(hold);

      expect((await first).status).toBe(201);
      const statuses = (await Promise.all(answers)).map((r) => r.status);
      expect(statuses).toEqual([201, 201, 500, 201, 201]);
      expectProblem((await answers[2])!, 500);

      const emails = bodies.map((b) => b.email as string);
      const stored = await consortium<{ email: string; id: string }>(`SELECT email, id FROM volunteer WHERE email = ANY($1::text[])`, [emails]);
      expect(stored.map((r) => r.email).sort()).toEqual(emails.filter((_, i) => i !== 2).sort());
      for (const { id } of stored) await exactlyEventsAbout(id, 2);
      expect(app.probe.records.filter((r) => r.value?.includes(emails[2]!))).toEqual([]);
    } finally {
      await owner.query(`DROP TRIGGER refuse_kapot ON volunteer; DROP FUNCTION refuse_kapot()`);
    }
  });

  async function idOf(email: string): Promise<string> {
    const [row] = await consortium<{ id: string }>(`SELECT id FROM volunteer WHERE email = $1`, [email]);
    return row!.id;
  }
});
