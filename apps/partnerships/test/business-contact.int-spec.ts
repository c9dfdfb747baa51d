import { businessContactChangedV1 } from '@vc/contracts';
import { runInTenant } from '@vc/service-kit';
import { testKafka } from '@vc/testing';
import { ConfigResourceTypes } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { BusinessesHandler } from '../src/businesses/businesses.handler.js';
import { invalidFieldsOf, PartnershipsTestApp, type TestCentre } from './partnerships-test-app.js';

const RESTRICTED = businessContactChangedV1.topic;

/**
 * The restricted business contact record (ADR 46): written in the outbox transaction of the
 * registration and of every change of the contact person, a tombstone when the person is removed;
 * public events never carry the person.
 */
describe('the business contact record on the restricted topic (partnerships, real PostgreSQL and Kafka)', () => {
  let app: PartnershipsTestApp;
  let centre: TestCentre;
  let contactToken: string;

  const business = (tag = randomUUID().slice(0, 8)) => ({
    name: `Drukkerij ${tag}`,
    kvkNumber: String(10_000_000 + Math.floor(Math.random() * 89_999_999)),
    size: 'small',
    sector: 'ict',
    contactPerson: { name: 'Anja de Letter', email: `anja-${tag}@deletter.example`, phone: '+31612345678' },
  });
  const register = async (body = business()) => {
    const response = await app.http().post('/v1/businesses').set('Authorization', `Bearer ${contactToken}`).send(body);
    expect(response.status).toBe(201);
    return { id: response.body.id as string, body };
  };
  const changeContact = (id: string, person: object, token = contactToken) =>
    app.http().put(`/v1/businesses/${id}/contact-person`).set('Authorization', `Bearer ${token}`).send(person);
  const removeContact = (id: string, token = contactToken) => app.http().delete(`/v1/businesses/${id}/contact-person`).set('Authorization', `Bearer ${token}`);
  /** Records under the business's key on the restricted topic, once `count` are there. */
  const contactRecords = async (id: string, count: number) => (await app.eventsAbout(id, count)).filter((r) => r.topic === RESTRICTED);
  /** A later record under the same key proves the relay got past everything written before it. */
  const settle = async (id: string, after: number) => {
    await changeContact(id, { name: 'Laatste Bericht', email: `last-${randomUUID()}@deletter.example` }, centre.staff);
    return (await app.eventsAbout(id, after + 1)).filter((r) => r.topic === RESTRICTED);
  };

  beforeAll(async () => {
    app = await PartnershipsTestApp.start();
    centre = await app.centre();
    contactToken = await app.token('business-contact', { centreId: centre.centreId, subject: `contact-${randomUUID()}` });
  });

  afterAll(async () => {
    await app.stop();
  });

  it('creates the restricted topic compacted, so a tombstone erases the key', async () => {
    const admin = testKafka().admin();
    await admin.connect();
    try {
      const described = await admin.describeConfigs({ resources: [{ type: ConfigResourceTypes.TOPIC, name: RESTRICTED, configNames: ['cleanup.policy'] }], includeSynonyms: false });
      expect(described.resources[0]!.configEntries.map((e) => [e.configName, e.configValue])).toEqual([['cleanup.policy', 'compact']]);
    } finally {
      await admin.disconnect();
    }
  });

  it('publishes the contact person once on registration, keyed by the business, beside a business.joined without them', async () => {
    const { id, body } = await register();

    const records = await app.eventsAbout(id, 2);
    expect(records.map((r) => [r.topic, r.headers.ce_type]).sort()).toEqual([
      ['partnerships.business-contact.v1', 'partnerships.business-contact.changed'],
      ['partnerships.business.v1', 'partnerships.business.joined'],
    ]);
    const restricted = records.find((r) => r.topic === RESTRICTED)!;
    expect(restricted.key).toBe(id);
    expect(JSON.parse(restricted.value!)).toEqual({ businessId: id, centreId: centre.centreId, businessName: body.name, contacts: [body.contactPerson] });
    const joined = records.find((r) => r.topic !== RESTRICTED)!;
    expect(joined.value).not.toContain(body.contactPerson.email);
    expect(joined.value).not.toMatch(/Anja|\+316/);
    // Exactly once: a later record under the key is the second one on the restricted topic.
    expect(await settle(id, 2)).toHaveLength(2);
  });

  it('publishes each change of the contact person (without a phone: no phone field), and answers with the new person', async () => {
    const { id } = await register();
    const next = { name: 'Bram Koster', email: `bram-${randomUUID().slice(0, 8)}@deletter.example` };
    const response = await changeContact(id, next);

    expect(response.status).toBe(200);
    expect(response.body.contactPerson).toEqual({ ...next, phone: null });
    const records = await contactRecords(id, 3);
    expect(records).toHaveLength(2);
    expect(JSON.parse(records[1]!.value!)).toEqual({ businessId: id, centreId: centre.centreId, businessName: expect.any(String), contacts: [next] });
    // Only on the restricted topic, once.
    expect(app.probe.records.filter((r) => r.value?.includes(next.email)).map((r) => r.topic)).toEqual([RESTRICTED]);
  });

  it('publishes nothing for a change whose transaction rolls back after the record was written', async () => {
    const { id } = await register();
    await contactRecords(id, 2);
    const handler = app.running.app.get(BusinessesHandler);
    const email = `rolled-back-${randomUUID()}@deletter.example`;

    const attempt = runInTenant(app.running.dataSource, { centreId: centre.centreId }, async (manager) => {
      await handler.changeContactPerson(manager, { kind: 'staff', centreId: centre.centreId, account: 'staff-1' }, id, { name: 'Nooit Verstuurd', email });
      expect(await manager.query(`SELECT 1 FROM outbox_message WHERE value LIKE $1`, [`%${email}%`])).toHaveLength(1);
      throw new Error('the caller failed after the change');
    });
    await expect(attempt).rejects.toThrow('the caller failed');

    expect(await settle(id, 2)).toHaveLength(2);
    expect(await app.eventsMentioning(email)).toBe(0);
    expect(await app.rows(`SELECT 1 FROM business WHERE contact_email = $1`, [email])).toHaveLength(0);
  });

  it('refuses a change with a bad email or phone (400 naming the field), and stores and publishes nothing', async () => {
    const { id } = await register();
    const marker = `Ongeldig ${randomUUID()}`;
    const response = await changeContact(id, { name: marker, email: 'geen-adres', phone: '06 1234' });

    expect(invalidFieldsOf(response)).toEqual(['email', 'phone']);
    expect(await app.rows(`SELECT 1 FROM business WHERE contact_name = $1`, [marker])).toHaveLength(0);
    expect(await app.eventsMentioning(marker)).toBe(0);
  });

  it('publishes one tombstone when the contact person is removed, none for a second removal, and a new record for a new person', async () => {
    const { id } = await register();
    expect((await removeContact(id)).status).toBe(204);
    // The former contact lost access (ADR 32); staff remove again and then name a new person.
    expect((await removeContact(id, centre.staff)).status).toBe(204);
    const next = { name: 'Chris Mulder', email: `chris-${randomUUID().slice(0, 8)}@deletter.example` };
    expect((await changeContact(id, next, centre.staff)).status).toBe(200);

    const records = await contactRecords(id, 4);
    expect(records.map((r) => (r.value === null ? 'tombstone' : JSON.parse(r.value).contacts[0].name))).toEqual(['Anja de Letter', 'tombstone', 'Chris Mulder']);
    const tombstone = records[1]!;
    expect(tombstone.key).toBe(id);
    expect(tombstone.headers.ce_centreid).toBe(centre.centreId);
  });

  it('publishes nothing for a business the caller does not act for (404)', async () => {
    const { id } = await register();
    const stranger = await app.token('business-contact', { centreId: centre.centreId });
    const marker = `Vreemde ${randomUUID()}`;

    expect((await changeContact(id, { name: marker, email: 'x@y.example' }, stranger)).status).toBe(404);
    expect((await removeContact(id, stranger)).status).toBe(404);
    expect(await app.eventsMentioning(marker)).toBe(0);
    expect((await settle(id, 2)).filter((r) => r.value === null)).toHaveLength(0);
  });
});
