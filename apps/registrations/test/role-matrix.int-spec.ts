import { ROLES, type Role } from '@vc/service-kit';
import { RegistrationsTestApp } from './registrations-test-app.js';

type Call = { method: 'get' | 'post' | 'patch' | 'put' | 'delete'; path: string; body?: object };

/**
 * Who may call what, for every endpoint: a denied role always gets 403 (401 without a token),
 * whatever the state; an allowed role never does (it may still get 404/409/422 from the state the
 * matrix leaves things in). Public routes admit everyone.
 */
describe('role matrix over every registrations endpoint', () => {
  let app: RegistrationsTestApp;
  const ids = { centre: '', organisation: '', vacancy: '', volunteer: '' };

  beforeAll(async () => {
    app = await RegistrationsTestApp.start();
    const admin = await app.token('consortium-admin');
    const region = await app.http().post('/v1/regions').set('Authorization', `Bearer ${admin}`).send({ name: `Matrix ${Date.now()}` });
    const centre = await app
      .http()
      .post('/v1/centres')
      .set('Authorization', `Bearer ${admin}`)
      .send({ regionId: region.body.id, name: 'Matrixcentrale', municipalities: ['GM0344'] });
    ids.centre = centre.body.id;
    const staff = await app.token('consultant', { centreId: ids.centre });
    const organisation = await app
      .http()
      .post('/v1/organisations')
      .set('Authorization', `Bearer ${staff}`)
      .send({
        name: 'Buurthuis',
        kvkNumber: '12345678',
        sector: 'welzijn',
        address: { postcode: '3511 AB', city: 'Utrecht' },
        coordinators: [{ name: 'Coördinator', email: 'c@example.org' }],
      });
    ids.organisation = organisation.body.id;
    const vacancy = await app
      .http()
      .post('/v1/vacancies')
      .set('Authorization', `Bearer ${staff}`)
      .send({ organisationId: ids.organisation, kind: 'structural', title: 'Gastvrouw', description: 'Koffie schenken in het buurthuis.', sector: 'welzijn', postcode: '3511 AB' });
    ids.vacancy = vacancy.body.id;
    const volunteer = await app
      .http()
      .post(`/v1/centres/${ids.centre}/volunteers/registrations`)
      .send({
        firstName: 'Sanne',
        lastName: 'de Vries',
        email: 'sanne@example.org',
        preferredLanguage: 'nl',
        travelRadiusKm: 10,
        consents: [{ purpose: 'registration', textVersion: '1' }],
      });
    ids.volunteer = volunteer.body.id;
    expect([centre.status, organisation.status, vacancy.status, volunteer.status]).toEqual([201, 201, 201, 201]);
  });

  afterAll(async () => {
    await app.stop();
  });

  const staff: Role[] = ['centre-admin', 'consultant'];
  const all = [...ROLES];
  const endpoints: Array<[string, () => Call, readonly Role[] | 'public']> = [
    ['create region', () => ({ method: 'post', path: '/v1/regions', body: { name: `R ${Math.random()}` } }), ['consortium-admin']],
    ['list regions', () => ({ method: 'get', path: '/v1/regions' }), all],
    ['create centre', () => ({ method: 'post', path: '/v1/centres', body: { regionId: ids.centre, name: 'X', municipalities: ['GM0344'] } }), ['consortium-admin']],
    ['get centre', () => ({ method: 'get', path: `/v1/centres/${ids.centre}` }), ['consortium-admin', ...staff]],
    ['self-register', () => ({ method: 'post', path: `/v1/centres/${ids.centre}/volunteers/registrations`, body: {} }), 'public'],
    ['search vacancies', () => ({ method: 'get', path: `/v1/centres/${ids.centre}/vacancies` }), 'public'],
    ['register volunteer', () => ({ method: 'post', path: '/v1/volunteers', body: {} }), staff],
    ['list volunteers', () => ({ method: 'get', path: '/v1/volunteers' }), staff],
    ['get volunteer', () => ({ method: 'get', path: `/v1/volunteers/${ids.volunteer}` }), [...staff, 'volunteer']],
    ['update volunteer', () => ({ method: 'patch', path: `/v1/volunteers/${ids.volunteer}`, body: {} }), [...staff, 'volunteer']],
    ['pause volunteer', () => ({ method: 'post', path: `/v1/volunteers/${ids.volunteer}/pause`, body: {} }), [...staff, 'volunteer']],
    ['read support needs', () => ({ method: 'get', path: `/v1/volunteers/${ids.volunteer}/support-needs` }), ['consultant']],
    ['record support needs', () => ({ method: 'put', path: `/v1/volunteers/${ids.volunteer}/support-needs`, body: {} }), ['consultant']],
    ['export volunteer data', () => ({ method: 'get', path: `/v1/volunteers/${ids.volunteer}/export` }), [...staff, 'volunteer']],
    ['withdraw a consent', () => ({ method: 'delete', path: `/v1/volunteers/${ids.volunteer}/consents/newsletter` }), [...staff, 'volunteer']],
    ['register organisation', () => ({ method: 'post', path: '/v1/organisations', body: {} }), ['organisation-coordinator', ...staff]],
    ['list organisations', () => ({ method: 'get', path: '/v1/organisations' }), ['consortium-admin', ...staff]],
    ['get organisation', () => ({ method: 'get', path: `/v1/organisations/${ids.organisation}` }), ['consortium-admin', ...staff, 'organisation-coordinator']],
    ['verify organisation', () => ({ method: 'post', path: `/v1/organisations/${ids.organisation}/verify` }), staff],
    ['create vacancy', () => ({ method: 'post', path: '/v1/vacancies', body: {} }), ['organisation-coordinator', ...staff]],
    ['list vacancies', () => ({ method: 'get', path: '/v1/vacancies' }), ['consortium-admin', ...staff, 'organisation-coordinator']],
    ['get vacancy', () => ({ method: 'get', path: `/v1/vacancies/${ids.vacancy}` }), ['consortium-admin', ...staff, 'organisation-coordinator']],
    ['update vacancy', () => ({ method: 'patch', path: `/v1/vacancies/${ids.vacancy}`, body: {} }), ['organisation-coordinator', ...staff]],
    ['publish vacancy', () => ({ method: 'post', path: `/v1/vacancies/${ids.vacancy}/publish` }), ['organisation-coordinator', ...staff]],
    ['fill vacancy', () => ({ method: 'post', path: `/v1/vacancies/${ids.vacancy}/fill` }), ['organisation-coordinator', ...staff]],
    ['close vacancy', () => ({ method: 'post', path: `/v1/vacancies/${ids.vacancy}/close` }), ['organisation-coordinator', ...staff]],
    // Last: erasure leaves the volunteer erased for everything after it.
    ['erase volunteer', () => ({ method: 'delete', path: `/v1/volunteers/${ids.volunteer}` }), ['centre-admin', 'volunteer']],
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
      outcome[key] = status === 401 ? 'unauthenticated' : status === 403 ? 'forbidden' : 'allowed';
      expected[key] =
        allowed === 'public' ? 'allowed' : role === null ? 'unauthenticated' : allowed.includes(role) ? 'allowed' : 'forbidden';
    }
    expect(outcome).toEqual(expected);
  });
});
