import { businessContactChangedV1, dealFollowUpRequestedV1, organisationContactChangedV1, type DealFollowUpRequestedV1 } from '@vc/contracts';
import { CE, createIdempotentProducer, createKafka, TOMBSTONE_HEADER } from '@vc/messaging';
import { runInTenant } from '@vc/service-kit';
import { testBrokers, testLogger, uniqueName } from '@vc/testing';
import type { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { NotificationsTestApp, type Centre } from './notifications-test-app.js';

/**
 * Businesses (ADR 46): their contact person from partnerships' restricted business contact topic,
 * the business side of the Beursvloer deal follow-up through the organisations' queue-once,
 * split-per-address path, and a tombstone that leaves nothing personal behind.
 */
describe('business rules', () => {
  let app: NotificationsTestApp;
  let centre: Centre;
  let producer: Producer;

  beforeAll(async () => {
    app = await NotificationsTestApp.start();
    centre = await app.centre('Vrijwilligerscentrale Utrecht');
    producer = createIdempotentProducer(createKafka({ clientId: uniqueName('partnerships'), brokers: testBrokers(), logger: testLogger('partnerships') }));
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await app?.stop();
  });

  interface Business {
    businessId: string;
    contact: { name: string; email: string };
  }

  function business(): Business {
    return { businessId: randomUUID(), contact: { name: 'Jeroen van Dijk', email: `jeroen-${randomUUID().slice(0, 8)}@bouwbedrijf.example` } };
  }

  async function contact(of: Business, at: Centre = centre, person = of.contact): Promise<void> {
    await app.publish('partnerships', businessContactChangedV1, {
      subject: of.businessId,
      centreId: at.centreId,
      regionId: at.regionId,
      payload: { businessId: of.businessId, centreId: at.centreId, businessName: 'Bouwbedrijf Van Dijk', contacts: [{ ...person, phone: '+31612345678' }] },
    });
  }

  async function tombstone(of: Business): Promise<void> {
    await producer.send({
      topic: businessContactChangedV1.topic,
      acks: -1,
      messages: [{ key: of.businessId, value: null, headers: { [CE.id]: randomUUID(), [CE.centreid]: centre.centreId, [CE.regionid]: centre.regionId, [TOMBSTONE_HEADER]: 'true' } }],
    });
  }

  function followUp(of: Business, change: { subject?: string; organisationId?: string; contactParty?: 'business' | 'organisation' } = {}) {
    const payload: DealFollowUpRequestedV1 = {
      dealId: randomUUID(),
      centreId: centre.centreId,
      beursvloerId: randomUUID(),
      businessId: of.businessId,
      organisationId: change.organisationId ?? randomUUID(),
      contactParty: change.contactParty ?? 'business',
      contactDueOn: '2027-10-21',
    };
    return { subject: change.subject ?? payload.dealId, centreId: centre.centreId, regionId: centre.regionId, payload };
  }

  const deliveriesOf = (of: Business) =>
    app.sql(`SELECT recipient_kind, organisation_id, volunteer_id, contact_email, channel, template, status, recipient FROM delivery WHERE business_id = $1 ORDER BY created_at`, [of.businessId]);

  it("emails the business's contact once, in Dutch, by name, with the deadline; the organisation's coordinators get nothing", async () => {
    const biz = business();
    const organisationId = randomUUID();
    const coordinator = `coordinator-${randomUUID().slice(0, 8)}@buurtkracht.example`;
    await app.publish('registrations', organisationContactChangedV1, {
      subject: organisationId,
      centreId: centre.centreId,
      regionId: centre.regionId,
      payload: { organisationId, centreId: centre.centreId, organisationName: 'Stichting Buurtkracht', coordinators: [{ name: 'Fatima Benali', email: coordinator }] },
    });
    await app.until(`SELECT 1 FROM organisation_contact WHERE organisation_id = $1`, [organisationId]);
    await contact(biz);
    await app.publish('partnerships', dealFollowUpRequestedV1, followUp(biz, { organisationId }));

    const [mail] = await app.mailsTo(biz.contact.email, 1);
    expect(mail!.subject).toBe('Beursvloer-deal: neem contact op met de organisatie');
    expect(mail!.text).toContain('Beste Jeroen van Dijk,');
    expect(mail!.text).toContain('Bouwbedrijf Van Dijk heeft op de Beursvloer een deal gesloten');
    expect(mail!.text).toContain('Jullie zouden uiterlijk 21 oktober 2027 contact opnemen met de organisatie');
    expect(mail!.text).toContain('Vrijwilligerscentrale Utrecht');
    expect(mail!.to).toMatchObject({ text: biz.contact.email });
    await app.until(`SELECT 1 FROM delivery WHERE business_id = $1 AND status = 'sent'`, [biz.businessId]);
    expect(await deliveriesOf(biz)).toEqual([
      { recipient_kind: 'business', organisation_id: null, volunteer_id: null, contact_email: biz.contact.email, channel: 'email', template: 'business-deal-follow-up', status: 'sent', recipient: biz.contact.email },
    ]);
    expect(app.smtp.to(coordinator)).toEqual([]);
    expect(await app.sql(`SELECT 1 FROM delivery WHERE organisation_id = $1`, [organisationId])).toEqual([]);
  });

  it('sends nothing new for a redelivered event, nor for another event reporting the same deal', async () => {
    const biz = business();
    await contact(biz);
    const first = followUp(biz);
    const id = await app.publish('partnerships', dealFollowUpRequestedV1, first);
    await app.mailsTo(biz.contact.email, 1);

    await app.republish('partnerships', dealFollowUpRequestedV1, first, id);
    await app.publish('partnerships', dealFollowUpRequestedV1, first); // a new event id, the same deal
    // Another deal on the same partition: once its mail is in, the two before were consumed.
    await app.publish('partnerships', dealFollowUpRequestedV1, followUp(biz, { subject: first.subject }));
    await app.mailsTo(biz.contact.email, 2);
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(app.smtp.to(biz.contact.email)).toHaveLength(2);
    expect(await app.sql(`SELECT status, count(*)::int AS n FROM delivery WHERE business_id = $1 GROUP BY status`, [biz.businessId])).toEqual([{ status: 'sent', n: 2 }]);
  });

  it('waits for contact data that arrives after the event', async () => {
    const biz = business();
    await app.publish('partnerships', dealFollowUpRequestedV1, followUp(biz));
    await app.until(`SELECT 1 FROM delivery WHERE business_id = $1 AND last_error = 'waiting for contact data'`, [biz.businessId]);
    expect(app.smtp.to(biz.contact.email)).toEqual([]);

    await contact(biz);
    const [mail] = await app.mailsTo(biz.contact.email, 1);
    expect(mail!.text).toContain('Beste Jeroen van Dijk,');
  });

  it("forgets the business's contact on a tombstone: nothing personal stays, waiting messages are cancelled and never sent", async () => {
    const biz = business();
    await contact(biz);
    await app.publish('partnerships', dealFollowUpRequestedV1, followUp(biz));
    await app.mailsTo(biz.contact.email, 1);
    await app.until(`SELECT 1 FROM delivery WHERE business_id = $1 AND status = 'sent'`, [biz.businessId]);
    // A second business without contact data yet: its message waits, then the tombstone comes.
    const waiting = business();
    await app.publish('partnerships', dealFollowUpRequestedV1, followUp(waiting));
    await app.until(`SELECT 1 FROM delivery WHERE business_id = $1 AND last_error = 'waiting for contact data'`, [waiting.businessId]);

    await tombstone(biz);
    await tombstone(waiting);
    await app.until(`SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM business_contact WHERE business_id = $1)`, [biz.businessId]);
    await app.until(`SELECT 1 FROM delivery WHERE business_id = $1 AND status = 'cancelled'`, [waiting.businessId]);

    expect(await app.sql(`SELECT contact_email, recipient, subject, status, variables, delivery_key LIKE 'erased:%' AS erased FROM delivery WHERE business_id = $1`, [biz.businessId])).toEqual([
      { contact_email: null, recipient: null, subject: null, status: 'sent', variables: {}, erased: true },
    ]);
    expect(await app.sql(`SELECT status, last_error, variables FROM delivery WHERE business_id = $1`, [waiting.businessId])).toEqual([{ status: 'cancelled', last_error: null, variables: {} }]);
    const anywhere = await app.sql(
      `SELECT (SELECT count(*)::int FROM delivery WHERE delivery::text LIKE '%' || $1 || '%') AS deliveries,
              (SELECT count(*)::int FROM business_contact WHERE contacts::text LIKE '%' || $1 || '%') AS directory`,
      [biz.contact.email],
    );
    expect(anywhere).toEqual([{ deliveries: 0, directory: 0 }]);

    // Contact data arriving later does not revive the cancelled message.
    await contact(waiting);
    await app.until(`SELECT 1 FROM business_contact WHERE business_id = $1`, [waiting.businessId]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(app.smtp.to(waiting.contact.email)).toEqual([]);
  });

  describe('row-level security of business_contact, below the HTTP layer', () => {
    let other: Centre;

    beforeAll(async () => {
      other = await app.centre('Steunpunt Zeist');
      for (const at of [centre, other]) {
        const biz = business();
        await contact(biz, at);
        await app.until(`SELECT 1 FROM business_contact WHERE business_id = $1`, [biz.businessId]);
      }
    });

    it('shows a centre only its own businesses, with no filter in the query', async () => {
      const seen = await runInTenant(app.running.dataSource, { centreId: other.centreId }, (m) => m.query(`SELECT DISTINCT centre_id AS centre FROM business_contact`));
      expect(seen).toEqual([{ centre: other.centreId }]);
    });

    it('shows nothing without a centre setting', async () => {
      const [{ count }] = await app.running.dataSource.query(`SELECT count(*)::int AS count FROM business_contact`);
      expect(count).toBe(0);
    });

    it("refuses a write into another centre's rows", async () => {
      const attempt = runInTenant(app.running.dataSource, { centreId: centre.centreId }, (m) =>
        m.query(`INSERT INTO business_contact (business_id, centre_id, business_name, contacts) VALUES ($1, $2, 'X', '[]')`, [randomUUID(), other.centreId]),
      );
      await expect(attempt).rejects.toThrow(/row-level security/);
    });
  });
});
