import { volunteerErasedV1 } from '@vc/contracts';
import { randomUUID } from 'node:crypto';
import type { MatchingTestApp } from '../matching-test-app.js';
import type { SharedApp } from './shared-app.js';
import { payloadOf, seedWorkflowCentre, typesOf, type WorkflowCentre } from '../workflow-fixtures.js';

export function placementsCases(shared: SharedApp): void {
  describe('placements and the hours logbook', () => {
    let app: MatchingTestApp;
    let centre: WorkflowCentre;
    let consultant: string;
    let coordinator: string;
    const schoolId = randomUUID();

    beforeAll(async () => {
      app = shared.app();
      centre = await seedWorkflowCentre(app, { volunteers: 2 });
      consultant = await app.token('consultant', { centreId: centre.centreId });
      coordinator = await app.token('organisation-coordinator', { centreId: centre.centreId, organisationId: centre.organisationId });
    });


    const post = (path: string, token: string, body?: object) => app.http().post(path).set('authorization', `Bearer ${token}`).send(body);

    /** A match through to started, returning its placement. */
    async function startedPlacement(volunteerId: string, start: object): Promise<{ id: string; matchId: string }> {
      const match = await post('/v1/matches', consultant, { volunteerId, vacancyId: centre.vacancyId });
      for (const step of ['interest', 'introduce', 'accept']) await post(`/v1/matches/${match.body.id}/${step}`, consultant);
      const started = await post(`/v1/matches/${match.body.id}/start`, consultant, start);
      expect(started.status).toBe(200);
      const list = await app.http().get(`/v1/placements?matchId=${match.body.id}`).set('authorization', `Bearer ${consultant}`);
      return { id: list.body.items[0].id, matchId: match.body.id };
    }

    it('runs a MaS placement: the student logs hours, the organisation confirms, the school signs off once enough are confirmed', async () => {
      const student = await app.token('volunteer', { centreId: centre.centreId, volunteerId: centre.studentId });
      const school = await app.token('school-coordinator', { centreId: centre.centreId, organisationId: schoolId, subject: 'school-mentor-1' });
      const placement = await startedPlacement(centre.studentId, { startedOn: '2026-09-01', mas: { requiredHours: 6, schoolOrganisationId: schoolId } });

      const entries = [];
      for (const [workedOn, hours] of [
        ['2026-09-05', 2.5],
        ['2026-09-12', 2],
        ['2026-09-19', 1.75],
      ] as const) {
        const logged = await post(`/v1/placements/${placement.id}/hours`, student, { workedOn, hours });
        expect(logged.status).toBe(201);
        entries.push(logged.body.id as string);
      }
      await post(`/v1/placements/${placement.id}/hours/${entries[0]}/confirm`, coordinator);
      await post(`/v1/placements/${placement.id}/hours/${entries[1]}/confirm`, coordinator);

      const tooEarly = await post(`/v1/placements/${placement.id}/sign-off`, school);
      expect(tooEarly.status).toBe(409);
      expect(tooEarly.body.detail).toMatch(/4.5 of the required 6 hours/);

      const third = await post(`/v1/placements/${placement.id}/hours/${entries[2]}/confirm`, coordinator);
      expect(third.body).toMatchObject({ confirmedHours: 6.25 });
      expect((await post(`/v1/placements/${placement.id}/hours/${entries[2]}/confirm`, coordinator)).status).toBe(409);
      const signedOff = await post(`/v1/placements/${placement.id}/sign-off`, school);
      expect(signedOff.status).toBe(200);
      expect(signedOff.body).toMatchObject({ status: 'completed', mas: true, confirmedHours: 6.25 });
      expect((await post(`/v1/placements/${placement.id}/sign-off`, school)).status).toBe(409);

      const all = await app.eventsAbout(placement.id, 9);
      // The restricted sign-off record, once, with the school (ADR 47); the public ones never name it.
      const restricted = all.filter((e) => e.topic === 'matching.mas-sign-off.v1');
      expect(typesOf(restricted)).toEqual(['matching.mas-sign-off.recorded']);
      expect(payloadOf(restricted[0]!)).toEqual({
        placementId: placement.id,
        centreId: centre.centreId,
        schoolOrganisationId: schoolId,
        volunteerId: centre.studentId,
        requiredHours: 6,
        confirmedHours: 6.25,
        signedOffOn: signedOff.body.completedOn,
      });
      const events = all.filter((e) => e.topic === 'matching.placement.v1');
      expect(typesOf(events)).toEqual([
        'matching.placement.started',
        'matching.placement.hours-logged',
        'matching.placement.hours-logged',
        'matching.placement.hours-logged',
        'matching.placement.hours-confirmed',
        'matching.placement.hours-confirmed',
        'matching.placement.hours-confirmed',
        'matching.placement.completed',
      ]);
      expect(events.slice(1, 4).map((e) => (payloadOf(e).entry as { hours: number }).hours)).toEqual([2.5, 2, 1.75]);
      expect(events.slice(4, 7).map((e) => payloadOf(e).volunteerConfirmedHours)).toEqual([2.5, 4.5, 6.25]);
      expect(payloadOf(events[7]!)).toMatchObject({
        placementId: placement.id,
        matchId: placement.matchId,
        volunteerId: centre.studentId,
        mas: true,
        requiredHours: 6,
        confirmedHours: 6.25,
        startedOn: '2026-09-01',
        completedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        centreId: centre.centreId,
        regionId: centre.regionId,
      });
      expect(events.some((e) => e.value!.includes(schoolId))).toBe(false);
    });

    it('tombstones the restricted sign-off record when the student is erased, so the school link leaves Kafka too', async () => {
      const own = await seedWorkflowCentre(app, { volunteers: 1 });
      const ownConsultant = await app.token('consultant', { centreId: own.centreId });
      const ownCoordinator = await app.token('organisation-coordinator', { centreId: own.centreId, organisationId: own.organisationId });
      const student = await app.token('volunteer', { centreId: own.centreId, volunteerId: own.studentId });
      const school = await app.token('school-coordinator', { centreId: own.centreId, organisationId: schoolId });
      const match = await post('/v1/matches', ownConsultant, { volunteerId: own.studentId, vacancyId: own.vacancyId });
      for (const step of ['interest', 'introduce', 'accept']) await post(`/v1/matches/${match.body.id}/${step}`, ownConsultant);
      await post(`/v1/matches/${match.body.id}/start`, ownConsultant, { startedOn: '2026-09-01', mas: { requiredHours: 2, schoolOrganisationId: schoolId } });
      const placementId = (await app.http().get(`/v1/placements?matchId=${match.body.id}`).set('authorization', `Bearer ${ownConsultant}`)).body.items[0].id as string;
      const entry = await post(`/v1/placements/${placementId}/hours`, student, { workedOn: '2026-09-05', hours: 2 });
      await post(`/v1/placements/${placementId}/hours/${entry.body.id}/confirm`, ownCoordinator);
      expect((await post(`/v1/placements/${placementId}/sign-off`, school)).status).toBe(200);
      await app.eventsAbout(placementId, 5);

      await app.publishRegistrationsEvent(
        volunteerErasedV1,
        { volunteerId: own.studentId, centreId: own.centreId, regionId: own.regionId, erasedAt: new Date().toISOString() },
        own,
      );

      const records = (await app.eventsAbout(placementId, 6)).filter((r) => r.topic === 'matching.mas-sign-off.v1');
      expect(records.map((r) => (r.value === null ? 'tombstone' : r.headers.ce_type))).toEqual(['matching.mas-sign-off.recorded', 'tombstone']);
      expect(records[1]!.key).toBe(placementId);
    });

    it('lets only the placement’s own parties log, confirm and sign off', async () => {
      const volunteerId = centre.volunteers[0]!;
      const placement = await startedPlacement(volunteerId, { startedOn: '2026-10-01' });
      const volunteer = await app.token('volunteer', { centreId: centre.centreId, volunteerId });
      const stranger = await app.token('volunteer', { centreId: centre.centreId, volunteerId: centre.volunteers[1]! });
      const otherCoordinator = await app.token('organisation-coordinator', { centreId: centre.centreId, organisationId: randomUUID() });
      const school = await app.token('school-coordinator', { centreId: centre.centreId, organisationId: schoolId });

      expect((await post(`/v1/placements/${placement.id}/hours`, stranger, { workedOn: '2026-10-02', hours: 1 })).status).toBe(404);
      const entry = await post(`/v1/placements/${placement.id}/hours`, volunteer, { workedOn: '2026-10-02', hours: 3 });
      expect(entry.status).toBe(201);
      expect((await post(`/v1/placements/${placement.id}/hours/${entry.body.id}/confirm`, volunteer)).status).toBe(403);
      expect((await post(`/v1/placements/${placement.id}/hours/${entry.body.id}/confirm`, otherCoordinator)).status).toBe(404);
      // Not a MaS: no school can see it, let alone sign it off.
      expect((await post(`/v1/placements/${placement.id}/sign-off`, school)).status).toBe(404);
      expect((await post(`/v1/placements/${placement.id}/hours/${entry.body.id}/confirm`, coordinator)).body.confirmedHours).toBe(3);
    });

    it('refuses hours per field: in the future, before the start, past 24 a day, odd minutes; and stores none of them', async () => {
      const volunteerId = centre.volunteers[1]!;
      const placement = await startedPlacement(volunteerId, { startedOn: '2026-10-01' });
      const volunteer = await app.token('volunteer', { centreId: centre.centreId, volunteerId });
      await post(`/v1/placements/${placement.id}/hours`, volunteer, { workedOn: '2026-10-03', hours: 20 });

      const cases: Array<[object, string[]]> = [
        [{ workedOn: '2099-01-01', hours: 2 }, ['workedOn']],
        [{ workedOn: '2026-09-30', hours: 2 }, ['workedOn']],
        [{ workedOn: '2026-10-03', hours: 4.25 }, ['hours']],
        [{ workedOn: '2026-10-04', hours: 1.1 }, ['hours']],
        [{ workedOn: '2026-02-30', hours: 30 }, ['workedOn', 'hours']],
        [{ hours: 1, minutes: 5 }, ['minutes', 'workedOn']],
      ];
      for (const [body, fields] of cases) {
        const response = await post(`/v1/placements/${placement.id}/hours`, volunteer, body);
        expect(response.status).toBe(400);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([...fields].sort());
      }
      const stored = await app.http().get(`/v1/placements/${placement.id}`).set('authorization', `Bearer ${volunteer}`);
      expect(stored.body.hours).toEqual([{ id: expect.any(String), workedOn: '2026-10-03', hours: 20, status: 'logged' }]);
    });
  });
}
