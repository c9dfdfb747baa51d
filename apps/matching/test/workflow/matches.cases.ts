import { runInTenant } from '@vc/service-kit';
import { randomUUID } from 'node:crypto';
import type { MatchingTestApp } from '../matching-test-app.js';
import type { SharedApp } from './shared-app.js';
import { payloadOf, seedWorkflowCentre, typesOf, type WorkflowCentre } from '../workflow-fixtures.js';

export function matchesCases(shared: SharedApp): void {
  describe('matches through their lifecycle', () => {
    let app: MatchingTestApp;
    let centre: WorkflowCentre;
    let consultant: string;
    let coordinator: string;
    const volunteerToken = (volunteerId: string) => app.token('volunteer', { centreId: centre.centreId, volunteerId });

    beforeAll(async () => {
      app = shared.app();
      centre = await seedWorkflowCentre(app, { volunteers: 14, activityPlaces: 3 });
      consultant = await app.token('consultant', { centreId: centre.centreId });
      coordinator = await app.token('organisation-coordinator', { centreId: centre.centreId, organisationId: centre.organisationId });
    });


    const post = (path: string, token: string, body?: object) => app.http().post(path).set('authorization', `Bearer ${token}`).send(body);

    async function propose(volunteerId: string, vacancyId = centre.vacancyId): Promise<string> {
      const response = await post('/v1/matches', consultant, { volunteerId, vacancyId });
      expect(response.status).toBe(201);
      return response.body.id as string;
    }

    it('goes from proposed to ended, each step by its own party, with an event for every step', async () => {
      const volunteerId = centre.volunteers[0]!;
      const id = await propose(volunteerId);

      expect((await post(`/v1/matches/${id}/interest`, await volunteerToken(volunteerId))).body.status).toBe('interested');
      expect((await post(`/v1/matches/${id}/introduce`, consultant)).body.status).toBe('introduced');
      expect((await post(`/v1/matches/${id}/accept`, coordinator)).body.status).toBe('accepted');
      const started = await post(`/v1/matches/${id}/start`, consultant, { startedOn: '2026-01-05' });
      expect(started.body).toMatchObject({ status: 'started', startedOn: '2026-01-05' });
      const ended = await post(`/v1/matches/${id}/end`, consultant, {
        outcome: 'completed',
        evaluation: 'Liep heel goed; de organisatie wil graag verder met nieuwe vrijwilligers.',
        endedOn: '2026-06-30',
      });
      expect(ended.status).toBe(200);
      expect(ended.body).toMatchObject({ status: 'ended', outcome: 'completed', endedOn: '2026-06-30' });

      const events = await app.eventsAbout(id, 6);
      expect(typesOf(events)).toEqual([
        'matching.match.proposed',
        'matching.match.interest-expressed',
        'matching.match.introduced',
        'matching.match.accepted',
        'matching.match.started',
        'matching.match.ended',
      ]);
      expect(payloadOf(events[5]!)).toMatchObject({ matchId: id, volunteerId, status: 'ended', outcome: 'completed', regionId: centre.regionId });
      expect(events.every((e) => e.headers.ce_centreid === centre.centreId && e.headers.ce_regionid === centre.regionId)).toBe(true);
      expect(events.some((e) => e.value!.includes('Liep heel goed'))).toBe(false);

      const [placement] = (await app.http().get(`/v1/placements?matchId=${id}`).set('authorization', `Bearer ${consultant}`)).body.items;
      expect(placement).toMatchObject({ status: 'completed', mas: false, startedOn: '2026-01-05', completedOn: '2026-06-30' });
      expect(typesOf(await app.eventsAbout(placement.id, 2))).toEqual(['matching.placement.started', 'matching.placement.completed']);

      const history = await runInTenant(app.running.dataSource, { centreId: centre.centreId }, (m) =>
        m.query(`SELECT from_status, to_status, actor FROM match_transition WHERE match_id = $1 ORDER BY id`, [id]),
      );
      expect(history.map((h: { to_status: string; actor: string }) => `${h.to_status} by ${h.actor}`)).toEqual([
        'proposed by consultant',
        'interested by volunteer',
        'introduced by consultant',
        'accepted by organisation',
        'started by consultant',
        'ended by consultant',
      ]);
    });

    it('refuses a step the status does not allow with a 409 naming both statuses, and changes nothing', async () => {
      const id = await propose(centre.volunteers[1]!);

      const response = await post(`/v1/matches/${id}/start`, consultant, {});

      expect(response.status).toBe(409);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body).toMatchObject({ type: expect.stringMatching(/invalid-transition$/), from: 'proposed', to: 'started' });
      expect((await app.http().get(`/v1/matches/${id}`).set('authorization', `Bearer ${consultant}`)).body.status).toBe('proposed');
      // The withdrawal after it is the match's second event: the refused start published nothing.
      expect((await post(`/v1/matches/${id}/withdraw`, consultant)).status).toBe(200);
      expect(typesOf(await app.eventsAbout(id, 2))).toEqual(['matching.match.proposed', 'matching.match.withdrawn']);
    });

    it('lets each party act only on its own matches and only in its own part', async () => {
      const volunteerId = centre.volunteers[2]!;
      const id = await propose(volunteerId);
      const otherVolunteer = await volunteerToken(centre.volunteers[3]!);
      const otherCoordinator = await app.token('organisation-coordinator', { centreId: centre.centreId, organisationId: randomUUID() });
      const otherCentreConsultant = await app.token('consultant', { centreId: randomUUID() });

      expect((await post(`/v1/matches/${id}/interest`, otherVolunteer)).status).toBe(404);
      expect((await app.http().get(`/v1/matches/${id}`).set('authorization', `Bearer ${otherCentreConsultant}`)).status).toBe(404);
      expect((await post(`/v1/matches/${id}/introduce`, await volunteerToken(volunteerId))).status).toBe(403);
      expect((await post(`/v1/matches/${id}/start`, coordinator, {})).status).toBe(403);
      expect((await post('/v1/matches', coordinator, { volunteerId, vacancyId: centre.vacancyId })).status).toBe(403);

      await post(`/v1/matches/${id}/interest`, await volunteerToken(volunteerId));
      await post(`/v1/matches/${id}/introduce`, consultant);
      expect((await post(`/v1/matches/${id}/accept`, otherCoordinator)).status).toBe(404);
      expect((await post(`/v1/matches/${id}/decline`, coordinator)).body.status).toBe('declined');
      const mine = await app.http().get('/v1/matches').set('authorization', `Bearer ${await volunteerToken(volunteerId)}`);
      expect(mine.body.items.map((m: { id: string }) => m.id)).toEqual([id]);
      expect(mine.body.items[0]).not.toHaveProperty('evaluation');
    });

    it('allows one open match per volunteer and vacancy', async () => {
      const volunteerId = centre.volunteers[4]!;
      await propose(volunteerId);

      const again = await post('/v1/matches', consultant, { volunteerId, vacancyId: centre.vacancyId });

      expect(again.status).toBe(409);
      expect(again.body.type).toMatch(/match-exists$/);
    });

    it('never overbooks a one-off activity when many volunteers sign up at once', async () => {
      const candidates = centre.volunteers.slice(5, 14);
      const tokens = await Promise.all(candidates.map(volunteerToken));

      const answers = await Promise.all(tokens.map((token) => post(`/v1/activities/${centre.activityId}/sign-ups`, token)));

      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([201, 201, 201, 409, 409, 409, 409, 409, 409]);
      expect(answers.filter((a) => a.status === 409).every((a) => /no-places-left$/.test(a.body.type))).toBe(true);
      const stored = await runInTenant(app.running.dataSource, { centreId: centre.centreId }, (m) =>
        m.query(
          `SELECT (SELECT count(*)::int FROM match WHERE vacancy_id = $1 AND status = 'accepted') AS accepted,
                  (SELECT taken FROM activity_booking WHERE vacancy_id = $1) AS taken`,
          [centre.activityId],
        ),
      );
      expect(stored).toEqual([{ accepted: 3, taken: 3 }]);
      const signedUp = answers.filter((a) => a.status === 201).map((a) => a.body);
      expect(signedUp.every((m: { origin: string; status: string }) => m.origin === 'sign-up' && m.status === 'accepted')).toBe(true);

      // A withdrawn sign-up frees its place for the next volunteer.
      const first = signedUp[0] as { id: string; volunteerId: string };
      expect((await post(`/v1/matches/${first.id}/withdraw`, await volunteerToken(first.volunteerId))).body.status).toBe('withdrawn');
      const late = answers.findIndex((a) => a.status === 409);
      expect((await post(`/v1/activities/${centre.activityId}/sign-ups`, tokens[late]!)).status).toBe(201);
      expect(typesOf(await app.eventsAbout(first.id, 2))).toEqual(['matching.match.signed-up', 'matching.match.withdrawn']);
    });

    it('takes sign-ups only for one-off activities', async () => {
      const response = await post(`/v1/activities/${centre.vacancyId}/sign-ups`, await volunteerToken(centre.volunteers[0]!));

      expect(response.status).toBe(409);
      expect(response.body.type).toMatch(/not-a-one-off-activity$/);
    });
  });
}
