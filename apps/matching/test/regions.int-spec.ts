import { centreCreatedV1, volunteerRegisteredV1 } from '@vc/contracts';
import { eventually } from '@vc/testing';
import { randomUUID } from 'node:crypto';
import { centreCreated, newCentre, volunteerRegistered } from './registrations-events.js';
import { MatchingTestApp } from './matching-test-app.js';

describe('one deployment per region group', () => {
  const north = newCentre(randomUUID());
  const south = newCentre(randomUUID());
  let northApp: MatchingTestApp;
  let southApp: MatchingTestApp;
  const volunteers = { north: [] as string[], south: [] as string[] };

  const rowsOf = (app: MatchingTestApp, ids: string[]) =>
    app.running.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.consortium', 'on', true)`);
      const rows: Array<{ volunteer_id: string }> = await manager.query(`SELECT volunteer_id FROM volunteer WHERE volunteer_id = ANY($1)`, [ids]);
      return rows.map((r) => r.volunteer_id).sort();
    });

  beforeAll(async () => {
    [northApp, southApp] = await Promise.all([
      MatchingTestApp.start({ MATCHING_REGIONS: north.regionId }),
      MatchingTestApp.start({ MATCHING_REGIONS: `${south.regionId},${randomUUID()}` }),
    ]);
    for (const centre of [north, south]) await northApp.publishRegistrationsEvent(centreCreatedV1, centreCreated(centre), centre);
    for (let i = 0; i < 5; i++) {
      for (const [name, centre] of [['north', north], ['south', south]] as const) {
        const payload = volunteerRegistered(centre);
        volunteers[name].push(payload.volunteerId);
        await northApp.publishRegistrationsEvent(volunteerRegisteredV1, payload, centre);
      }
    }
  });

  afterAll(async () => {
    await northApp?.stop();
    await southApp?.stop();
    await MatchingTestApp.closePublisher();
  });

  it('keeps exactly its own regions\' volunteers in each instance, and all of them together', async () => {
    const all = [...volunteers.north, ...volunteers.south];

    await eventually(async () => {
      expect(await rowsOf(northApp, all)).toEqual([...volunteers.north].sort());
      expect(await rowsOf(southApp, all)).toEqual([...volunteers.south].sort());
    });
    expect(northApp.running.index.volunteer(volunteers.south[0]!)).toBeUndefined();
    expect(southApp.running.index.volunteer(volunteers.north[0]!)).toBeUndefined();
  });

  it('knows every centre, so it can tell which region a caller belongs to', async () => {
    await eventually(() => {
      expect(northApp.running.index.centre(south.centreId)?.regionId).toBe(south.regionId);
      expect(southApp.running.index.centre(north.centreId)?.regionId).toBe(north.regionId);
    });
  });

  it('answers a call for another region with 421 naming that region', async () => {
    await eventually(() => expect(northApp.running.index.centre(south.centreId)).toBeDefined());
    const token = await northApp.token('consultant', { centreId: south.centreId });

    const response = await northApp.http().get(`/v1/volunteers/${volunteers.south[0]}/suggestions`).set('Authorization', `Bearer ${token}`);

    expect(response.status).toBe(421);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ regionId: south.regionId, servedRegions: [north.regionId] });
    expect(response.body.detail).toContain(south.regionId);
  });

  it('serves the same call on the instance that owns the region', async () => {
    const token = await southApp.token('consultant', { centreId: south.centreId });

    await eventually(async () => {
      const response = await southApp.http().get(`/v1/volunteers/${volunteers.south[0]}/suggestions`).set('Authorization', `Bearer ${token}`);
      expect(response.status).toBe(200);
    });
  });
});
