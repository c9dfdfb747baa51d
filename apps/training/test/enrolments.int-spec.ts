import { CE } from '@vc/messaging';
import { randomUUID } from 'node:crypto';
import { courseBody, sessionBody, TrainingTestApp } from './training-test-app.js';

describe('courses, sessions, enrolment and the waiting list', () => {
  let app: TrainingTestApp;
  let centre: { centreId: string; regionId: string };
  let staff: string;

  beforeAll(async () => {
    app = await TrainingTestApp.start();
    centre = await app.centre();
    staff = await app.token('trainer', { centreId: centre.centreId });
  });

  afterAll(async () => {
    await app.stop();
  });

  async function course(change: Record<string, unknown> = {}, token = staff): Promise<string> {
    const response = await app.http().post('/v1/courses').set('Authorization', `Bearer ${token}`).send(courseBody(change));
    expect(response.status).toBe(201);
    return response.body.id;
  }

  async function session(courseId: string, change: Record<string, unknown> = {}, days = 14, token = staff): Promise<string> {
    const response = await app
      .http()
      .post(`/v1/courses/${courseId}/sessions`)
      .set('Authorization', `Bearer ${token}`)
      .send(sessionBody(days, change));
    expect(response.status).toBe(201);
    return response.body.id;
  }

  async function volunteerToken(volunteerId = randomUUID(), centreId = centre.centreId): Promise<string> {
    return app.token('volunteer', { centreId, volunteerId });
  }

  async function enrolSelf(sessionId: string, volunteerId = randomUUID(), centreId = centre.centreId) {
    return app
      .http()
      .post(`/v1/sessions/${sessionId}/enrolments`)
      .set('Authorization', `Bearer ${await volunteerToken(volunteerId, centreId)}`)
      .send({});
  }

  it('publishes a course and schedules a session in Amsterdam time, each with its event', async () => {
    const courseId = await course({ skills: ['care.first-aid'], priceCents: 2500 });
    const response = await app
      .http()
      .post(`/v1/courses/${courseId}/sessions`)
      .set('Authorization', `Bearer ${staff}`)
      .send(sessionBody(30, { startsAt: '2030-07-01T19:30', endsAt: '2030-07-01T21:30', enrolmentDeadline: '2030-06-28T12:00' }));

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ startsAt: '2030-07-01T19:30', capacity: 20, placesLeft: 20, status: 'scheduled' });
    const [published] = await app.eventsAbout(courseId, 1);
    expect(published!.headers[CE.type]).toBe('training.course.published');
    expect(JSON.parse(published!.value!)).toMatchObject({ courseId, skills: ['care.first-aid'], priceCents: 2500, requiredSessions: 1 });
    const [scheduled] = await app.eventsAbout(response.body.id, 1);
    // 19:30 in Amsterdam in summer (CEST, +02:00) is 17:30 UTC.
    expect(JSON.parse(scheduled!.value!)).toMatchObject({ startsAt: '2030-07-01T17:30:00.000Z', capacity: 20, online: false });
  });

  it('lets volunteers and coordinators read the catalogue but not publish to it', async () => {
    const courseId = await course({ title: 'Privacy voor verenigingen', topics: ['privacy-for-associations'] });
    const reader = await volunteerToken();
    const list = await app.http().get('/v1/courses?topic=privacy-for-associations').set('Authorization', `Bearer ${reader}`);
    expect(list.status).toBe(200);
    expect(list.body.map((c: { id: string }) => c.id)).toContain(courseId);
    const refused = await app.http().post('/v1/courses').set('Authorization', `Bearer ${reader}`).send(courseBody());
    expect(refused.status).toBe(403);
  });

  it('enrols a volunteer once: a second enrolment is a 409 and stores nothing', async () => {
    const sessionId = await session(await course());
    const volunteerId = randomUUID();

    const first = await enrolSelf(sessionId, volunteerId);
    const second = await enrolSelf(sessionId, volunteerId);

    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'enrolled', volunteerId, waitingListPosition: null });
    expect(second.status).toBe(409);
    expect(second.body.type).toMatch(/already-enrolled$/);
    const rows = await app.sql(`SELECT id FROM enrolment WHERE session_id = $1`, [sessionId]);
    expect(rows).toHaveLength(1);
    const events = await app.eventsAbout(first.body.id, 1);
    expect(events.map((e) => e.headers[CE.type])).toEqual(['training.enrolment.enrolled']);
  });

  it('replays a repeated enrolment with the same Idempotency-Key instead of doing it twice', async () => {
    const sessionId = await session(await course());
    const token = await volunteerToken();
    const key = randomUUID();
    const send = () => app.http().post(`/v1/sessions/${sessionId}/enrolments`).set('Authorization', `Bearer ${token}`).set('Idempotency-Key', key).send({});

    const first = await send();
    const written = async () => ((await app.sql(`SELECT last_value::int AS n FROM outbox_message_position_seq`)) as Array<{ n: number }>)[0]!.n;
    const eventsBefore = await written();
    const repeat = await send();

    expect([first.status, repeat.status]).toEqual([201, 201]);
    expect(repeat.headers['idempotent-replayed']).toBe('true');
    expect(repeat.body.id).toBe(first.body.id);
    expect(await app.sql(`SELECT 1 FROM enrolment WHERE session_id = $1`, [sessionId])).toHaveLength(1);
    // The repeat wrote no event; the first wrote its one.
    expect(await written()).toBe(eventsBefore);
    expect((await app.eventsAbout(first.body.id, 1)).map((e) => e.headers[CE.type])).toEqual(['training.enrolment.enrolled']);
  });

  it('puts people on the waiting list of a full session, in order, and promotes the first on a cancellation', async () => {
    const sessionId = await session(await course(), { capacity: 2 });
    const places = [];
    for (let i = 0; i < 5; i++) places.push(await enrolSelf(sessionId));

    expect(places.map((p) => p.body.status)).toEqual(['enrolled', 'enrolled', 'waitlisted', 'waitlisted', 'waitlisted']);
    expect(places.map((p) => p.body.waitingListPosition)).toEqual([null, null, 1, 2, 3]);

    const cancel = await app
      .http()
      .post(`/v1/enrolments/${places[0]!.body.id}/cancel`)
      .set('Authorization', `Bearer ${await volunteerToken(places[0]!.body.volunteerId)}`);
    expect(cancel.status).toBe(200);
    expect(cancel.body.status).toBe('cancelled');

    const list = await app.http().get(`/v1/sessions/${sessionId}/enrolments`).set('Authorization', `Bearer ${staff}`);
    const byId = new Map(list.body.map((e: { id: string; status: string; waitingListPosition: number | null }) => [e.id, e]));
    expect(places.map((p) => (byId.get(p.body.id) as { status: string }).status)).toEqual(['cancelled', 'enrolled', 'enrolled', 'waitlisted', 'waitlisted']);
    expect((byId.get(places[4]!.body.id) as { waitingListPosition: number }).waitingListPosition).toBe(2);
    const promoted = await app.eventsAbout(places[2]!.body.id, 2);
    expect(promoted.map((e) => e.headers[CE.type])).toEqual(['training.enrolment.waitlisted', 'training.enrolment.promoted']);
  });

  it('promotes exactly one person per freed place when cancellations arrive at the same moment', async () => {
    const sessionId = await session(await course(), { capacity: 4 });
    const places = [];
    for (let i = 0; i < 10; i++) places.push(await enrolSelf(sessionId));
    const enrolled = places.filter((p) => p.body.status === 'enrolled');
    const waiting = places.filter((p) => p.body.status === 'waitlisted');
    expect([enrolled.length, waiting.length]).toEqual([4, 6]);

    // All four cancel at once, through the API, each as themself.
    const answers = await Promise.all(
      enrolled.map(async (p) =>
        app.http().post(`/v1/enrolments/${p.body.id}/cancel`).set('Authorization', `Bearer ${await volunteerToken(p.body.volunteerId)}`),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);

    const rows = await app.sql(`SELECT id, status FROM enrolment WHERE session_id = $1`, [sessionId]);
    const status = new Map(rows.map((r) => [r.id, r.status]));
    // The first four in line have the four places; the last two still wait.
    expect(waiting.map((p) => status.get(p.body.id))).toEqual(['enrolled', 'enrolled', 'enrolled', 'enrolled', 'waitlisted', 'waitlisted']);
    expect(rows.filter((r) => r.status === 'enrolled')).toHaveLength(4);
    // Each promotion published exactly once.
    for (const p of waiting.slice(0, 4)) {
      const events = await app.eventsAbout(p.body.id, 2);
      expect(events.map((e) => e.headers[CE.type])).toEqual(['training.enrolment.waitlisted', 'training.enrolment.promoted']);
    }
    const promotions = await app.sql(`SELECT count(*)::int AS n FROM outbox_message WHERE event_type = 'training.enrolment.promoted'`);
    const sentPromotions = app.probe.records.filter(
      (r) => r.headers[CE.type] === 'training.enrolment.promoted' && waiting.some((p) => p.body.id === r.key),
    );
    expect(Number(promotions[0]!.n) + sentPromotions.length).toBe(4);
  });

  it('never overbooks when many enrol at once', async () => {
    const sessionId = await session(await course(), { capacity: 5 });
    const answers = await Promise.all(Array.from({ length: 25 }, () => enrolSelf(sessionId)));
    expect(answers.every((a) => a.status === 201)).toBe(true);
    const [counts] = await app.sql(
      `SELECT count(*) FILTER (WHERE status = 'enrolled')::int AS enrolled, count(*) FILTER (WHERE status = 'waitlisted')::int AS waiting
         FROM enrolment WHERE session_id = $1`,
      [sessionId],
    );
    expect(counts).toEqual({ enrolled: 5, waiting: 20 });
  });

  it('closes enrolment at the deadline for volunteers, while staff of the centre may still add someone', async () => {
    const sessionId = await session(await course(), {}, 1);
    // Deadline yesterday 23:59 for a session tomorrow: passed.
    await app.sql(`UPDATE session SET enrolment_deadline = now() - interval '1 minute' WHERE id = $1`, [sessionId]);

    const late = await enrolSelf(sessionId);
    const byStaff = await app
      .http()
      .post(`/v1/sessions/${sessionId}/enrolments`)
      .set('Authorization', `Bearer ${staff}`)
      .send({ volunteerId: randomUUID() });

    expect(late.status).toBe(409);
    expect(late.body.type).toMatch(/enrolment-closed$/);
    expect(byStaff.status).toBe(201);
    const rows = await app.sql(`SELECT enrolled_by FROM enrolment WHERE session_id = $1`, [sessionId]);
    expect(rows).toHaveLength(1);
  });

  it('lets a coordinator enrol their people and see only them', async () => {
    const sessionId = await session(await course());
    const organisationId = randomUUID();
    const coordinator = await app.token('organisation-coordinator', { centreId: centre.centreId, organisationId });
    await enrolSelf(sessionId);

    const withoutWhom = await app.http().post(`/v1/sessions/${sessionId}/enrolments`).set('Authorization', `Bearer ${coordinator}`).send({});
    const enrolled = await app
      .http()
      .post(`/v1/sessions/${sessionId}/enrolments`)
      .set('Authorization', `Bearer ${coordinator}`)
      .send({ volunteerId: randomUUID() });
    const seen = await app.http().get(`/v1/sessions/${sessionId}/enrolments`).set('Authorization', `Bearer ${coordinator}`);

    expect(withoutWhom.status).toBe(409);
    expect(enrolled.status).toBe(201);
    expect(enrolled.body.organisationId).toBe(organisationId);
    expect(seen.body.map((e: { id: string }) => e.id)).toEqual([enrolled.body.id]);
  });

  it('refuses a volunteer enrolling someone else', async () => {
    const sessionId = await session(await course());
    const response = await app
      .http()
      .post(`/v1/sessions/${sessionId}/enrolments`)
      .set('Authorization', `Bearer ${await volunteerToken()}`)
      .send({ volunteerId: randomUUID() });
    expect(response.status).toBe(403);
    expect(await app.sql(`SELECT 1 FROM enrolment WHERE session_id = $1`, [sessionId])).toHaveLength(0);
  });

  it('cancels a session with everyone in it and publishes one event naming each enrolment', async () => {
    const sessionId = await session(await course(), { capacity: 1 });
    const first = await enrolSelf(sessionId);
    const second = await enrolSelf(sessionId);

    const response = await app.http().post(`/v1/sessions/${sessionId}/cancel`).set('Authorization', `Bearer ${staff}`);
    const again = await app.http().post(`/v1/sessions/${sessionId}/cancel`).set('Authorization', `Bearer ${staff}`);
    const enrolAfter = await enrolSelf(sessionId);

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'cancelled', enrolled: 0, waitlisted: 0 });
    expect(again.status).toBe(409);
    expect(enrolAfter.status).toBe(409);
    const events = await app.eventsAbout(sessionId, 2);
    const cancelled = events.find((e) => e.headers[CE.type] === 'training.session.cancelled')!;
    const payload = JSON.parse(cancelled.value!);
    expect(payload.affected).toEqual(
      [first.body, second.body]
        .map((e) => ({ enrolmentId: e.id, volunteerId: e.volunteerId }))
        .sort((a, b) => a.enrolmentId.localeCompare(b.enrolmentId)),
    );
    expect(cancelled.value).not.toMatch(/Zoë|@/);
  });

  it('lets another centre enrol its people in a course open to the consortium, and only then', async () => {
    const other = await app.centre();
    const openSession = await session(await course({ openToConsortium: true }));
    const closedSession = await session(await course({ openToConsortium: false }));
    const volunteerId = randomUUID();

    const open = await enrolSelf(openSession, volunteerId, other.centreId);
    const closed = await enrolSelf(closedSession, volunteerId, other.centreId);
    const mine = await app.http().get('/v1/me/enrolments').set('Authorization', `Bearer ${await volunteerToken(volunteerId, other.centreId)}`);

    expect(open.status).toBe(201);
    expect(open.body).toMatchObject({ centreId: centre.centreId, participantCentreId: other.centreId });
    expect(closed.status).toBe(404);
    expect(mine.body.map((e: { id: string }) => e.id)).toEqual([open.body.id]);
  });
});
