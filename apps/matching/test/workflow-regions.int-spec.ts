import { randomUUID } from 'node:crypto';
import { MatchingTestApp } from './matching-test-app.js';
import { seedWorkflowCentre, waitForCentre } from './workflow-fixtures.js';

describe('matches, mediation and placements on an instance that owns some regions', () => {
  let app: MatchingTestApp;
  const [ownRegion, otherRegion] = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    app = await MatchingTestApp.start({ MATCHING_REGIONS: ownRegion });
  });

  afterAll(async () => {
    await app?.stop();
    await MatchingTestApp.closePublisher();
  });

  it('serves its own region and answers 421 naming the region for another', async () => {
    const own = await seedWorkflowCentre(app, { regionId: ownRegion });
    const other = await waitForCentre(app, otherRegion);
    const ownConsultant = await app.token('consultant', { centreId: own.centreId });
    const otherConsultant = await app.token('consultant', { centreId: other.centreId });

    const served = await app.http().post('/v1/matches').set('authorization', `Bearer ${ownConsultant}`).send({ volunteerId: own.volunteers[0], vacancyId: own.vacancyId });
    const misdirected = await Promise.all([
      app.http().post('/v1/matches').set('authorization', `Bearer ${otherConsultant}`).send({ volunteerId: randomUUID(), vacancyId: randomUUID() }),
      app.http().get('/v1/mediation-cases').set('authorization', `Bearer ${otherConsultant}`),
      app.http().get('/v1/placements').set('authorization', `Bearer ${otherConsultant}`),
    ]);

    expect(served.status).toBe(201);
    for (const response of misdirected) {
      expect(response.status).toBe(421);
      expect(response.body).toMatchObject({ type: expect.stringMatching(/region-not-served$/), regionId: otherRegion });
    }
  });
});
