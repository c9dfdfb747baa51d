import {
  masSignOffRecordedV1,
  organisationContactChangedV1,
  placementCompletedV1,
  type MasSignOffRecordedV1,
  type PlacementSnapshotV1,
} from '@vc/contracts';
import { randomUUID } from 'node:crypto';
import { NotificationsTestApp, type Centre } from './notifications-test-app.js';

/**
 * Schools (ADR 47): matching's restricted sign-off record tells the school's coordinators (a school
 * is an organisation) that a student's MaS was signed off, naming the student from the volunteer
 * directory at send time only; the student's erasure reaches those messages too.
 */
describe('school rules', () => {
  let app: NotificationsTestApp;
  let centre: Centre;

  beforeAll(async () => {
    app = await NotificationsTestApp.start();
    centre = await app.centre('Vrijwilligerscentrale Utrecht');
  });

  afterAll(async () => {
    await app?.stop();
  });

  interface School {
    organisationId: string;
    coordinators: Array<{ name: string; email: string }>;
  }

  async function school(): Promise<School> {
    const tag = randomUUID().slice(0, 8);
    const of: School = {
      organisationId: randomUUID(),
      coordinators: [
        { name: 'Mevrouw Jansen', email: `jansen-${tag}@college.example` },
        { name: 'Meneer Bakker', email: `bakker-${tag}@college.example` },
      ],
    };
    await schoolContact(of);
    await app.until(`SELECT 1 FROM organisation_contact WHERE organisation_id = $1`, [of.organisationId]);
    return of;
  }

  async function schoolContact(of: School): Promise<void> {
    await app.publish('registrations', organisationContactChangedV1, {
      subject: of.organisationId,
      centreId: centre.centreId,
      regionId: centre.regionId,
      payload: { organisationId: of.organisationId, centreId: centre.centreId, organisationName: 'Het Utrechts College', coordinators: of.coordinators },
    });
  }

  function signOff(of: School, volunteerId: string | undefined, placementId = randomUUID()) {
    const payload: MasSignOffRecordedV1 = {
      placementId,
      centreId: centre.centreId,
      schoolOrganisationId: of.organisationId,
      ...(volunteerId ? { volunteerId } : {}),
      requiredHours: 30,
      confirmedHours: 31.5,
      signedOffOn: '2027-05-20',
    };
    return { subject: placementId, centreId: centre.centreId, regionId: centre.regionId, payload };
  }

  function completed(volunteerId: string, placementId: string): PlacementSnapshotV1 {
    return {
      placementId,
      matchId: randomUUID(),
      volunteerId,
      vacancyId: randomUUID(),
      organisationId: randomUUID(),
      centreId: centre.centreId,
      regionId: centre.regionId,
      status: 'completed',
      mas: true,
      requiredHours: 30,
      startedOn: '2027-02-01',
      completedOn: '2027-05-20',
      confirmedHours: 31.5,
      changedAt: new Date().toISOString(),
    };
  }

  const mailsToEach = (of: School, count: number) => Promise.all(of.coordinators.map((c) => app.mailsTo(c.email, count)));
  const schoolDeliveries = (of: School) =>
    app.sql(`SELECT recipient_kind, volunteer_id, contact_email, template, status, subject, variables FROM delivery WHERE organisation_id = $1 ORDER BY contact_email`, [of.organisationId]);

  it("tells each of the school's coordinators once, naming the student only in the sent text; the student still gets their own", async () => {
    const of = await school();
    const { volunteerId, email } = await app.welcomedVolunteer(centre, { firstName: 'Zoë', lastName: 'de Vries' });
    const record = signOff(of, volunteerId);
    const id = await app.publish('matching', masSignOffRecordedV1, record);
    await app.publish('matching', placementCompletedV1, { subject: record.subject, centreId: centre.centreId, regionId: centre.regionId, payload: completed(volunteerId, record.payload.placementId) });

    const [toJansen, toBakker] = await mailsToEach(of, 1);
    expect(toJansen![0]!.subject).toBe('Maatschappelijke stage afgetekend: 31,5 uur');
    expect(toJansen![0]!.text).toContain('Beste Mevrouw Jansen,');
    expect(toJansen![0]!.text).toContain('De maatschappelijke stage van Zoë de Vries is op 20 mei 2027 afgetekend namens Het Utrechts College: 31,5 uur bevestigd door de organisatie, 30 uur vereist.');
    expect(toJansen![0]!.to).toMatchObject({ text: of.coordinators[0]!.email });
    expect(toBakker![0]!.text).toContain('Beste Meneer Bakker,');
    const toStudent = await app.mailsTo(email, 2);
    expect(toStudent.map((m) => m.subject)).toContain('Je maatschappelijke stage is afgetekend');

    // Redelivered, and reported again under a new event id: nothing new for anyone.
    await app.republish('matching', masSignOffRecordedV1, record, id);
    await app.publish('matching', masSignOffRecordedV1, record);
    // Another placement of the same school on the same partition: once its mails are in, the two before were consumed.
    await app.publish('matching', masSignOffRecordedV1, { ...signOff(of, volunteerId), subject: record.subject });
    await mailsToEach(of, 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const c of of.coordinators) expect(app.smtp.to(c.email)).toHaveLength(2);

    // The log holds who it was about (for erasure), never the name.
    const log = await schoolDeliveries(of);
    expect(log).toHaveLength(4);
    for (const row of log) {
      expect(row).toMatchObject({ recipient_kind: 'organisation', volunteer_id: volunteerId, template: 'school-mas-hours-signed-off', status: 'sent' });
      expect(JSON.stringify(row)).not.toMatch(/Zoë|Vries/);
    }
  });

  it("waits for the student's contact data, then names them", async () => {
    const of = await school();
    const volunteerId = randomUUID();
    await app.publish('matching', masSignOffRecordedV1, signOff(of, volunteerId));
    await app.until(`SELECT 1 FROM delivery WHERE organisation_id = $1 AND contact_email IS NOT NULL AND last_error = 'waiting for contact data'`, [of.organisationId]);
    expect(app.smtp.to(of.coordinators[0]!.email)).toEqual([]);

    await app.contact(centre, volunteerId, { firstName: 'Daan', lastName: 'Smit' });
    const [toJansen] = await mailsToEach(of, 1);
    expect(toJansen![0]!.text).toContain('De maatschappelijke stage van Daan Smit is op 20 mei 2027 afgetekend');
  });

  it("cancels the school's waiting messages about an erased student, blanks the sent ones, and never sends them later", async () => {
    const sent = await school();
    const { volunteerId } = await app.welcomedVolunteer(centre, { firstName: 'Sanne', lastName: 'Visser' });
    await app.publish('matching', masSignOffRecordedV1, signOff(sent, volunteerId));
    await mailsToEach(sent, 1);
    await app.until(`SELECT 1 FROM delivery WHERE organisation_id = $1 AND status = 'sent' HAVING count(*) = 2`, [sent.organisationId]);
    // A second school without its coordinators yet: its message waits for them.
    const waiting: School = { organisationId: randomUUID(), coordinators: [{ name: 'Meneer de Wit', email: `dewit-${randomUUID().slice(0, 8)}@lyceum.example` }] };
    await app.publish('matching', masSignOffRecordedV1, signOff(waiting, volunteerId));
    await app.until(`SELECT 1 FROM delivery WHERE organisation_id = $1 AND last_error = 'waiting for contact data'`, [waiting.organisationId]);

    await app.erase(centre, volunteerId);
    await app.until(`SELECT 1 FROM delivery WHERE organisation_id = $1 AND status = 'cancelled'`, [waiting.organisationId]);

    expect(await schoolDeliveries(sent)).toEqual(
      sent.coordinators.map(() => ({ recipient_kind: 'organisation', volunteer_id: null, contact_email: expect.any(String), template: 'school-mas-hours-signed-off', status: 'sent', subject: null, variables: {} })),
    );
    expect(await app.sql(`SELECT count(*)::int AS n FROM delivery WHERE volunteer_id = $1`, [volunteerId])).toEqual([{ n: 0 }]);
    // The school's coordinators arrive after the erasure: the cancelled message stays unsent.
    await schoolContact(waiting);
    await app.until(`SELECT 1 FROM organisation_contact WHERE organisation_id = $1`, [waiting.organisationId]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(app.smtp.to(waiting.coordinators[0]!.email)).toEqual([]);
  });

  it('queues nothing for a record without a student (erased before the sign-off)', async () => {
    const of = await school();
    const withoutStudent = signOff(of, undefined);
    await app.publish('matching', masSignOffRecordedV1, withoutStudent);
    // The same partition: once the next one is in, the first was handled.
    const { volunteerId } = await app.welcomedVolunteer(centre);
    await app.publish('matching', masSignOffRecordedV1, { ...signOff(of, volunteerId), subject: withoutStudent.subject });
    await mailsToEach(of, 1);

    expect(await app.sql(`SELECT volunteer_id FROM delivery WHERE organisation_id = $1`, [of.organisationId])).toEqual(of.coordinators.map(() => ({ volunteer_id: volunteerId })));
  });
});
