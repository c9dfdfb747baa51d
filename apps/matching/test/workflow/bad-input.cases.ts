import { runInTenant } from '@vc/service-kit';
import type { MatchingTestApp } from '../matching-test-app.js';
import type { SharedApp } from './shared-app.js';
import { seedWorkflowCentre, typesOf, type WorkflowCentre } from '../workflow-fixtures.js';

export function badInputCases(shared: SharedApp): void {
  /**
   * Every write endpoint of matches, mediation and placements, given bad input: a 400
   * application/problem+json with one entry per invalid field, nothing stored, no event.
   */
  describe('bad input on every matches, mediation and placements write endpoint', () => {
    let app: MatchingTestApp;
    let centre: WorkflowCentre;
    let tokens: Record<'consultant' | 'referrer' | 'volunteer' | 'coordinator' | 'school', string>;
    let matchId: string;
    let caseId: string;
    let placementId: string;
    let entryId: string;

    beforeAll(async () => {
      app = shared.app();
      centre = await seedWorkflowCentre(app, { volunteers: 2 });
      const volunteerId = centre.volunteers[0]!;
      tokens = {
        consultant: await app.token('consultant', { centreId: centre.centreId }),
        referrer: await app.token('referrer', { centreId: centre.centreId }),
        volunteer: await app.token('volunteer', { centreId: centre.centreId, volunteerId }),
        coordinator: await app.token('organisation-coordinator', { centreId: centre.centreId, organisationId: centre.organisationId }),
        school: await app.token('school-coordinator', { centreId: centre.centreId, organisationId: centre.organisationId }),
      };
      matchId = (await post('/v1/matches', 'consultant', { volunteerId, vacancyId: centre.vacancyId })).body.id;
      caseId = (await post('/v1/mediation-cases', 'consultant', { sourceOrganisation: 'Wijkteam', reason: 'Zoekt contact', consentGiven: true })).body.id;
      // A started placement of the other volunteer, with one logged entry, for the placement endpoints.
      const other = (await post('/v1/matches', 'consultant', { volunteerId: centre.volunteers[1], vacancyId: centre.vacancyId })).body.id;
      for (const step of ['interest', 'introduce', 'accept']) await post(`/v1/matches/${other}/${step}`, 'consultant');
      await post(`/v1/matches/${other}/start`, 'consultant', { startedOn: '2026-10-01' });
      placementId = (await app.http().get(`/v1/placements?matchId=${other}`).set('authorization', `Bearer ${tokens.consultant}`)).body.items[0].id;
      const otherVolunteer = await app.token('volunteer', { centreId: centre.centreId, volunteerId: centre.volunteers[1] });
      entryId = (await app.http().post(`/v1/placements/${placementId}/hours`).set('authorization', `Bearer ${otherVolunteer}`).send({ workedOn: '2026-10-02', hours: 1 })).body.id;
    });


    function post(path: string, who: keyof typeof tokens, body?: unknown) {
      return app.http().post(path).set('authorization', `Bearer ${tokens[who]}`).send(body as object);
    }

    const cases: Array<[string, keyof typeof tokens, () => string, unknown, string[]]> = [
      ['propose a match', 'consultant', () => '/v1/matches', { volunteerId: 'nobody', fromSuggestion: 'yes', score: 1 }, ['volunteerId', 'vacancyId', 'fromSuggestion', 'score']],
      ['sign up with a body', 'volunteer', () => `/v1/activities/${centre.activityId}/sign-ups`, { places: 2 }, ['places']],
      ['say interested with a body', 'volunteer', () => `/v1/matches/${matchId}/interest`, { note: 'graag' }, ['note']],
      ['introduce with a body', 'consultant', () => `/v1/matches/${matchId}/introduce`, { when: 'now' }, ['when']],
      ['accept with a body', 'coordinator', () => `/v1/matches/${matchId}/accept`, { reason: 'x' }, ['reason']],
      ['decline with a body', 'coordinator', () => `/v1/matches/${matchId}/decline`, { reason: 'x' }, ['reason']],
      ['withdraw with a body', 'volunteer', () => `/v1/matches/${matchId}/withdraw`, { reason: 'x' }, ['reason']],
      ['start with a wrong date and MaS terms', 'consultant', () => `/v1/matches/${matchId}/start`, { startedOn: '2026-13-01', mas: { requiredHours: 0, schoolOrganisationId: 'school' } }, ['startedOn', 'mas.requiredHours', 'mas.schoolOrganisationId']],
      ['start in the future', 'consultant', () => `/v1/matches/${matchId}/start`, { startedOn: '2099-01-01' }, ['startedOn']],
      ['start with MaS hours that are no quarters', 'consultant', () => `/v1/matches/${matchId}/start`, { mas: { requiredHours: 30.1, schoolOrganisationId: '6f1f0d36-3a57-4d6b-9f44-0a9f1d2c3b4e' } }, ['mas.requiredHours']],
      ['end without outcome or evaluation', 'consultant', () => `/v1/matches/${matchId}/end`, { outcome: 'great', evaluation: '   ' }, ['outcome', 'evaluation']],
      ['end in the future', 'consultant', () => `/v1/matches/${matchId}/end`, { outcome: 'completed', evaluation: 'Goed', endedOn: '2099-01-01' }, ['endedOn']],
      ['refer without consent', 'referrer', () => '/v1/referrals', { reason: '', consentGiven: false, volunteerId: 'x' }, ['sourceOrganisation', 'reason', 'consentGiven', 'volunteerId']],
      ['open a case with text too long', 'consultant', () => '/v1/mediation-cases', { sourceOrganisation: 'x'.repeat(201), reason: 'y', consentGiven: true }, ['sourceOrganisation']],
      ['assign a blank consultant', 'consultant', () => `/v1/mediation-cases/${caseId}/assign`, { consultantId: ' ' }, ['consultantId']],
      ['record an intake without goals', 'consultant', () => `/v1/mediation-cases/${caseId}/intake`, { goals: 5, intakeOn: 'morgen' }, ['goals', 'intakeOn']],
      ['place without a match', 'consultant', () => `/v1/mediation-cases/${caseId}/placement`, { matchId: 'm-1', placedOn: '2026-02-30' }, ['matchId', 'placedOn']],
      ['close as erased', 'consultant', () => `/v1/mediation-cases/${caseId}/close`, { outcome: 'erased' }, ['outcome']],
      ['close in the future', 'consultant', () => `/v1/mediation-cases/${caseId}/close`, { outcome: 'placed', closedOn: '2099-01-01' }, ['closedOn']],
      ['add an empty note', 'consultant', () => `/v1/mediation-cases/${caseId}/notes`, { text: '' }, ['text']],
      ['record a follow-up with a wrong day and an empty note', 'consultant', () => `/v1/mediation-cases/${caseId}/follow-ups/${caseId}/done`, { doneOn: '2099-13-01', note: '' }, ['doneOn', 'note']],
      ['record a follow-up in the future', 'consultant', () => `/v1/mediation-cases/${caseId}/follow-ups/${caseId}/done`, { doneOn: '2099-01-01' }, ['doneOn']],
      ['withdraw consent with a body', 'consultant', () => `/v1/mediation-cases/${caseId}/consent/withdraw`, { why: 'x' }, ['why']],
      ['log hours without a day', 'volunteer', () => `/v1/placements/${placementId}/hours`, { hours: '2' }, ['workedOn', 'hours']],
      ['confirm hours with a body', 'coordinator', () => `/v1/placements/${placementId}/hours/${entryId}/confirm`, { hours: 2 }, ['hours']],
      ['sign off with a body', 'school', () => `/v1/placements/${placementId}/sign-off`, { grade: 'A' }, ['grade']],
    ];

    it.each(cases)('%s: 400 problem+json naming each field', async (_what, who, path, body, fields) => {
      const response = await post(path(), who, body);

      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.type).toMatch(/validation$/);
      expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([...fields].sort());
    });

    it('stored nothing and published nothing for any of them', async () => {
      const [stored] = await runInTenant(app.running.dataSource, { centreId: centre.centreId }, (m) =>
        m.query(
          `SELECT (SELECT count(*)::int FROM match) AS matches,
                  (SELECT status FROM match WHERE id = $1) AS match_status,
                  (SELECT count(*)::int FROM mediation_case) AS cases,
                  (SELECT status FROM mediation_case WHERE id = $2) AS case_status,
                  (SELECT count(*)::int FROM mediation_note) AS notes,
                  (SELECT consent_withdrawn_at IS NULL FROM mediation_case WHERE id = $2) AS consent_stands,
                  (SELECT count(*)::int FROM hours_entry) AS hours,
                  (SELECT count(*)::int FROM hours_entry WHERE status = 'confirmed') AS confirmed,
                  (SELECT count(*)::int FROM activity_booking) AS bookings`,
          [matchId, caseId],
        ),
      );
      expect(stored).toEqual({
        matches: 2,
        match_status: 'proposed',
        cases: 1,
        case_status: 'referred',
        notes: 0,
        consent_stands: true,
        hours: 1,
        confirmed: 0,
        bookings: 0,
      });

      // One valid step each: their events follow the creations directly, with nothing in between.
      await post(`/v1/matches/${matchId}/withdraw`, 'consultant');
      await post(`/v1/mediation-cases/${caseId}/close`, 'consultant', { outcome: 'no-suitable-work' });
      expect(typesOf(await app.eventsAbout(matchId, 2))).toEqual(['matching.match.proposed', 'matching.match.withdrawn']);
      expect(typesOf(await app.eventsAbout(caseId, 2))).toEqual(['matching.mediation-case.referred', 'matching.mediation-case.closed']);
      expect(typesOf(await app.eventsAbout(placementId, 2))).toEqual(['matching.placement.started', 'matching.placement.hours-logged']);
    });
  });
}
