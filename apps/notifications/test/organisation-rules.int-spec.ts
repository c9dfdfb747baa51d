import {
  matchInterestExpressedV1,
  organisationContactChangedV1,
  organisationRegisteredV1,
  organisationVerifiedV1,
  placementHoursLoggedV1,
  type MatchSnapshotV1,
  type OrganisationContactChangedV1,
  type OrganisationRegisteredV1,
  type PlacementHoursLoggedV1,
} from '@vc/contracts';
import { CE, createIdempotentProducer, createKafka, TOMBSTONE_HEADER } from '@vc/messaging';
import { runInTenant } from '@vc/service-kit';
import { testBrokers, testLogger, uniqueName } from '@vc/testing';
import type { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { NotificationsTestApp, type Centre } from './notifications-test-app.js';

/**
 * The organisation-facing rules (ADR 43): each sends the right Dutch message to every coordinator
 * from the restricted organisation contact topic, once; a tombstone erases the organisation.
 */
describe('organisation rules', () => {
  let app: NotificationsTestApp;
  let centre: Centre;
  let producer: Producer;

  beforeAll(async () => {
    app = await NotificationsTestApp.start();
    centre = await app.centre('Vrijwilligerscentrale Utrecht');
    producer = createIdempotentProducer(createKafka({ clientId: uniqueName('registrations'), brokers: testBrokers(), logger: testLogger('registrations') }));
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await app?.stop();
  });

  interface Organisation {
    organisationId: string;
    coordinators: Array<{ name: string; email: string }>;
  }

  function organisation(): Organisation {
    const tag = randomUUID().slice(0, 8);
    return {
      organisationId: randomUUID(),
      coordinators: [
        { name: 'Fatima Benali', email: `fatima-${tag}@buurtkracht.example` },
        { name: 'Kees de Boer', email: `kees-${tag}@buurtkracht.example` },
      ],
    };
  }

  async function contact(org: Organisation, of: Centre = centre): Promise<void> {
    const payload: OrganisationContactChangedV1 = {
      organisationId: org.organisationId,
      centreId: of.centreId,
      organisationName: 'Stichting Buurtkracht Overvecht',
      coordinators: [{ ...org.coordinators[0]!, phone: '+31612345678' }, ...org.coordinators.slice(1)],
    };
    await app.publish('registrations', organisationContactChangedV1, { subject: org.organisationId, centreId: of.centreId, regionId: of.regionId, payload });
  }

  function registration(org: Organisation) {
    const payload: OrganisationRegisteredV1 = {
      organisationId: org.organisationId,
      centreId: centre.centreId,
      name: 'Stichting Buurtkracht Overvecht',
      kvkNumber: '41178217',
      sector: 'social-cohesion',
      postcodeArea: '3562',
      status: 'registered',
    };
    return { subject: org.organisationId, centreId: centre.centreId, regionId: centre.regionId, payload };
  }

  function interest(org: Organisation): MatchSnapshotV1 {
    return {
      matchId: randomUUID(),
      volunteerId: randomUUID(),
      vacancyId: randomUUID(),
      organisationId: org.organisationId,
      centreId: centre.centreId,
      regionId: centre.regionId,
      status: 'interested',
      origin: 'consultant',
      proposedOn: '2027-01-11',
      changedAt: new Date().toISOString(),
    };
  }

  function hoursLogged(org: Organisation): PlacementHoursLoggedV1 {
    return {
      placementId: randomUUID(),
      matchId: randomUUID(),
      volunteerId: randomUUID(),
      vacancyId: randomUUID(),
      organisationId: org.organisationId,
      centreId: centre.centreId,
      regionId: centre.regionId,
      status: 'active',
      mas: false,
      startedOn: '2027-02-01',
      confirmedHours: 0,
      changedAt: new Date().toISOString(),
      entry: { hoursEntryId: randomUUID(), workedOn: '2027-02-08', hours: 4.5 },
    };
  }

  async function tombstone(org: Organisation): Promise<void> {
    await producer.send({
      topic: organisationContactChangedV1.topic,
      acks: -1,
      messages: [
        {
          key: org.organisationId,
          value: null,
          headers: { [CE.id]: randomUUID(), [CE.centreid]: centre.centreId, [CE.regionid]: centre.regionId, [TOMBSTONE_HEADER]: 'true' },
        },
      ],
    });
  }

  /** Each coordinator's mails once `count` reached every one of them. */
  async function mailsToEach(org: Organisation, count: number) {
    return Promise.all(org.coordinators.map((c) => app.mailsTo(c.email, count)));
  }

  function deliveriesOf(org: Organisation) {
    return app.sql(
      `SELECT recipient_kind, volunteer_id, contact_email, channel, template, status, recipient FROM delivery WHERE organisation_id = $1 ORDER BY template, contact_email`,
      [org.organisationId],
    );
  }

  it('welcomes a registered organisation: one Dutch email to each coordinator, by name, from the directory', async () => {
    const org = organisation();
    await contact(org);
    await app.publish('registrations', organisationRegisteredV1, registration(org));

    const [toFatima, toKees] = await mailsToEach(org, 1);
    expect(toFatima![0]!.subject).toBe('Stichting Buurtkracht Overvecht is aangemeld bij Vrijwilligerscentrale Utrecht');
    expect(toFatima![0]!.text).toContain('Beste Fatima Benali,');
    expect(toFatima![0]!.text).toContain('Een consulent controleert de aanmelding');
    expect(toFatima![0]!.html).toContain('<p>Beste Fatima Benali,</p>');
    expect(toKees![0]!.text).toContain('Beste Kees de Boer,');
    // One email each, addressed to that coordinator alone.
    expect(toFatima![0]!.to).toMatchObject({ text: org.coordinators[0]!.email });
    await app.until(`SELECT 1 FROM delivery WHERE organisation_id = $1 AND status = 'sent' GROUP BY organisation_id HAVING count(*) = 2`, [org.organisationId]);
    expect(await deliveriesOf(org)).toEqual(
      org.coordinators
        .map((c) => ({
          recipient_kind: 'organisation',
          volunteer_id: null,
          contact_email: c.email,
          channel: 'email',
          template: 'organisation-welcome',
          status: 'sent',
          recipient: c.email,
        }))
        .sort((a, b) => a.contact_email.localeCompare(b.contact_email)),
    );
  });

  it('tells the coordinators the organisation was verified', async () => {
    const org = organisation();
    await contact(org);
    const { payload } = registration(org);
    await app.publish('registrations', organisationVerifiedV1, { ...registration(org), payload: { ...payload, status: 'verified' } });

    const [toFatima, toKees] = await mailsToEach(org, 1);
    expect(toFatima![0]!.subject).toBe('Stichting Buurtkracht Overvecht is geverifieerd');
    expect(toKees![0]!.text).toContain('Vrijwilligerscentrale Utrecht heeft Stichting Buurtkracht Overvecht geverifieerd.');
  });

  it("tells the vacancy's organisation a volunteer is interested, without naming the volunteer", async () => {
    const org = organisation();
    await contact(org);
    const match = interest(org);
    await app.publish('matching', matchInterestExpressedV1, { subject: match.matchId, centreId: centre.centreId, regionId: centre.regionId, payload: match });

    const [toFatima] = await mailsToEach(org, 1);
    expect(toFatima![0]!.subject).toBe('Een vrijwilliger heeft interesse in jullie vacature');
    expect(toFatima![0]!.text).toContain('Een vrijwilliger heeft interesse in een vacature van Stichting Buurtkracht Overvecht.');
    expect(toFatima![0]!.text).not.toContain(match.volunteerId!);
  });

  it('asks the coordinators to confirm logged hours, with the hours and the day in Dutch', async () => {
    const org = organisation();
    await contact(org);
    const placement = hoursLogged(org);
    await app.publish('matching', placementHoursLoggedV1, { subject: placement.placementId, centreId: centre.centreId, regionId: centre.regionId, payload: placement });

    const [, toKees] = await mailsToEach(org, 1);
    expect(toKees![0]!.subject).toBe('Uren om te bevestigen: 4,5 uur op 8 februari 2027');
    expect(toKees![0]!.text).toContain('Beste Kees de Boer,');
    expect(toKees![0]!.text).toContain('heeft 4,5 uur geschreven voor 8 februari 2027');
  });

  it('sends nothing new for a redelivered event, nor for another event reporting the same hours entry', async () => {
    const org = organisation();
    await contact(org);
    const fields = registration(org);
    const id = await app.publish('registrations', organisationRegisteredV1, fields);
    await mailsToEach(org, 1);
    await app.republish('registrations', organisationRegisteredV1, fields, id);
    // A later event on the organisation's partition proves the redelivery was consumed in between.
    await app.publish('registrations', organisationVerifiedV1, { ...fields, payload: { ...fields.payload, status: 'verified' } });
    await mailsToEach(org, 2);

    const placement = hoursLogged(org);
    const logged = { subject: placement.placementId, centreId: centre.centreId, regionId: centre.regionId, payload: placement };
    await app.publish('matching', placementHoursLoggedV1, logged);
    await mailsToEach(org, 3);
    await app.publish('matching', placementHoursLoggedV1, logged); // a new event id, the same hours entry
    const next = { ...placement, entry: { hoursEntryId: randomUUID(), workedOn: '2027-02-09', hours: 2 } };
    await app.publish('matching', placementHoursLoggedV1, { ...logged, payload: next });

    const mails = await mailsToEach(org, 4);
    for (const received of mails) {
      expect(received.map((m) => m.subject).sort()).toEqual([
        'Stichting Buurtkracht Overvecht is aangemeld bij Vrijwilligerscentrale Utrecht',
        'Stichting Buurtkracht Overvecht is geverifieerd',
        'Uren om te bevestigen: 2 uur op 9 februari 2027',
        'Uren om te bevestigen: 4,5 uur op 8 februari 2027',
      ]);
    }
    const rows = await app.sql(`SELECT template, count(*)::int AS n FROM delivery WHERE organisation_id = $1 GROUP BY template ORDER BY template`, [org.organisationId]);
    expect(rows).toEqual([
      { template: 'organisation-hours-to-confirm', n: 4 },
      { template: 'organisation-verified', n: 2 },
      { template: 'organisation-welcome', n: 2 },
    ]);
  });

  it('waits for contact data that arrives after the event', async () => {
    const org = organisation();
    await app.publish('registrations', organisationRegisteredV1, registration(org));
    await app.until(`SELECT 1 FROM delivery WHERE organisation_id = $1 AND last_error = 'waiting for contact data'`, [org.organisationId]);
    expect(app.smtp.to(org.coordinators[0]!.email)).toEqual([]);
    await contact(org);

    const [toFatima] = await mailsToEach(org, 1);
    expect(toFatima![0]!.text).toContain('Beste Fatima Benali,');
  });

  it("erases the organisation's contact data on a tombstone, and blanks its delivery log", async () => {
    const org = organisation();
    await contact(org);
    await app.publish('registrations', organisationRegisteredV1, registration(org));
    await mailsToEach(org, 1);
    await app.until(`SELECT 1 FROM delivery WHERE organisation_id = $1 AND status = 'sent' GROUP BY organisation_id HAVING count(*) = 2`, [org.organisationId]);

    await tombstone(org);
    await app.until(`SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM organisation_contact WHERE organisation_id = $1)`, [org.organisationId]);
    const log = await app.sql(`SELECT contact_email, recipient, subject, status, delivery_key LIKE 'erased:%' AS erased FROM delivery WHERE organisation_id = $1`, [org.organisationId]);
    expect(log).toEqual([
      { contact_email: null, recipient: null, subject: null, status: 'sent', erased: true },
      { contact_email: null, recipient: null, subject: null, status: 'sent', erased: true },
    ]);
    const stored = await app.sql(`SELECT count(*)::int AS n FROM delivery WHERE organisation_id = $1 AND variables::text LIKE '%buurtkracht%'`, [org.organisationId]);
    expect(stored).toEqual([{ n: 0 }]);
  });

  describe('row-level security of organisation_contact, below the HTTP layer', () => {
    let other: Centre;

    beforeAll(async () => {
      other = await app.centre('Steunpunt Zeist');
      for (const c of [centre, other]) {
        const org = organisation();
        await contact(org, c);
        await app.until(`SELECT 1 FROM organisation_contact WHERE organisation_id = $1`, [org.organisationId]);
      }
    });

    it('shows a centre only its own organisations, with no filter in the query', async () => {
      const seen = await runInTenant(app.running.dataSource, { centreId: other.centreId }, (m) => m.query(`SELECT DISTINCT centre_id AS centre FROM organisation_contact`));
      expect(seen).toEqual([{ centre: other.centreId }]);
    });

    it('shows nothing without a centre setting', async () => {
      const [{ count }] = await app.running.dataSource.query(`SELECT count(*)::int AS count FROM organisation_contact`);
      expect(count).toBe(0);
    });

    it("refuses a write into another centre's rows", async () => {
      const attempt = runInTenant(app.running.dataSource, { centreId: centre.centreId }, (m) =>
        m.query(`INSERT INTO organisation_contact (organisation_id, centre_id, organisation_name, coordinators) VALUES ($1, $2, 'X', '[]')`, [randomUUID(), other.centreId]),
      );
      await expect(attempt).rejects.toThrow(/row-level security/);
    });
  });
});
