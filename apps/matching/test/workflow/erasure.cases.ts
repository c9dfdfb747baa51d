import { volunteerErasedV1 } from '@vc/contracts';
import { runInTenant } from '@vc/service-kit';
import { eventually } from '@vc/testing';
import type { MatchingTestApp } from '../matching-test-app.js';
import type { SharedApp } from './shared-app.js';
import { payloadOf, seedWorkflowCentre, typesOf, type WorkflowCentre } from '../workflow-fixtures.js';

export function erasureCases(shared: SharedApp): void {
  describe('erasure of a volunteer (registrations.volunteer.erased)', () => {
    let app: MatchingTestApp;
    let centre: WorkflowCentre;
    let consultant: string;

    beforeAll(async () => {
      app = shared.app();
      centre = await seedWorkflowCentre(app, { volunteers: 2, activityPlaces: 2 });
      consultant = await app.token('consultant', { centreId: centre.centreId });
    });


    const post = (path: string, token: string, body?: object) => app.http().post(path).set('authorization', `Bearer ${token}`).send(body);
    const inCentre = <T>(sql: string, parameters: unknown[]) =>
      runInTenant(app.running.dataSource, { centreId: centre.centreId }, (m) => m.query(sql, parameters) as Promise<T>);

    it('withdraws open matches, anonymises what stays, removes mediation data and keeps only counts', async () => {
      const [erased, kept] = centre.volunteers as [string, string];
      const volunteer = await app.token('volunteer', { centreId: centre.centreId, volunteerId: erased });
      // A started match with confirmed hours, an open proposal, a one-off sign-up and a mediation case with a note.
      const started = (await post('/v1/matches', consultant, { volunteerId: erased, vacancyId: centre.vacancyId })).body.id as string;
      for (const step of ['interest', 'introduce', 'accept']) await post(`/v1/matches/${started}/${step}`, consultant);
      await post(`/v1/matches/${started}/start`, consultant, { startedOn: '2026-10-01' });
      const placementId = (await app.http().get(`/v1/placements?matchId=${started}`).set('authorization', `Bearer ${consultant}`)).body.items[0].id;
      const entry = await post(`/v1/placements/${placementId}/hours`, volunteer, { workedOn: '2026-10-02', hours: 3 });
      const coordinator = await app.token('organisation-coordinator', { centreId: centre.centreId, organisationId: centre.organisationId });
      await post(`/v1/placements/${placementId}/hours/${entry.body.id}/confirm`, coordinator);
      const signUp = (await post(`/v1/activities/${centre.activityId}/sign-ups`, volunteer)).body.id as string;
      const otherMatch = (await post('/v1/matches', consultant, { volunteerId: kept, vacancyId: centre.vacancyId })).body.id as string;
      const caseId = (await post('/v1/mediation-cases', consultant, { sourceOrganisation: 'Wijkteam Zuid', reason: 'Eenzaam na verhuizing', consentGiven: true, volunteerId: erased })).body.id as string;
      await post(`/v1/mediation-cases/${caseId}/notes`, consultant, { text: 'Eerste gesprek: wil graag buiten werken.' });

      await app.publishRegistrationsEvent(
        volunteerErasedV1,
        { volunteerId: erased, centreId: centre.centreId, regionId: centre.regionId, erasedAt: new Date().toISOString() },
        centre,
      );

      await eventually(async () => {
        const [{ left }] = await inCentre<Array<{ left: number }>>(`SELECT count(*)::int AS left FROM match WHERE volunteer_id = $1`, [erased]);
        expect(left).toBe(0);
      }, 30_000);
      const matches = await inCentre<Array<{ id: string; status: string; volunteer_id: string | null }>>(
        `SELECT id, status, volunteer_id FROM match WHERE id = ANY($1::uuid[]) ORDER BY id`,
        [[started, signUp, otherMatch]],
      );
      expect(Object.fromEntries(matches.map((m) => [m.id, `${m.status} ${m.volunteer_id ?? 'anonymous'}`]))).toEqual({
        [started]: 'withdrawn anonymous',
        [signUp]: 'withdrawn anonymous',
        [otherMatch]: `proposed ${kept}`,
      });
      const [counts] = await inCentre<Array<Record<string, number | null>>>(
        `SELECT (SELECT taken FROM activity_booking WHERE vacancy_id = $2) AS places_taken,
                (SELECT count(*)::int FROM placement WHERE volunteer_id IS NULL AND id = $3) AS anonymous_placements,
                (SELECT sum(hours)::float8 FROM hours_entry WHERE placement_id = $3) AS hours_kept,
                (SELECT count(*)::int FROM volunteer_hours_total WHERE volunteer_id = $1) AS totals,
                (SELECT count(*)::int FROM mediation_note WHERE case_id = $4) AS notes`,
        [erased, centre.activityId, placementId, caseId],
      );
      expect(counts).toEqual({ places_taken: 0, anonymous_placements: 1, hours_kept: 3, totals: 0, notes: 0 });
      const [mediationCase] = await inCentre<Array<Record<string, unknown>>>(
        `SELECT volunteer_id, referral_reason, source_organisation, goals, referrer_subject, status, outcome FROM mediation_case WHERE id = $1`,
        [caseId],
      );
      expect(mediationCase).toEqual({
        volunteer_id: null,
        referral_reason: null,
        source_organisation: null,
        goals: null,
        referrer_subject: null,
        status: 'closed',
        outcome: 'erased',
      });

      const withdrawn = await app.eventsAbout(started, 6);
      expect(typesOf(withdrawn).at(-1)).toBe('matching.match.withdrawn');
      expect(payloadOf(withdrawn.at(-1)!)).not.toHaveProperty('volunteerId');
      expect(typesOf(await app.eventsAbout(caseId, 2))).toEqual(['matching.mediation-case.referred', 'matching.mediation-case.closed']);
    });

    it('changes nothing more when the person is erased again', async () => {
      const countTransitions = () => inCentre<Array<{ count: number }>>(`SELECT count(*)::int AS count FROM match_transition WHERE centre_id = $1`, [centre.centreId]);
      const before = await countTransitions();
      const [erased] = centre.volunteers as [string];

      const again = await app.publishRegistrationsEvent(
        volunteerErasedV1,
        { volunteerId: erased, centreId: centre.centreId, regionId: centre.regionId, erasedAt: new Date().toISOString() },
        centre,
      );
      await eventually(async () => {
        const handled = await app.running.dataSource.query(`SELECT 1 FROM inbox_message WHERE event_id = $1`, [again.id]);
        expect(handled).toHaveLength(1);
      }, 30_000);

      expect(await countTransitions()).toEqual(before);
    });
  });
}
