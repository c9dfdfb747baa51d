import { runInTenant } from '@vc/service-kit';
import { randomUUID } from 'node:crypto';
import { FollowUpReminderScheduler } from '../../src/mediation/follow-ups/follow-up-reminder.scheduler.js';
import type { MatchingTestApp } from '../matching-test-app.js';
import type { SharedApp } from './shared-app.js';
import { payloadOf, seedWorkflowCentre, typesOf, type WorkflowCentre } from '../workflow-fixtures.js';

/** Text that must never leave the service; every published record is searched for it. */
const SECRET = {
  reason: `Verwezen na burn-out en schulden ${randomUUID()}`,
  source: `Sociaal wijkteam Overvecht ${randomUUID()}`,
  goals: `Structuur in de week, weer onder de mensen ${randomUUID()}`,
  note: `Vertelde over de scheiding, wil langzaam opbouwen ${randomUUID()}`,
  followUpNote: `Gaat goed, twee ochtenden per week ${randomUUID()}`,
  evaluation: `Voorzichtig begonnen ${randomUUID()}`,
};

export function mediationCases(shared: SharedApp): void {
  describe('mediation cases', () => {
    let app: MatchingTestApp;
    let centre: WorkflowCentre;
    let consultant: string;
    let referrer: string;

    beforeAll(async () => {
      app = shared.app();
      centre = await seedWorkflowCentre(app, { volunteers: 3 });
      consultant = await app.token('consultant', { centreId: centre.centreId, subject: 'consultant-anna' });
      referrer = await app.token('referrer', { centreId: centre.centreId, subject: 'referrer-wijkteam-1' });
    });


    const post = (path: string, token: string, body?: object) => app.http().post(path).set('authorization', `Bearer ${token}`).send(body);
    const get = (path: string, token: string) => app.http().get(path).set('authorization', `Bearer ${token}`);

    /** Referral → assigned → intake → a match that starts → placed on `placedOn`. */
    async function placedCase(volunteerId: string, placedOn: string, referredBy = referrer): Promise<{ caseId: string; matchId: string }> {
      const referral = await post('/v1/referrals', referredBy, { sourceOrganisation: SECRET.source, reason: SECRET.reason, consentGiven: true });
      expect(referral.status).toBe(201);
      const caseId = referral.body.id as string;
      expect((await post(`/v1/mediation-cases/${caseId}/assign`, consultant, {})).body).toMatchObject({ status: 'assigned', consultantId: 'consultant-anna' });
      expect((await post(`/v1/mediation-cases/${caseId}/intake`, consultant, { goals: SECRET.goals, volunteerId })).body.status).toBe('intake-done');
      const match = await post('/v1/matches', consultant, { volunteerId, vacancyId: centre.vacancyId, mediationCaseId: caseId });
      expect(match.status).toBe(201);
      const matchId = match.body.id as string;
      for (const step of ['interest', 'introduce', 'accept']) expect((await post(`/v1/matches/${matchId}/${step}`, consultant)).status).toBe(200);
      expect((await post(`/v1/matches/${matchId}/start`, consultant, { startedOn: placedOn })).status).toBe(200);
      const placed = await post(`/v1/mediation-cases/${caseId}/placement`, consultant, { matchId });
      expect(placed.status).toBe(200);
      return { caseId, matchId };
    }

    it('runs from referral to placement with follow-ups 3 and 6 months after it, and closes with an outcome', async () => {
      const volunteerId = centre.volunteers[0]!;
      const { caseId, matchId } = await placedCase(volunteerId, '2026-08-31');

      const view = await get(`/v1/mediation-cases/${caseId}`, consultant);
      expect(view.body).toMatchObject({ status: 'placed', volunteerId, placedOn: '2026-08-31', placementMatchId: matchId });
      expect(view.body.followUps.map((f: { kind: string; dueOn: string }) => `${f.kind} ${f.dueOn}`)).toEqual(['3-months 2026-11-30', '6-months 2027-02-28']);
      const proposed = await get(`/v1/matches?mediationCaseId=${caseId}`, consultant);
      expect(proposed.body.items.map((m: { id: string; mediationCaseId: string }) => [m.id, m.mediationCaseId])).toEqual([[matchId, caseId]]);
      expect(JSON.stringify(view.body)).not.toContain(SECRET.reason);
      expect(JSON.stringify(view.body)).not.toContain(SECRET.goals);

      const closed = await post(`/v1/mediation-cases/${caseId}/close`, consultant, { outcome: 'placed' });
      expect(closed.body).toMatchObject({ status: 'closed', outcome: 'placed' });
      const types = typesOf(await app.eventsAbout(caseId, 5));
      expect(types.slice(0, 4)).toEqual([
        'matching.mediation-case.referred',
        'matching.mediation-case.consultant-assigned',
        'matching.mediation-case.intake-recorded',
        'matching.mediation-case.placed',
      ]);
      expect(types).toContain('matching.mediation-case.closed');
    });

    it('publishes each due follow-up reminder by itself, exactly once, even with several passes at once', async () => {
      const { caseId } = await placedCase(centre.volunteers[1]!, '2025-01-10');
      const scheduler = app.running.app.get(FollowUpReminderScheduler);

      // Both follow-ups (2025-04-10 and 2025-07-10) are due: the service's own timer reminds of them.
      const reminders = await app.probe!.waitFor(
        (all) => all.filter((r) => r.key === caseId && r.headers.ce_type === 'matching.mediation-case.follow-up-fell-due').length >= 2,
      );
      // Passes racing each other (as on several replicas) find nothing left to remind of.
      expect(await Promise.all([1, 2, 3, 4].map(() => scheduler.publishDueFollowUps()))).toEqual([0, 0, 0, 0]);
      const fellDue = reminders.filter((r) => r.key === caseId && r.headers.ce_type === 'matching.mediation-case.follow-up-fell-due');
      expect(fellDue.map((r) => (payloadOf(r).followUp as { kind: string }).kind).sort()).toEqual(['3-months', '6-months']);
      expect(payloadOf(fellDue[0]!)).toMatchObject({ caseId, status: 'placed', consultantId: 'consultant-anna' });

      // Recording a follow-up is the case's next event: once it arrived, every earlier one has too.
      const followUpId = (await get(`/v1/mediation-cases/${caseId}`, consultant)).body.followUps[0].id;
      const done = await post(`/v1/mediation-cases/${caseId}/follow-ups/${followUpId}/done`, consultant, { doneOn: '2025-04-14', note: SECRET.followUpNote });
      expect(done.body.followUps[0]).toMatchObject({ reminded: true, doneOn: '2025-04-14' });
      const all = await app.probe!.waitFor((records) => records.some((r) => r.key === caseId && r.headers.ce_type === 'matching.mediation-case.follow-up-recorded'));
      expect(all.filter((r) => r.key === caseId && r.headers.ce_type === 'matching.mediation-case.follow-up-fell-due')).toHaveLength(2);
    });

    it('shows a referrer only the status of their own referrals, and nothing once consent is withdrawn', async () => {
      const otherReferrer = await app.token('referrer', { centreId: centre.centreId, subject: 'referrer-coa-7' });
      const { caseId } = await placedCase(centre.volunteers[2]!, '2026-02-02');

      const seen = await get(`/v1/referrals/${caseId}`, referrer);
      expect(seen.body).toEqual({ id: caseId, status: 'placed', referredOn: expect.any(String) });
      expect((await get(`/v1/referrals/${caseId}`, otherReferrer)).status).toBe(404);
      expect((await get('/v1/referrals', otherReferrer)).body.items.map((r: { id: string }) => r.id)).not.toContain(caseId);
      expect((await get(`/v1/mediation-cases/${caseId}`, referrer)).status).toBe(403);

      const volunteer = await app.token('volunteer', { centreId: centre.centreId, volunteerId: centre.volunteers[2]! });
      expect((await post(`/v1/mediation-cases/${caseId}/consent/withdraw`, volunteer)).status).toBe(200);

      expect((await get(`/v1/referrals/${caseId}`, referrer)).status).toBe(404);
      expect((await get('/v1/referrals', referrer)).body.items.map((r: { id: string }) => r.id)).not.toContain(caseId);
      expect((await get(`/v1/mediation-cases/${caseId}`, consultant)).body).toMatchObject({ status: 'placed', consentWithdrawn: true });
    });

    it('lets only the centre’s consultants read the case file, and audits every read', async () => {
      const referral = await post('/v1/referrals', referrer, { sourceOrganisation: SECRET.source, reason: SECRET.reason, consentGiven: true });
      const caseId = referral.body.id as string;
      expect((await post(`/v1/mediation-cases/${caseId}/notes`, consultant, { text: SECRET.note })).status).toBe(201);
      const otherCentre = await app.token('consultant', { centreId: randomUUID() });
      const coordinator = await app.token('organisation-coordinator', { centreId: centre.centreId, organisationId: centre.organisationId });
      const admin = await app.token('centre-admin', { centreId: centre.centreId });

      for (const token of [referrer, coordinator, admin]) expect((await get(`/v1/mediation-cases/${caseId}/file`, token)).status).toBe(403);
      expect((await get(`/v1/mediation-cases/${caseId}/file`, otherCentre)).status).toBe(404);
      const file = await get(`/v1/mediation-cases/${caseId}/file`, consultant);
      await get(`/v1/mediation-cases/${caseId}/file`, consultant);

      expect(file.body).toMatchObject({ referralReason: SECRET.reason, sourceOrganisation: SECRET.source, notes: [{ text: SECRET.note, author: 'consultant-anna' }] });
      const audit = await runInTenant(app.running.dataSource, { centreId: centre.centreId }, (m) =>
        m.query(`SELECT read_by FROM mediation_note_read WHERE case_id = $1`, [caseId]),
      );
      expect(audit).toEqual([{ read_by: 'consultant-anna' }, { read_by: 'consultant-anna' }]);
    });

    it('never lets a note, referral reason, goal, source or evaluation leave the service', async () => {
      // A match of a mediated person that ends with an evaluation, then wait for its last event.
      const matches = await get(`/v1/matches?volunteerId=${centre.volunteers[0]}`, consultant);
      const matchId = matches.body.items[0].id as string;
      await post(`/v1/matches/${matchId}/end`, consultant, { outcome: 'completed', evaluation: SECRET.evaluation });
      await app.eventsAbout(matchId, 6);

      const records = app.probe!.records;
      expect(records.length).toBeGreaterThan(20);
      const published = records.map((r) => `${r.value} ${JSON.stringify(r.headers)}`).join('\n');
      for (const [what, text] of Object.entries(SECRET)) {
        expect({ what, found: published.includes(text) }).toEqual({ what, found: false });
      }
      expect(published).not.toMatch(/referral|reason|goals|note|evaluation|sourceOrganisation/i);
    });
  });
}
