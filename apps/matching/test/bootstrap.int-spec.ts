import { centreCreatedV1 } from '@vc/contracts';
import { eventually } from '@vc/testing';
import { centreCreated, newCentre } from './registrations-events.js';
import { MatchingTestApp } from './matching-test-app.js';

describe('matching service bootstrap', () => {
  let app: MatchingTestApp;

  beforeAll(async () => {
    app = await MatchingTestApp.start();
  });

  afterAll(async () => {
    await app?.stop();
    await MatchingTestApp.closePublisher();
  });

  it('is ready once its database and Kafka answer', async () => {
    const response = await app.http().get('/health/ready');

    expect(response.status).toBe(200);
  });

  it('keeps a centre announced by registrations in its read model', async () => {
    const centre = newCentre();

    await app.publishRegistrationsEvent(centreCreatedV1, centreCreated(centre, { sharesVacanciesWithConsortium: true }), centre);

    await eventually(async () => {
      const rows = await app.running.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT set_config('app.consortium', 'on', true)`);
        return manager.query(`SELECT region_id, shares_vacancies FROM centre WHERE centre_id = $1`, [centre.centreId]);
      });
      expect(rows).toEqual([{ region_id: centre.regionId, shares_vacancies: true }]);
    });
  });
});
