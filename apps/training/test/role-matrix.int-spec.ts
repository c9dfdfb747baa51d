import { ROLES, type Role } from '@vc/service-kit';
import { randomUUID } from 'node:crypto';
import { courseBody, sessionBody, TrainingTestApp } from './training-test-app.js';

type Call = { method: 'get' | 'post'; path: string; body?: object };

/**
 * Who may call what, for every training endpoint: a denied role always gets 403 (401 without a
 * token); an allowed role never does (it may still get 404/409 from the state the matrix leaves).
 * Public routes admit everyone.
 */
describe('role matrix over every training endpoint', () => {
  let app: TrainingTestApp;
  const ids = { centre: '', course: '', session: '', enrolment: '', certificate: '', article: '', volunteer: randomUUID(), organisation: randomUUID() };

  beforeAll(async () => {
    app = await TrainingTestApp.start();
    const centre = await app.centre();
    ids.centre = centre.centreId;
    const staff = await app.token('centre-admin', { centreId: ids.centre });
    ids.course = (await app.http().post('/v1/courses').set('Authorization', `Bearer ${staff}`).send(courseBody())).body.id;
    ids.session = (await app.http().post(`/v1/courses/${ids.course}/sessions`).set('Authorization', `Bearer ${staff}`).send(sessionBody(-1))).body.id;
    ids.enrolment = (
      await app.http().post(`/v1/sessions/${ids.session}/enrolments`).set('Authorization', `Bearer ${staff}`).send({ volunteerId: ids.volunteer })
    ).body.id;
    ids.certificate = (await app.http().post(`/v1/enrolments/${ids.enrolment}/attendance`).set('Authorization', `Bearer ${staff}`)).body.certificateId;
    ids.article = (
      await app.http().post('/v1/articles').set('Authorization', `Bearer ${staff}`).send({ title: 'VOG', summary: 'Kort.', body: 'Lang.', topics: [] })
    ).body.id;
    expect(Object.values(ids).every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
  });

  afterAll(async () => {
    await app.stop();
  });

  const staff: Role[] = ['centre-admin', 'consultant', 'trainer'];
  const readers: Role[] = [...staff, 'volunteer', 'organisation-coordinator', 'consortium-admin'];
  const endpoints: Array<[string, () => Call, readonly Role[] | 'public']> = [
    ['list known centres', () => ({ method: 'get', path: '/v1/centres' }), ['consortium-admin']],
    ['publish course', () => ({ method: 'post', path: '/v1/courses', body: {} }), staff],
    ['list courses', () => ({ method: 'get', path: '/v1/courses' }), readers],
    ['get course', () => ({ method: 'get', path: `/v1/courses/${ids.course}` }), readers],
    ['schedule session', () => ({ method: 'post', path: `/v1/courses/${ids.course}/sessions`, body: {} }), staff],
    ['list sessions', () => ({ method: 'get', path: `/v1/courses/${ids.course}/sessions` }), readers],
    ['get session', () => ({ method: 'get', path: `/v1/sessions/${ids.session}` }), readers],
    ['enrol', () => ({ method: 'post', path: `/v1/sessions/${ids.session}/enrolments`, body: {} }), ['volunteer', 'organisation-coordinator', ...staff]],
    ['list session enrolments', () => ({ method: 'get', path: `/v1/sessions/${ids.session}/enrolments` }), ['organisation-coordinator', ...staff]],
    ['my enrolments', () => ({ method: 'get', path: '/v1/me/enrolments' }), ['volunteer']],
    ['record attendance', () => ({ method: 'post', path: `/v1/enrolments/${ids.enrolment}/attendance` }), ['trainer', 'centre-admin']],
    ['list certificates', () => ({ method: 'get', path: '/v1/certificates' }), ['volunteer', ...staff]],
    ['certificate pdf', () => ({ method: 'get', path: `/v1/certificates/${ids.certificate}/pdf` }), ['volunteer', ...staff]],
    ['verify certificate', () => ({ method: 'get', path: '/v1/certificate-verifications/AAAA-AAAA-AAAA-AAAA-AAAA' }), 'public'],
    ['write article', () => ({ method: 'post', path: '/v1/articles', body: {} }), staff],
    ['list articles', () => ({ method: 'get', path: '/v1/articles' }), staff],
    ['get article', () => ({ method: 'get', path: `/v1/articles/${ids.article}` }), staff],
    ['publish article', () => ({ method: 'post', path: `/v1/articles/${ids.article}/publish` }), staff],
    ['search articles', () => ({ method: 'get', path: `/v1/centres/${ids.centre}/articles` }), 'public'],
    ['read article', () => ({ method: 'get', path: `/v1/centres/${ids.centre}/articles/${ids.article}` }), 'public'],
    ['course recommendations', () => ({ method: 'get', path: `/v1/volunteers/${ids.volunteer}/course-recommendations` }), ['volunteer', 'consultant', 'centre-admin']],
    ['participation', () => ({ method: 'get', path: '/v1/participation?from=2026-01-01&to=2030-12-31' }), ['municipality-viewer', 'consortium-admin', ...staff]],
    // Last: they change the state the others read.
    ['cancel enrolment', () => ({ method: 'post', path: `/v1/enrolments/${ids.enrolment}/cancel` }), ['volunteer', 'organisation-coordinator', ...staff]],
    ['cancel session', () => ({ method: 'post', path: `/v1/sessions/${ids.session}/cancel` }), staff],
  ];

  async function send(call: Call, role: Role | null): Promise<number> {
    const request = app.http()[call.method](call.path);
    if (role) {
      const token = await app.token(role, {
        centreId: role === 'consortium-admin' ? undefined : ids.centre,
        organisationId: role === 'organisation-coordinator' ? ids.organisation : undefined,
        volunteerId: role === 'volunteer' ? ids.volunteer : undefined,
      });
      request.set('Authorization', `Bearer ${token}`);
    }
    const response = call.body ? await request.send(call.body) : await request;
    return response.status;
  }

  it.each(endpoints)('%s', async (_name, build, allowed) => {
    const outcome: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const role of [null, ...ROLES] as Array<Role | null>) {
      const status = await send(build(), role);
      const key = role ?? '(no token)';
      outcome[key] = status === 401 ? 'unauthenticated' : status === 403 ? 'forbidden' : status >= 500 ? `error ${status}` : 'allowed';
      expected[key] = allowed === 'public' ? 'allowed' : role === null ? 'unauthenticated' : allowed.includes(role) ? 'allowed' : 'forbidden';
    }
    expect(outcome).toEqual(expected);
  });
});
