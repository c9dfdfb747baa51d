import {
  certificateIssuedV1,
  sessionCancelledV1,
  enrolmentEnrolledV1,
  enrolmentWaitlistedV1,
  matchAcceptedV1,
  matchDeclinedV1,
  placementCompletedV1,
  placementHoursConfirmedV1,
  volunteerRegisteredV1,
  type MatchSnapshotV1,
  type PlacementHoursConfirmedV1,
  type PlacementSnapshotV1,
} from '@vc/contracts';
import { randomUUID } from 'node:crypto';
import { NotificationsTestApp, type Centre } from './notifications-test-app.js';
import { rawHeader } from './smtp-peer.js';
import { WebhookReceiver } from './webhook-receiver.js';

/** Each rule produces the right Dutch (or English) message for the right person, once. */
describe('email rules', () => {
  let app: NotificationsTestApp;
  let centre: Centre;
  let smsProvider: WebhookReceiver;

  beforeAll(async () => {
    smsProvider = await new WebhookReceiver().start();
    app = await NotificationsTestApp.start({ env: { SMS_PROVIDER_URL: smsProvider.url('/messages'), SMS_PROVIDER_TOKEN: 'sms-token', SMS_SENDER: 'Utrecht' } });
    centre = await app.centre('Vrijwilligerscentrale Utrecht');
  });

  afterAll(async () => {
    await app.stop();
    await smsProvider.stop();
  });

  it('welcomes a registered volunteer in Dutch, by name, from the directory, in plain text and HTML', async () => {
    const volunteerId = randomUUID();
    const { email } = await app.contact(centre, volunteerId, { firstName: 'Samira' });
    await app.publish('registrations', volunteerRegisteredV1, app.registration(centre, volunteerId));

    const [mail] = await app.mailsTo(email, 1);
    expect(mail!.subject).toBe('Welkom bij Vrijwilligerscentrale Utrecht');
    expect(mail!.text).toContain('Beste Samira,');
    expect(mail!.text).toContain('Welkom als vrijwilliger bij Vrijwilligerscentrale Utrecht!');
    expect(mail!.html).toContain('<p>Beste Samira,</p>');
    expect(rawHeader(mail!, 'list-unsubscribe')).toBeUndefined();
    const deliveries = await app.until(`SELECT 1 FROM delivery WHERE volunteer_id = $1 AND status = 'sent' AND channel = 'in-app'`, [volunteerId]);
    expect(deliveries).toHaveLength(1);
  });

  it('writes in English to a person who prefers it', async () => {
    const { email } = await app.welcomedVolunteer(centre, { preferredLanguage: 'en', firstName: 'Tom' });
    const [mail] = app.smtp.to(email);
    expect(mail!.subject).toBe('Welcome to Vrijwilligerscentrale Utrecht');
    expect(mail!.text).toContain('Dear Tom,');
  });

  it('sends the welcome once when the registration is delivered again', async () => {
    const volunteerId = randomUUID();
    const { email } = await app.contact(centre, volunteerId);
    const fields = app.registration(centre, volunteerId);
    const id = await app.publish('registrations', volunteerRegisteredV1, fields);
    await app.mailsTo(email, 1);
    await app.republish('registrations', volunteerRegisteredV1, fields, id);
    // A later message to the same person proves the redelivery was consumed in between (one partition per key).
    await app.publish('registrations', volunteerRegisteredV1, fields);

    await app.mailsTo(email, 2);
    const welcomes = await app.sql(`SELECT count(*)::int AS n FROM delivery WHERE volunteer_id = $1 AND channel = 'email'`, [volunteerId]);
    expect(welcomes).toEqual([{ n: 2 }]);
    expect(app.smtp.to(email)).toHaveLength(2);
  });

  it('waits for contact data that arrives after the registration', async () => {
    const volunteerId = randomUUID();
    await app.publish('registrations', volunteerRegisteredV1, app.registration(centre, volunteerId));
    await app.until(`SELECT 1 FROM delivery WHERE volunteer_id = $1 AND last_error = 'waiting for contact data'`, [volunteerId]);
    const { email } = await app.contact(centre, volunteerId, { firstName: 'Late' });

    const [mail] = await app.mailsTo(email, 1);
    expect(mail!.text).toContain('Beste Late,');
  });

  function match(volunteerId: string, status: MatchSnapshotV1['status']): MatchSnapshotV1 {
    return {
      matchId: randomUUID(),
      volunteerId,
      vacancyId: randomUUID(),
      organisationId: randomUUID(),
      centreId: centre.centreId,
      regionId: centre.regionId,
      status,
      origin: 'consultant',
      proposedOn: '2027-01-11',
      changedAt: new Date().toISOString(),
    };
  }

  it('tells the volunteer a match was accepted, and another was declined', async () => {
    const { volunteerId, email } = await app.welcomedVolunteer(centre);
    const accepted = match(volunteerId, 'accepted');
    await app.publish('matching', matchAcceptedV1, { subject: accepted.matchId, centreId: centre.centreId, regionId: centre.regionId, payload: accepted });
    const declined = match(volunteerId, 'declined');
    await app.publish('matching', matchDeclinedV1, { subject: declined.matchId, centreId: centre.centreId, regionId: centre.regionId, payload: declined });

    const mails = await app.mailsTo(email, 3);
    expect(mails.map((m) => m.subject).sort()).toEqual(['Goed nieuws: je kunt aan de slag', 'Over je voorstel voor vrijwilligerswerk', 'Welkom bij Vrijwilligerscentrale Utrecht']);
  });

  it('texts an accepted match to a volunteer with a phone number through the SMS provider, once, after a failure', async () => {
    smsProvider.script('/messages', [{ status: 503 }]);
    const phone = `+316${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const { volunteerId } = await app.welcomedVolunteer(centre, { firstName: 'Bram', phone });
    const accepted = match(volunteerId, 'accepted');
    await app.publish('matching', matchAcceptedV1, { subject: accepted.matchId, centreId: centre.centreId, regionId: centre.regionId, payload: accepted });

    const [sent] = await app.until(`SELECT attempts, recipient FROM delivery WHERE volunteer_id = $1 AND channel = 'sms' AND status = 'sent'`, [volunteerId]);
    expect(sent).toEqual({ attempts: 2, recipient: phone });
    const texts = smsProvider.at('/messages').filter((r) => JSON.parse(r.body).to === phone);
    expect(texts).toHaveLength(2);
    expect(texts[1]!.headers.authorization).toBe('Bearer sms-token');
    expect(JSON.parse(texts[1]!.body)).toEqual({
      to: phone,
      from: 'Utrecht',
      body: 'Goed nieuws Bram: de organisatie heeft je aangenomen. Je consulent neemt contact op. Vrijwilligerscentrale Utrecht',
      reference: expect.any(String),
    });
  });

  it('records an SMS the provider refuses (4xx) as failed without retrying, and skips people without a phone', async () => {
    smsProvider.script('/messages', [{ status: 422 }]);
    const phone = `+316${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const { volunteerId } = await app.welcomedVolunteer(centre, { phone });
    const noPhone = await app.welcomedVolunteer(centre);
    for (const person of [volunteerId, noPhone.volunteerId]) {
      const accepted = match(person, 'accepted');
      await app.publish('matching', matchAcceptedV1, { subject: accepted.matchId, centreId: centre.centreId, regionId: centre.regionId, payload: accepted });
    }

    const [failed] = await app.until(`SELECT attempts, last_error FROM delivery WHERE volunteer_id = $1 AND channel = 'sms' AND status = 'failed'`, [volunteerId]);
    expect(failed).toEqual({ attempts: 1, last_error: 'SMS provider answered HTTP 422' });
    const [skipped] = await app.until(`SELECT last_error FROM delivery WHERE volunteer_id = $1 AND channel = 'sms' AND status = 'skipped'`, [noPhone.volunteerId]);
    expect(skipped).toEqual({ last_error: 'no phone number for this person' });
  });

  it('sends nothing for a match whose volunteer was erased (no volunteer id)', async () => {
    const accepted = { ...match('x', 'accepted'), volunteerId: undefined };
    // Counted for this centre: other suites' events reach this service too.
    const before = (await app.sql(`SELECT count(*)::int AS n FROM delivery WHERE centre_id = $1`, [centre.centreId]))[0]!.n;
    const id = await app.publish('matching', matchAcceptedV1, { subject: accepted.matchId, centreId: centre.centreId, regionId: centre.regionId, payload: accepted });
    // The consumer's inbox records the event in the same transaction as anything it queued.
    await app.until(`SELECT 1 FROM inbox_message WHERE event_id = $1`, [id]);
    expect((await app.sql(`SELECT count(*)::int AS n FROM delivery WHERE centre_id = $1`, [centre.centreId]))[0]!.n).toBe(before);
  });

  it('confirms an enrolment and a place on the waiting list', async () => {
    const { volunteerId, email } = await app.welcomedVolunteer(centre);
    const enrolment = {
      enrolmentId: randomUUID(),
      sessionId: randomUUID(),
      courseId: randomUUID(),
      centreId: centre.centreId,
      participantCentreId: centre.centreId,
      volunteerId,
    };
    await app.publish('training', enrolmentWaitlistedV1, { subject: enrolment.enrolmentId, centreId: centre.centreId, regionId: centre.regionId, payload: { ...enrolment, status: 'waitlisted' } });
    const other = { ...enrolment, enrolmentId: randomUUID() };
    await app.publish('training', enrolmentEnrolledV1, { subject: other.enrolmentId, centreId: centre.centreId, regionId: centre.regionId, payload: { ...other, status: 'enrolled' } });

    const mails = await app.mailsTo(email, 3);
    expect(mails.map((m) => m.subject)).toEqual(expect.arrayContaining(['Je staat op de wachtlijst', 'Je bent ingeschreven voor de training']));
  });

  it('tells everyone a cancelled session affected, once each, with the date and time in Amsterdam', async () => {
    const enrolled = await app.welcomedVolunteer(centre, { firstName: 'Sanne' });
    const waiting = await app.welcomedVolunteer(centre, { firstName: 'Joris' });
    const sessionId = randomUUID();
    const cancelled = {
      subject: sessionId,
      centreId: centre.centreId,
      regionId: centre.regionId,
      payload: {
        sessionId,
        courseId: randomUUID(),
        centreId: centre.centreId,
        startsAt: '2027-03-12T18:30:00.000Z',
        affected: [
          { enrolmentId: randomUUID(), volunteerId: enrolled.volunteerId },
          { enrolmentId: randomUUID(), volunteerId: waiting.volunteerId },
        ],
      },
    };
    const id = await app.publish('training', sessionCancelledV1, cancelled);
    await app.mailsTo(enrolled.email, 2);
    await app.republish('training', sessionCancelledV1, cancelled, id);
    await app.until(`SELECT 1 FROM inbox_message WHERE event_id = $1`, [id]);

    for (const { volunteerId, email } of [enrolled, waiting]) {
      const notices = (await app.mailsTo(email, 2)).filter((m) => m.subject === 'Je training gaat niet door');
      expect(notices).toHaveLength(1);
      expect(notices[0]!.text).toContain('De training van 12 maart 2027 om 19:30 waarvoor je was ingeschreven');
      expect(await app.sql(`SELECT channel FROM delivery WHERE volunteer_id = $1 AND template = 'session-cancelled' ORDER BY channel`, [volunteerId])).toEqual([
        { channel: 'email' },
        { channel: 'in-app' },
      ]);
    }
  });

  it('congratulates on a certificate with the date in Dutch, with an unsubscribe link', async () => {
    const { volunteerId, email } = await app.welcomedVolunteer(centre);
    const certificateId = randomUUID();
    await app.publish('training', certificateIssuedV1, {
      subject: certificateId,
      centreId: centre.centreId,
      regionId: centre.regionId,
      payload: { certificateId, centreId: centre.centreId, volunteerId, kind: 'course', courseId: randomUUID(), placementId: null, issuedOn: '2027-03-19' },
    });

    const mails = await app.mailsTo(email, 2);
    const certificate = mails.find((m) => m.subject === 'Je certificaat staat klaar')!;
    expect(certificate.text).toContain('Op 19 maart 2027 is je certificaat uitgereikt.');
    expect(rawHeader(certificate, 'list-unsubscribe')).toMatch(/^<http:\/\/notifications\.test\/v1\/unsubscribe\?token=[\w-]+\.[\w-]+>$/);
    expect(rawHeader(certificate, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
  });

  function placement(volunteerId: string, change: Partial<PlacementSnapshotV1> = {}): PlacementSnapshotV1 {
    return {
      placementId: randomUUID(),
      matchId: randomUUID(),
      volunteerId,
      vacancyId: randomUUID(),
      organisationId: randomUUID(),
      centreId: centre.centreId,
      regionId: centre.regionId,
      status: 'active',
      mas: false,
      startedOn: '2027-02-01',
      confirmedHours: 0,
      changedAt: new Date().toISOString(),
      ...change,
    };
  }

  it('tells a student their MaS hours were signed off', async () => {
    const { volunteerId, email } = await app.welcomedVolunteer(centre);
    const completed = placement(volunteerId, { mas: true, requiredHours: 30, status: 'completed', confirmedHours: 31.5, completedOn: '2027-05-20' });
    await app.publish('matching', placementCompletedV1, { subject: completed.placementId, centreId: centre.centreId, regionId: centre.regionId, payload: completed });

    const mails = await app.mailsTo(email, 2);
    expect(mails.find((m) => m.subject === 'Je maatschappelijke stage is afgetekend')!.text).toContain('afgetekend: 31,5 uur');
  });

  it('thanks at an hour milestone once, however often the total is seen again', async () => {
    const { volunteerId, email } = await app.welcomedVolunteer(centre);
    const base = placement(volunteerId);
    const confirm = (total: number): PlacementHoursConfirmedV1 => ({
      ...base,
      confirmedHours: total,
      entry: { hoursEntryId: randomUUID(), workedOn: '2027-02-08', hours: 4 },
      volunteerConfirmedHours: total,
    });
    for (const total of [4, 8, 12, 12, 16]) {
      await app.publish('matching', placementHoursConfirmedV1, { subject: base.placementId, centreId: centre.centreId, regionId: centre.regionId, payload: confirm(total) });
    }
    await app.until(`SELECT 1 FROM volunteer_hours WHERE volunteer_id = $1 AND hours = 16`, [volunteerId]);
    await app.publish('matching', placementHoursConfirmedV1, { subject: base.placementId, centreId: centre.centreId, regionId: centre.regionId, payload: confirm(26) });

    const mails = await app.mailsTo(email, 3);
    expect(mails.map((m) => m.subject).filter((s) => s?.includes('uur vrijwilligerswerk'))).toEqual([
      '10 uur vrijwilligerswerk: dank je wel!',
      '25 uur vrijwilligerswerk: dank je wel!',
    ]);
  });

  it('records a permanent SMTP refusal as failed after one attempt, visible in the log', async () => {
    const volunteerId = randomUUID();
    await app.contact(centre, volunteerId, { email: `bounce-${volunteerId}@example.org` });
    await app.publish('registrations', volunteerRegisteredV1, app.registration(centre, volunteerId));

    const [failed] = await app.until(`SELECT status, attempts, last_error FROM delivery WHERE volunteer_id = $1 AND channel = 'email' AND status = 'failed'`, [volunteerId]);
    expect(failed).toEqual({ status: 'failed', attempts: 1, last_error: expect.stringContaining('550') });
    const staff = await app.token('centre-admin', { centreId: centre.centreId });
    const log = await app.http().get(`/v1/deliveries?status=failed&volunteerId=${volunteerId}`).set('Authorization', `Bearer ${staff}`);
    expect(log.status).toBe(200);
    expect(log.body).toEqual([expect.objectContaining({ channel: 'email', template: 'welcome', status: 'failed', attempts: 1 })]);
  });
});
