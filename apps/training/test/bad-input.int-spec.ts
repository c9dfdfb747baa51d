import { randomUUID } from 'node:crypto';
import { courseBody, sessionBody, TrainingTestApp } from './training-test-app.js';

/**
 * Bad input on every write endpoint: 400 problem+json with one entry per field, nothing stored,
 * nothing published. And the participation figures, which count what the others leave behind.
 */
describe('bad input and participation figures', () => {
  let app: TrainingTestApp;
  let centre: { centreId: string; regionId: string };
  let staff: string;
  let courseId: string;
  let sessionId: string;

  beforeAll(async () => {
    app = await TrainingTestApp.start();
    centre = await app.centre();
    staff = await app.token('centre-admin', { centreId: centre.centreId });
    courseId = (await app.http().post('/v1/courses').set('Authorization', `Bearer ${staff}`).send(courseBody({ title: 'Basiscursus' }))).body.id;
    sessionId = (await app.http().post(`/v1/courses/${courseId}/sessions`).set('Authorization', `Bearer ${staff}`).send(sessionBody(10))).body.id;
  });

  afterAll(async () => {
    await app.stop();
  });

  async function rows(): Promise<Record<string, number>> {
    const [counts] = await app.sql(
      `SELECT (SELECT count(*) FROM course)::int AS courses, (SELECT count(*) FROM session)::int AS sessions,
              (SELECT count(*) FROM enrolment)::int AS enrolments, (SELECT count(*) FROM article)::int AS articles,
              (SELECT last_value FROM outbox_message_position_seq)::int AS "eventsEverWritten"`,
    );
    return counts as Record<string, number>;
  }

  const cases: Array<[string, () => string, Record<string, unknown>, string[]]> = [
    ['a course without title', () => '/v1/courses', courseBody({ title: undefined }), ['title']],
    ['a course with a blank title and a negative price', () => '/v1/courses', courseBody({ title: '  ', priceCents: -5 }), ['priceCents', 'title']],
    ['a course for children', () => '/v1/courses', courseBody({ audiences: ['children'] }), ['audiences']],
    ['a course with a skill in prose', () => '/v1/courses', courseBody({ skills: ['Eerste Hulp'] }), ['skills']],
    ['a course in no language', () => '/v1/courses', courseBody({ language: 'dutch' }), ['language']],
    ['a course with an unknown field', () => '/v1/courses', courseBody({ trainerEmail: 'x@example.org' }), ['trainerEmail']],
    ['a course with null requiredSessions', () => '/v1/courses', courseBody({ requiredSessions: null }), ['requiredSessions']],
    ['a session at an impossible time', () => `/v1/courses/${courseId}/sessions`, sessionBody(10, { startsAt: '2030-02-30T25:00' }), ['startsAt']],
    ['a session ending before it starts', () => `/v1/courses/${courseId}/sessions`, sessionBody(10, { endsAt: '2020-01-01T10:00' }), ['endsAt']],
    ['a session with a deadline after its start', () => `/v1/courses/${courseId}/sessions`, sessionBody(10, { enrolmentDeadline: '2099-01-01T10:00' }), ['enrolmentDeadline']],
    ['a session nowhere', () => `/v1/courses/${courseId}/sessions`, sessionBody(10, { location: undefined }), ['location']],
    ['a session with an http link and no capacity', () => `/v1/courses/${courseId}/sessions`, sessionBody(10, { onlineUrl: 'http://x.nl', capacity: 0 }), ['capacity', 'onlineUrl']],
    ['an enrolment for a volunteer id with spaces', () => `/v1/sessions/${sessionId}/enrolments`, { volunteerId: 'vol 1' }, ['volunteerId']],
    ['an enrolment with an unknown field', () => `/v1/sessions/${sessionId}/enrolments`, { volunteerId: randomUUID(), name: 'Anna' }, ['name']],
    ['an article without body', () => '/v1/articles', { title: 'VOG', summary: 'Kort', topics: [] }, ['body']],
    ['an article with topics as text', () => '/v1/articles', { title: 'VOG', summary: 'Kort', body: 'Lang', topics: 'vog' }, ['topics']],
  ];

  it.each(cases)('refuses %s: problem+json per field, nothing stored, nothing published', async (_case, path, body, fields) => {
    const before = await rows();
    const response = await app.http().post(path()).set('Authorization', `Bearer ${staff}`).send(body);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(fields);
    expect(await rows()).toEqual(before);
  });

  it.each([
    ['cancel a session', '/v1/sessions/not-a-uuid/cancel'],
    ['cancel an enrolment', '/v1/enrolments/not-a-uuid/cancel'],
    ['record attendance', '/v1/enrolments/not-a-uuid/attendance'],
    ['publish an article', '/v1/articles/not-a-uuid/publish'],
  ])('refuses to %s with an id that is no id', async (_case, path) => {
    const before = await rows();
    const response = await app.http().post(path).set('Authorization', `Bearer ${staff}`);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await rows()).toEqual(before);
  });

  it('refuses a period that ends before it starts', async () => {
    const response = await app.http().get('/v1/participation?from=2027-02-01&to=2027-01-01').set('Authorization', `Bearer ${staff}`);
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['to']);
  });

  it('counts participation per course, audience and month, for the municipality', async () => {
    const course = await app
      .http()
      .post('/v1/courses')
      .set('Authorization', `Bearer ${staff}`)
      .send(courseBody({ title: 'Besturen van een vereniging', audiences: ['boards'] }));
    const session = await app
      .http()
      .post(`/v1/courses/${course.body.id}/sessions`)
      .set('Authorization', `Bearer ${staff}`)
      .send(sessionBody(0, { startsAt: '2031-03-12T19:30', endsAt: '2031-03-12T21:30', enrolmentDeadline: '2031-03-10T12:00', capacity: 2 }));
    for (let i = 0; i < 3; i++) {
      await app.http().post(`/v1/sessions/${session.body.id}/enrolments`).set('Authorization', `Bearer ${staff}`).send({ volunteerId: randomUUID() });
    }
    const viewer = await app.token('municipality-viewer', { centreId: centre.centreId });
    const elsewhere = await app.token('municipality-viewer', { centreId: (await app.centre()).centreId });

    const figures = await app.http().get('/v1/participation?from=2031-03-01&to=2031-03-31').set('Authorization', `Bearer ${viewer}`);
    const otherCentre = await app.http().get('/v1/participation?from=2031-03-01&to=2031-03-31').set('Authorization', `Bearer ${elsewhere}`);

    const counts = { sessions: 1, enrolled: 2, attended: 0, waitlisted: 1, cancelled: 0 };
    expect(figures.status).toBe(200);
    expect(figures.body).toEqual({
      from: '2031-03-01',
      to: '2031-03-31',
      perCourse: [{ courseId: course.body.id, title: 'Besturen van een vereniging', ...counts }],
      perAudience: [{ audience: 'boards', ...counts }],
      perMonth: [{ month: '2031-03', ...counts }],
    });
    expect(otherCentre.body.perCourse).toEqual([]);
  });
});
