import {
  dealFollowUpRequestedV1,
  mediationCaseFollowUpFellDueV1,
  organisationContactChangedV1,
  type DealFollowUpRequestedV1,
  type MediationFollowUpV1,
  type OrganisationContactChangedV1,
} from '@vc/contracts';
import { randomUUID } from 'node:crypto';
import { NotificationsTestApp, type Centre } from './notifications-test-app.js';

/**
 * The last rules of issue 5 (ADR 44): a consultant's follow-up reminder in their own in-app inbox
 * (no contact data for staff exists here), and the Beursvloer deal follow-up to the organisation's
 * coordinators by email; the business side goes to the business (business-rules.int-spec.ts, ADR 46).
 */
describe('staff inbox and Beursvloer follow-up', () => {
  let app: NotificationsTestApp;
  let centre: Centre;
  let other: Centre;

  beforeAll(async () => {
    app = await NotificationsTestApp.start();
    centre = await app.centre('Vrijwilligerscentrale Utrecht');
    other = await app.centre('Steunpunt Zeist');
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe("a consultant's follow-up reminder", () => {
    function followUp(consultantId: string | undefined, change: { caseId?: string; kind?: '3-months' | '6-months'; of?: Centre } = {}): MediationFollowUpV1 {
      const of = change.of ?? centre;
      return {
        caseId: change.caseId ?? randomUUID(),
        centreId: of.centreId,
        regionId: of.regionId,
        status: 'placed',
        ...(consultantId ? { consultantId } : {}),
        referredOn: '2027-01-04',
        intakeOn: '2027-01-12',
        placedOn: '2027-02-01',
        changedAt: new Date().toISOString(),
        followUp: { followUpId: randomUUID(), kind: change.kind ?? '3-months', dueOn: change.kind === '6-months' ? '2027-08-01' : '2027-05-01' },
      };
    }

    /** Partitioned by case, as matching publishes them: later events of a case come after earlier ones. */
    const fields = (payload: MediationFollowUpV1, of: Centre = centre) => ({ subject: payload.caseId, centreId: of.centreId, regionId: of.regionId, payload });

    const inbox = (token: string, query = '') => app.http().get(`/v1/me/messages${query}`).set('Authorization', `Bearer ${token}`);
    const unread = async (token: string) => (await app.http().get('/v1/me/messages/unread-count').set('Authorization', `Bearer ${token}`)).body;

    it('puts the reminder in the assigned consultant’s inbox only, in Dutch, without anything about the volunteer; read and counted like a volunteer’s', async () => {
      const consultantId = `user-consultant-${randomUUID().slice(0, 8)}`;
      const payload = followUp(consultantId);
      await app.publish('matching', mediationCaseFollowUpFellDueV1, fields(payload));
      await app.until(`SELECT 1 FROM in_app_message WHERE staff_subject = $1`, [consultantId]);

      const mine = await app.token('consultant', { subject: consultantId, centreId: centre.centreId });
      const list = await inbox(mine);
      expect(list.status).toBe(200);
      expect(list.body).toEqual([expect.objectContaining({ title: 'Follow-up na 3 maanden is vandaag aan de beurt', category: 'transactional', readAt: null })]);
      expect(list.body[0].body).toContain(`De follow-up na 3 maanden van bemiddelingstraject ${payload.caseId} is vandaag (2027-05-01) aan de beurt.`);
      expect(list.body[0].body).toContain('Vrijwilligerscentrale Utrecht');
      expect(await unread(mine)).toEqual({ unread: 1 });
      // In-app only: no email, no SMS, nobody's address; the log names no volunteer.
      expect(await app.sql(`SELECT recipient_kind, volunteer_id, channel, template, status, recipient FROM delivery WHERE staff_subject = $1`, [consultantId])).toEqual([
        { recipient_kind: 'staff', volunteer_id: null, channel: 'in-app', template: 'consultant-follow-up-due', status: 'sent', recipient: null },
      ]);

      const anotherConsultant = await app.token('consultant', { centreId: centre.centreId });
      const volunteer = await app.token('volunteer', { centreId: centre.centreId, volunteerId: consultantId });
      const sameSubjectElsewhere = await app.token('consultant', { subject: consultantId, centreId: other.centreId });
      for (const stranger of [anotherConsultant, volunteer, sameSubjectElsewhere]) {
        expect((await inbox(stranger)).body).toEqual([]);
        expect(await unread(stranger)).toEqual({ unread: 0 });
        expect((await app.http().post(`/v1/me/messages/${list.body[0].id}/read`).set('Authorization', `Bearer ${stranger}`)).status).toBe(404);
      }
      expect(await unread(mine)).toEqual({ unread: 1 });

      expect((await app.http().post(`/v1/me/messages/${list.body[0].id}/read`).set('Authorization', `Bearer ${mine}`)).status).toBe(204);
      expect(await unread(mine)).toEqual({ unread: 0 });
      expect((await inbox(mine, '?unread=true')).body).toEqual([]);
      expect((await inbox(mine)).body).toEqual([expect.objectContaining({ readAt: expect.any(String) })]);
    });

    it('adds nothing for a redelivered event, nor for another event reporting the same follow-up', async () => {
      const consultantId = `user-consultant-${randomUUID().slice(0, 8)}`;
      const three = followUp(consultantId);
      const id = await app.publish('matching', mediationCaseFollowUpFellDueV1, fields(three));
      await app.until(`SELECT 1 FROM in_app_message WHERE staff_subject = $1`, [consultantId]);
      await app.republish('matching', mediationCaseFollowUpFellDueV1, fields(three), id);
      await app.publish('matching', mediationCaseFollowUpFellDueV1, fields(three)); // a new event id, the same follow-up
      // A later event of the case proves the two before it were consumed.
      const six = { ...followUp(consultantId, { caseId: three.caseId, kind: '6-months' }) };
      await app.publish('matching', mediationCaseFollowUpFellDueV1, fields(six));
      await app.until(`SELECT 1 FROM in_app_message WHERE staff_subject = $1 HAVING count(*) = 2`, [consultantId]);

      const mine = await app.token('consultant', { subject: consultantId, centreId: centre.centreId });
      expect((await inbox(mine)).body.map((m: { title: string }) => m.title).sort()).toEqual([
        'Follow-up na 3 maanden is vandaag aan de beurt',
        'Follow-up na 6 maanden is vandaag aan de beurt',
      ]);
      expect(await unread(mine)).toEqual({ unread: 2 });
      expect(await app.sql(`SELECT count(*)::int AS n FROM delivery WHERE staff_subject = $1`, [consultantId])).toEqual([{ n: 2 }]);
    });

    it('queues nothing when no consultant is assigned', async () => {
      const consultantId = `user-consultant-${randomUUID().slice(0, 8)}`;
      const unassigned = followUp(undefined);
      await app.publish('matching', mediationCaseFollowUpFellDueV1, fields(unassigned));
      // The same partition (subject), so once this one is in, the unassigned one was handled.
      const assigned = followUp(consultantId);
      await app.publish('matching', mediationCaseFollowUpFellDueV1, { ...fields(assigned), subject: unassigned.caseId });
      await app.until(`SELECT 1 FROM in_app_message WHERE staff_subject = $1`, [consultantId]);

      expect(await app.sql(`SELECT 1 FROM delivery WHERE variables->>'caseId' = $1`, [unassigned.caseId])).toEqual([]);
      expect(await app.sql(`SELECT 1 FROM in_app_message WHERE body LIKE '%' || $1 || '%'`, [unassigned.caseId])).toEqual([]);
    });

    it.each([
      ['GET /v1/me/messages?unread=yes', (t: string) => app.http().get('/v1/me/messages?unread=yes').set('Authorization', `Bearer ${t}`), 'unread'],
      ['POST /v1/me/messages/not-a-uuid/read', (t: string) => app.http().post('/v1/me/messages/not-a-uuid/read').set('Authorization', `Bearer ${t}`), 'id'],
    ] as const)('answers %s from a consultant with a 400 problem naming the field', async (_case, call, field) => {
      const token = await app.token('consultant', { centreId: centre.centreId });
      const response = await call(token);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    });

    it('still refuses a role without an inbox (403) and a call without a token (401)', async () => {
      const coordinator = await app.token('organisation-coordinator', { centreId: centre.centreId, organisationId: randomUUID() });
      expect((await inbox(coordinator)).status).toBe(403);
      expect((await app.http().get('/v1/me/messages/unread-count')).status).toBe(401);
    });
  });

  describe('the Beursvloer deal follow-up', () => {
    interface Organisation {
      organisationId: string;
      coordinators: Array<{ name: string; email: string }>;
    }

    async function organisationWithContact(): Promise<Organisation> {
      const tag = randomUUID().slice(0, 8);
      const org = {
        organisationId: randomUUID(),
        coordinators: [
          { name: 'Fatima Benali', email: `fatima-${tag}@buurtkracht.example` },
          { name: 'Kees de Boer', email: `kees-${tag}@buurtkracht.example` },
        ],
      };
      const payload: OrganisationContactChangedV1 = { organisationId: org.organisationId, centreId: centre.centreId, organisationName: 'Stichting Buurtkracht Overvecht', coordinators: org.coordinators };
      await app.publish('registrations', organisationContactChangedV1, { subject: org.organisationId, centreId: centre.centreId, regionId: centre.regionId, payload });
      await app.until(`SELECT 1 FROM organisation_contact WHERE organisation_id = $1`, [org.organisationId]);
      return org;
    }

    function deal(org: Organisation, contactParty: 'organisation' | 'business', subject?: string) {
      const payload: DealFollowUpRequestedV1 = {
        dealId: randomUUID(),
        centreId: centre.centreId,
        beursvloerId: randomUUID(),
        businessId: randomUUID(),
        organisationId: org.organisationId,
        contactParty,
        contactDueOn: '2027-10-21',
      };
      return { subject: subject ?? payload.dealId, centreId: centre.centreId, regionId: centre.regionId, payload };
    }

    const mailsToEach = (org: Organisation, count: number) => Promise.all(org.coordinators.map((c) => app.mailsTo(c.email, count)));

    it('emails each coordinator once, in Dutch, with the contact deadline; a redelivered or repeated event sends nothing new', async () => {
      const org = await organisationWithContact();
      const first = deal(org, 'organisation');
      const id = await app.publish('partnerships', dealFollowUpRequestedV1, first);
      const [toFatima, toKees] = await mailsToEach(org, 1);
      expect(toFatima![0]!.subject).toBe('Beursvloer-deal: neem contact op met het bedrijf');
      expect(toFatima![0]!.text).toContain('Beste Fatima Benali,');
      expect(toFatima![0]!.text).toContain('Jullie zouden uiterlijk 21 oktober 2027 contact opnemen met het bedrijf');
      expect(toFatima![0]!.to).toMatchObject({ text: org.coordinators[0]!.email });
      expect(toKees![0]!.text).toContain('Beste Kees de Boer,');

      await app.republish('partnerships', dealFollowUpRequestedV1, first, id);
      await app.publish('partnerships', dealFollowUpRequestedV1, first); // a new event id, the same deal
      // Another deal on the same partition: once its mails are in, the two before were consumed.
      await app.publish('partnerships', dealFollowUpRequestedV1, deal(org, 'organisation', first.subject));
      const mails = await mailsToEach(org, 2);
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const received of mails) expect(received).toHaveLength(2);
      expect(await app.sql(`SELECT contact_email, status FROM delivery WHERE organisation_id = $1 AND template = 'organisation-deal-follow-up' ORDER BY contact_email`, [org.organisationId])).toEqual(
        [...org.coordinators, ...org.coordinators].map((c) => ({ contact_email: c.email, status: 'sent' })).sort((a, b) => a.contact_email.localeCompare(b.contact_email)),
      );
    });

    it("sends the organisation's coordinators nothing when the business is the party to contact", async () => {
      const businessSide = await organisationWithContact();
      const organisationSide = await organisationWithContact();
      const business = deal(businessSide, 'business');
      await app.publish('partnerships', dealFollowUpRequestedV1, business);
      await app.publish('partnerships', dealFollowUpRequestedV1, deal(organisationSide, 'organisation', business.subject));
      await mailsToEach(organisationSide, 1);

      expect(await app.sql(`SELECT 1 FROM delivery WHERE organisation_id = $1`, [businessSide.organisationId])).toEqual([]);
      for (const c of businessSide.coordinators) expect(app.smtp.to(c.email)).toEqual([]);
    });
  });
});
