import { CE } from '@vc/messaging';
import { RegistrationsTestApp } from './registrations-test-app.js';

describe('regions and centres (registrations service, real PostgreSQL and Kafka)', () => {
  let app: RegistrationsTestApp;
  let admin: string;

  beforeAll(async () => {
    app = await RegistrationsTestApp.start();
    admin = await app.token('consortium-admin');
  });

  afterAll(async () => {
    await app.stop();
  });

  async function createRegion(name = `Regio ${Math.random().toString(36).slice(2, 8)}`) {
    const response = await app.http().post('/v1/regions').set('Authorization', `Bearer ${admin}`).send({ name });
    expect(response.status).toBe(201);
    return response.body as { id: string; name: string };
  }

  async function createCentre(regionId: string, name = 'Vrijwilligerscentrale Utrecht') {
    const response = await app
      .http()
      .post('/v1/centres')
      .set('Authorization', `Bearer ${admin}`)
      .send({ regionId, name, municipalities: ['GM0344'], languages: ['nl', 'en'], sharesVacancies: true });
    expect(response.status).toBe(201);
    return response.body as { id: string; regionId: string; name: string };
  }

  it('lets a consortium admin create a centre and publishes centre.created once', async () => {
    const region = await createRegion();
    const centre = await createCentre(region.id);

    const [record] = await app.eventsAbout(centre.id, 1);
    expect(record.topic).toBe('registrations.centre.v1');
    expect(record.headers).toMatchObject({
      [CE.type]: 'registrations.centre.created',
      [CE.centreid]: centre.id,
      [CE.regionid]: region.id,
    });
    expect(JSON.parse(record.value!)).toEqual({
      centreId: centre.id,
      regionId: region.id,
      name: 'Vrijwilligerscentrale Utrecht',
      municipalities: ['GM0344'],
      sharesVacanciesWithConsortium: true,
    });
  });

  it('shows staff their own centre and answers 404 for another centre, exactly as for an unknown id', async () => {
    const region = await createRegion();
    const [a, b] = [await createCentre(region.id, 'Centrale A'), await createCentre(region.id, 'Centrale B')];
    const staffOfA = await app.token('centre-admin', { centreId: a.id });

    const own = await app.http().get(`/v1/centres/${a.id}`).set('Authorization', `Bearer ${staffOfA}`);
    expect(own.status).toBe(200);
    expect(own.body.name).toBe('Centrale A');

    const other = await app.http().get(`/v1/centres/${b.id}`).set('Authorization', `Bearer ${staffOfA}`);
    const unknown = await app
      .http()
      .get('/v1/centres/00000000-0000-4000-8000-000000000000')
      .set('Authorization', `Bearer ${staffOfA}`);
    expect(other.status).toBe(404);
    expect(other.headers['content-type']).toMatch(/application\/problem\+json/);
    expect({ ...other.body, instance: undefined, detail: undefined }).toEqual({
      ...unknown.body,
      instance: undefined,
      detail: undefined,
    });
  });

  it('refuses a centre with bad fields, naming each, and stores and publishes nothing', async () => {
    const region = await createRegion();
    const response = await app
      .http()
      .post('/v1/centres')
      .set('Authorization', `Bearer ${admin}`)
      .send({ regionId: region.id, name: 'X', municipalities: ['0344'], unexpected: true, languages: ['de'] });

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const fields = (response.body.errors as Array<{ field: string }>).map((e) => e.field).sort();
    expect(fields).toEqual(['languages', 'municipalities', 'name', 'unexpected']);
    const [{ count }] = await app.running.dataSource.query(
      `SELECT count(*)::int AS count FROM centre WHERE region_id = $1`,
      [region.id],
    );
    expect(count).toBe(0);
  });

  it.each([
    ['no token', undefined, 401],
    ['a volunteer', 'volunteer', 403],
    ['a centre admin', 'centre-admin', 403],
  ] as const)('refuses centre creation for %s', async (_who, role, status) => {
    const region = await createRegion();
    const call = app.http().post('/v1/centres');
    if (role) call.set('Authorization', `Bearer ${await app.token(role, { centreId: region.id })}`);
    const response = await call.send({ regionId: region.id, name: 'Centrale', municipalities: ['GM0344'] });
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
