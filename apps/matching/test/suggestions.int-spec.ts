import {
  centreCreatedV1,
  organisationVerifiedV1,
  vacancyClosedV1,
  vacancyPublishedV1,
  volunteerErasedV1,
  volunteerPausedV1,
  volunteerRegisteredV1,
  volunteerResumedV1,
  type VacancyClosedV1,
} from '@vc/contracts';
import { eventually } from '@vc/testing';
import { randomUUID } from 'node:crypto';
import { centreCreated, newCentre, organisationVerified, vacancyPublished, volunteerRegistered, type TestCentre } from './registrations-events.js';
import { MatchingTestApp } from './matching-test-app.js';

describe('suggestions', () => {
  let app: MatchingTestApp;
  const regionId = randomUUID();
  const centreA = newCentre(regionId);
  const sharingCentre = newCentre(regionId);
  const otherCentre = newCentre(regionId);
  let organisationId: string;

  async function consultant(centre: TestCentre): Promise<string> {
    return app.token('consultant', { centreId: centre.centreId });
  }

  async function vacanciesFor(volunteerId: string, token: string, query = '') {
    return app.http().get(`/v1/volunteers/${volunteerId}/suggestions${query}`).set('Authorization', `Bearer ${token}`);
  }

  async function volunteersFor(vacancyId: string, token: string, query = '') {
    return app.http().get(`/v1/vacancies/${vacancyId}/suggestions${query}`).set('Authorization', `Bearer ${token}`);
  }

  async function publishVolunteer(centre: TestCentre, overrides = {}) {
    const payload = volunteerRegistered(centre, overrides);
    await app.publishRegistrationsEvent(volunteerRegisteredV1, payload, centre);
    return payload.volunteerId;
  }

  async function publishVacancy(centre: TestCentre, overrides = {}) {
    const payload = vacancyPublished(centre, organisationId, overrides);
    await app.publishRegistrationsEvent(vacancyPublishedV1, payload, centre);
    return payload;
  }

  /** Waits until both ends are in the index, so later assertions are about rules, not timing. */
  async function arrived(volunteerId: string, vacancyId: string): Promise<void> {
    await eventually(() => {
      expect(app.running.index.volunteer(volunteerId)).toBeDefined();
      expect(app.running.index.vacancy(vacancyId)).toBeDefined();
    });
  }

  beforeAll(async () => {
    app = await MatchingTestApp.start();
    await app.publishRegistrationsEvent(centreCreatedV1, centreCreated(centreA), centreA);
    await app.publishRegistrationsEvent(centreCreatedV1, centreCreated(sharingCentre, { sharesVacanciesWithConsortium: true }), sharingCentre);
    await app.publishRegistrationsEvent(centreCreatedV1, centreCreated(otherCentre), otherCentre);
    const organisation = organisationVerified(centreA);
    organisationId = organisation.organisationId;
    await app.publishRegistrationsEvent(organisationVerifiedV1, organisation, centreA);
    await eventually(() => expect(app.running.index.centre(otherCentre.centreId)).toBeDefined());
  });

  afterAll(async () => {
    await app?.stop();
    await MatchingTestApp.closePublisher();
  });

  it('suggests a fitting vacancy to a consultant of the volunteer\'s centre, explained component by component', async () => {
    const volunteerId = await publishVolunteer(centreA);
    const vacancy = await publishVacancy(centreA);
    await arrived(volunteerId, vacancy.vacancyId);

    const response = await vacanciesFor(volunteerId, await consultant(centreA));

    expect(response.status).toBe(200);
    expect(response.body.volunteerStatus).toBe('active');
    const suggestion = response.body.suggestions.find((s: { vacancyId: string }) => s.vacancyId === vacancy.vacancyId);
    expect(suggestion).toMatchObject({ title: vacancy.title, organisationName: 'Stichting Buurtkracht Overvecht', kind: 'structural' });
    expect(suggestion.score).toBeGreaterThan(0);
    expect(suggestion.score).toBeLessThanOrEqual(1);
    expect(suggestion.components.map((c: { component: string }) => c.component)).toEqual(['skills', 'interests', 'distance', 'availability', 'suitability']);
    expect(suggestion.components.find((c: { component: string }) => c.component === 'skills').explanation).toBe('1 van 2 gevraagde vaardigheden');
    expect(suggestion.components.find((c: { component: string }) => c.component === 'availability').explanation).toBe('dinsdagavond en zaterdagochtend');
    expect(suggestion.components.find((c: { component: string }) => c.component === 'distance').explanation).toMatch(/^\d+ km$|^minder dan 1 km$/);
  });

  it('suggests the volunteer for the vacancy, and only volunteers of the caller\'s centre', async () => {
    const ownVolunteer = await publishVolunteer(centreA);
    const foreignVolunteer = await publishVolunteer(sharingCentre);
    const vacancy = await publishVacancy(centreA);
    await arrived(ownVolunteer, vacancy.vacancyId);
    await eventually(() => expect(app.running.index.volunteer(foreignVolunteer)).toBeDefined());

    const response = await volunteersFor(vacancy.vacancyId, await consultant(centreA), '?limit=100');

    expect(response.status).toBe(200);
    const ids = response.body.suggestions.map((s: { volunteerId: string }) => s.volunteerId);
    expect(ids).toContain(ownVolunteer);
    expect(ids).not.toContain(foreignVolunteer);
    expect(response.body.suggestions.every((s: { centreId: string }) => s.centreId === centreA.centreId)).toBe(true);
  });

  it('offers vacancies of a sharing centre to the region\'s other centres, and keeps a non-sharing centre\'s to itself', async () => {
    const volunteerId = await publishVolunteer(otherCentre);
    const shared = await publishVacancy(sharingCentre);
    const notShared = await publishVacancy(centreA);
    await arrived(volunteerId, shared.vacancyId);
    await arrived(volunteerId, notShared.vacancyId);

    const response = await vacanciesFor(volunteerId, await consultant(otherCentre), '?limit=100');
    const ids = response.body.suggestions.map((s: { vacancyId: string }) => s.vacancyId);

    expect(ids).toContain(shared.vacancyId);
    expect(ids).not.toContain(notShared.vacancyId);
    expect((await volunteersFor(notShared.vacancyId, await consultant(otherCentre))).status).toBe(404);
    expect((await volunteersFor(shared.vacancyId, await consultant(otherCentre))).status).toBe(200);
  });

  it('filters out what the volunteer does not meet (VOG, Dutch level, distance, times)', async () => {
    const volunteerId = await publishVolunteer(centreA, { vogValidUntil: null, dutchLevel: 'A2' });
    const needsVog = await publishVacancy(centreA, { requirements: { vogRequired: true } });
    const needsDutch = await publishVacancy(centreA, { requirements: { vogRequired: false, dutchLevel: 'B1' } });
    const farAway = await publishVacancy(centreA, { requirements: { vogRequired: false }, postcodeArea: '1012' });
    const otherTimes = await publishVacancy(centreA, { requirements: { vogRequired: false }, availability: [{ day: 'monday', part: 'morning' }] });
    const fits = await publishVacancy(centreA, { requirements: { vogRequired: false } });
    await arrived(volunteerId, fits.vacancyId);
    await arrived(volunteerId, otherTimes.vacancyId);

    const response = await vacanciesFor(volunteerId, await consultant(centreA), '?limit=100');
    const ids = response.body.suggestions.map((s: { vacancyId: string }) => s.vacancyId);

    expect(ids).toContain(fits.vacancyId);
    for (const refused of [needsVog, needsDutch, farAway, otherTimes]) expect(ids).not.toContain(refused.vacancyId);
  });

  it('lets a volunteer see their own suggestions, without help requests, and nobody else\'s', async () => {
    const volunteerId = await publishVolunteer(centreA);
    const helpRequest = await publishVacancy(centreA, { kind: 'help-request' });
    const structural = await publishVacancy(centreA);
    await arrived(volunteerId, helpRequest.vacancyId);
    await arrived(volunteerId, structural.vacancyId);

    const own = await vacanciesFor(volunteerId, await app.token('volunteer', { volunteerId, centreId: centreA.centreId }), '?limit=100');
    const asStaff = await vacanciesFor(volunteerId, await consultant(centreA), '?limit=100');
    const someoneElse = await vacanciesFor(volunteerId, await app.token('volunteer', { volunteerId: randomUUID(), centreId: centreA.centreId }));

    expect(own.status).toBe(200);
    const ownIds = own.body.suggestions.map((s: { vacancyId: string }) => s.vacancyId);
    expect(ownIds).toContain(structural.vacancyId);
    expect(ownIds).not.toContain(helpRequest.vacancyId);
    expect(asStaff.body.suggestions.map((s: { vacancyId: string }) => s.vacancyId)).toContain(helpRequest.vacancyId);
    expect(someoneElse.status).toBe(403);
  });

  it.each([
    ['no token', undefined, 401],
    ['an organisation coordinator', 'organisation-coordinator', 403],
    ['a consultant of another centre', 'other-consultant', 404],
  ])('refuses %s', async (_case, who, status) => {
    const volunteerId = await publishVolunteer(centreA);
    await eventually(() => expect(app.running.index.volunteer(volunteerId)).toBeDefined());
    const request = app.http().get(`/v1/volunteers/${volunteerId}/suggestions`);
    if (who === 'organisation-coordinator') request.set('Authorization', `Bearer ${await app.token('organisation-coordinator', { centreId: centreA.centreId })}`);
    if (who === 'other-consultant') request.set('Authorization', `Bearer ${await consultant(otherCentre)}`);

    const response = await request;

    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it.each([
    ['a limit of 0', '?limit=0', 'limit'],
    ['a limit above 100', '?limit=101', 'limit'],
    ['a limit that is not a number', '?limit=many', 'limit'],
    ['an unknown parameter', '?sort=name', 'sort'],
  ])('answers 400 naming the field for %s', async (_case, query, field) => {
    const response = await vacanciesFor(randomUUID(), await consultant(centreA), query);

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(response.body)).toContain(field);
  });

  it('answers 400 for an id that is not a UUID', async () => {
    const response = await volunteersFor('vac-1', await consultant(centreA));

    expect(response.status).toBe(400);
  });

  it('drops a closed vacancy\'s suggestions, and a paused volunteer\'s until they resume', async () => {
    const volunteerId = await publishVolunteer(centreA);
    const vacancy = await publishVacancy(centreA);
    await arrived(volunteerId, vacancy.vacancyId);
    const token = await consultant(centreA);
    const suggested = async () => (await vacanciesFor(volunteerId, token, '?limit=100')).body.suggestions.map((s: { vacancyId: string }) => s.vacancyId);
    expect(await suggested()).toContain(vacancy.vacancyId);

    await app.publishRegistrationsEvent(volunteerPausedV1, { volunteerId, centreId: centreA.centreId, regionId, status: 'paused' }, centreA);
    await eventually(async () => expect((await vacanciesFor(volunteerId, token)).body).toMatchObject({ volunteerStatus: 'paused', suggestions: [] }));
    await app.publishRegistrationsEvent(volunteerResumedV1, { volunteerId, centreId: centreA.centreId, regionId, status: 'active' }, centreA);
    await eventually(async () => expect(await suggested()).toContain(vacancy.vacancyId));

    await app.publishRegistrationsEvent(vacancyClosedV1, { ...vacancy, status: 'closed' } as VacancyClosedV1, centreA);
    await eventually(async () => expect(await suggested()).not.toContain(vacancy.vacancyId));
    expect((await volunteersFor(vacancy.vacancyId, token)).body).toEqual({ vacancyId: vacancy.vacancyId, vacancyStatus: 'closed', suggestions: [] });
  });

  it('forgets an erased volunteer everywhere and keeps only a count', async () => {
    const volunteerId = await publishVolunteer(centreA);
    const vacancy = await publishVacancy(centreA);
    await arrived(volunteerId, vacancy.vacancyId);
    const token = await consultant(centreA);

    await app.publishRegistrationsEvent(
      volunteerErasedV1,
      { volunteerId, centreId: centreA.centreId, regionId, erasedAt: new Date().toISOString() },
      centreA,
    );

    await eventually(async () => expect((await vacanciesFor(volunteerId, token)).status).toBe(404));
    const ids = (await volunteersFor(vacancy.vacancyId, token, '?limit=100')).body.suggestions.map((s: { volunteerId: string }) => s.volunteerId);
    expect(ids).not.toContain(volunteerId);
    const [rows, counts] = await app.running.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.consortium', 'on', true)`);
      return [
        await manager.query(`SELECT 1 FROM volunteer WHERE volunteer_id = $1`, [volunteerId]),
        await manager.query(`SELECT erased FROM erased_volunteer_count WHERE centre_id = $1`, [centreA.centreId]),
      ];
    });
    expect(rows).toEqual([]);
    expect(counts).toEqual([{ erased: 1 }]);
  });
});
