import { vacancyPublishedV1, vacancyUpdatedV1, type EventContract } from '@vc/contracts';
import { deadLetterTopic, DLQ_HEADERS } from '@vc/messaging';
import { eventually, testKafka, TopicProbe } from '@vc/testing';
import { randomUUID } from 'node:crypto';
import { PartnershipsTestApp, type TestCentre } from './partnerships-test-app.js';

/** Partnerships' read models of registrations, fed through the inbox with retries and a dead-letter topic. */
describe("registrations' events in partnerships (real Kafka and PostgreSQL)", () => {
  let app: PartnershipsTestApp;
  let centre: TestCentre;
  let organisationId: string;

  const oneOff = (vacancyId: string, change: Record<string, unknown> = {}) => ({
    vacancyId,
    organisationId,
    centreId: centre.centreId,
    kind: 'one-off',
    title: 'NLdoet: moestuin klaarmaken',
    sector: 'natuur',
    skills: [],
    requirements: { vogRequired: false },
    suitability: { students: true, newcomersWithoutDutch: true, needsGuidance: false },
    remote: false,
    postcodeArea: '3511',
    date: '2027-03-12',
    startTime: '09:30',
    endTime: '13:00',
    places: 12,
    placesLeft: 12,
    availability: [],
    status: 'published',
    ...change,
  });
  const publish = (contract: EventContract<object>, payload: object, centreId = centre.centreId) =>
    app.publishRegistrations(contract, { subject: (payload as { vacancyId: string }).vacancyId, centreId, regionId: centre.regionId, payload });
  const activity = async (vacancyId: string) => app.rows(`SELECT places_left, status FROM one_off_activity WHERE vacancy_id = $1`, [vacancyId]);

  beforeAll(async () => {
    app = await PartnershipsTestApp.start();
    centre = await app.centre();
    organisationId = await app.organisation(centre);
  });

  afterAll(async () => {
    await app.stop();
  });

  it('keeps the latest state of a one-off activity and ignores structural vacancies', async () => {
    const vacancyId = randomUUID();
    const structural = randomUUID();
    await publish(vacancyPublishedV1 as EventContract<object>, oneOff(vacancyId));
    await publish(vacancyPublishedV1 as EventContract<object>, { ...oneOff(structural, { kind: 'structural', places: undefined, placesLeft: undefined }), date: undefined, startTime: undefined, endTime: undefined });
    await publish(vacancyUpdatedV1 as EventContract<object>, oneOff(vacancyId, { placesLeft: 4 }));

    await eventually(async () => expect(await activity(vacancyId)).toEqual([{ places_left: 4, status: 'published' }]));
    expect(await activity(structural)).toEqual([]);
  });

  it('does nothing twice: a redelivered older event does not undo a later one', async () => {
    const vacancyId = randomUUID();
    const older = await publish(vacancyUpdatedV1 as EventContract<object>, oneOff(vacancyId, { placesLeft: 9 }));
    await publish(vacancyUpdatedV1 as EventContract<object>, oneOff(vacancyId, { placesLeft: 2 }));
    await eventually(async () => expect(await activity(vacancyId)).toEqual([{ places_left: 2, status: 'published' }]));

    await app.send(vacancyUpdatedV1.topic, older);
    // A later event about the same vacancy travels on the same partition, behind the redelivery.
    await publish(vacancyUpdatedV1 as EventContract<object>, oneOff(vacancyId, { placesLeft: 2, title: 'NLdoet: na de herhaling' }));
    await eventually(async () => {
      const [row] = await app.rows(`SELECT title FROM one_off_activity WHERE vacancy_id = $1`, [vacancyId]);
      expect(row).toEqual({ title: 'NLdoet: na de herhaling' });
    });

    expect(await activity(vacancyId)).toEqual([{ places_left: 2, status: 'published' }]);
    const inbox = await app.rows(`SELECT count(*)::int AS count FROM inbox_message WHERE event_id = $1`, [older.id]);
    expect(inbox).toEqual([{ count: 1 }]);
    const metrics = (await app.http().get('/metrics')).text;
    expect(metrics).toMatch(new RegExp(`consumer_events_total\\{[^}]*group="${app.consumerGroup}"[^}]*outcome="duplicate"[^}]*\\} [1-9]`));
  });

  it('sends an event it can never store to the dead-letter topic and goes on with the next', async () => {
    const dlq = await new TopicProbe(testKafka(), [deadLetterTopic(vacancyPublishedV1.topic, app.consumerGroup)]).start();
    try {
      const poison = randomUUID();
      // A centre id that is a valid contract id but not a UUID can never be stored here.
      await publish(vacancyPublishedV1 as EventContract<object>, { ...oneOff(poison), centreId: 'centre-utrecht' }, 'centre-utrecht');
      const after = randomUUID();
      await publish(vacancyPublishedV1 as EventContract<object>, oneOff(after));

      await eventually(async () => expect(await activity(after)).toHaveLength(1));
      const [dead] = await dlq.waitFor((records) => records.some((r) => r.key === poison));
      expect(dead!.headers[DLQ_HEADERS.reason]).toBe('handler-failed');
      expect(dead!.headers[DLQ_HEADERS.errorMessage]).toMatch(/not a UUID/);
      expect(await activity(poison)).toEqual([]);
    } finally {
      await dlq.stop();
    }
  });
});
