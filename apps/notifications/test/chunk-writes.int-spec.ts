import { enrolmentEnrolledV1, enrolmentPromotedV1, volunteerContactChangedV1, volunteerErasedV1, volunteerRegisteredV1 } from '@vc/contracts';
import { randomUUID } from 'node:crypto';
import { NotificationsTestApp, type Centre } from './notifications-test-app.js';

/**
 * A chunk of events is applied in one transaction whose rows are gathered and written set-based
 * before commit (ADR 45). What a later event of the chunk reads, changes or erases must still see
 * what an earlier one gathered.
 */
describe('events applied together in one chunk', () => {
  let app: NotificationsTestApp;
  let centre: Centre;

  beforeAll(async () => {
    app = await NotificationsTestApp.start();
    centre = await app.centre('Vrijwilligerscentrale Amersfoort');
  });

  afterAll(async () => {
    await app.stop();
  });

  /** The transaction ids that recorded these events in the inbox, once all of them are there. */
  async function transactionsOf(eventIds: string[]): Promise<Set<string>> {
    const rows = await app.until(`SELECT 1 FROM inbox_message WHERE event_id = ANY ($1) HAVING count(*) = $2`, [eventIds, eventIds.length]);
    expect(rows).toHaveLength(1);
    const recorded = await app.sql(`SELECT xmin::text AS tx FROM inbox_message WHERE event_id = ANY ($1)`, [eventIds]);
    return new Set(recorded.map((row) => String(row.tx)));
  }

  it('erases what an earlier event of the same chunk queued and stored: nothing personal is left and nothing is sent', async () => {
    const volunteerId = randomUUID();
    const { email } = await app.contact(centre, volunteerId);
    await app.until(`SELECT 1 FROM contact WHERE volunteer_id = $1`, [volunteerId]);

    const ids = await app.publishTogether('registrations', [
      { contract: volunteerRegisteredV1, fields: app.registration(centre, volunteerId) },
      { contract: volunteerErasedV1, fields: app.erasure(centre, volunteerId) },
    ]);
    // One transaction recorded both: the registration's writes and the erasure were in one chunk.
    expect((await transactionsOf(ids)).size).toBe(1);

    for (const table of ['contact', 'delivery', 'volunteer_anniversary', 'in_app_message']) {
      expect(await app.sql(`SELECT * FROM ${table} WHERE volunteer_id = $1`, [volunteerId])).toEqual([]);
    }
    // The welcome was queued (email and in-app) and cancelled in the same transaction, anonymous.
    const welcome = await app.sql(`SELECT channel, status, recipient, variables FROM delivery WHERE volunteer_id IS NULL AND template = 'welcome' AND centre_id = $1 ORDER BY channel`, [centre.centreId]);
    expect(welcome).toEqual([
      { channel: 'email', status: 'cancelled', recipient: null, variables: {} },
      { channel: 'in-app', status: 'cancelled', recipient: null, variables: {} },
    ]);
    // A later welcome of the same centre is sent: the dispatcher has run since, and sent nothing to the erased person.
    await app.welcomedVolunteer(centre);
    expect(app.smtp.to(email)).toEqual([]);
    expect(JSON.stringify(await app.sql(`SELECT * FROM delivery`))).not.toContain(volunteerId);
  });

  it('keeps the last contact record of a person that changed twice in one chunk, and welcomes them at that address', async () => {
    const volunteerId = randomUUID();
    const contact = (email: string) => ({
      subject: volunteerId,
      centreId: centre.centreId,
      regionId: centre.regionId,
      payload: { volunteerId, centreId: centre.centreId, firstName: 'Noor', lastName: 'Bakker', email, preferredLanguage: 'nl' as const },
    });
    const ids = await app.publishTogether('registrations', [
      { contract: volunteerContactChangedV1, fields: contact(`old-${volunteerId}@example.org`) },
      { contract: volunteerContactChangedV1, fields: contact(`new-${volunteerId}@example.org`) },
    ]);
    expect((await transactionsOf(ids)).size).toBe(1);
    expect(await app.sql(`SELECT email FROM contact WHERE volunteer_id = $1`, [volunteerId])).toEqual([{ email: `new-${volunteerId}@example.org` }]);

    await app.publish('registrations', volunteerRegisteredV1, app.registration(centre, volunteerId));
    await app.mailsTo(`new-${volunteerId}@example.org`, 1);
    expect(app.smtp.to(`old-${volunteerId}@example.org`)).toEqual([]);
  });

  it('queues one confirmation when an enrolment is reported enrolled and promoted in the same chunk (one key twice in one INSERT)', async () => {
    const { volunteerId, email } = await app.welcomedVolunteer(centre);
    const enrolment = { enrolmentId: randomUUID(), sessionId: randomUUID(), courseId: randomUUID(), centreId: centre.centreId, participantCentreId: centre.centreId, volunteerId };
    // Promoted from the waiting list reports the status it reached: enrolled.
    const fields = { subject: enrolment.enrolmentId, centreId: centre.centreId, regionId: centre.regionId, payload: { ...enrolment, status: 'enrolled' as const } };
    const ids = await app.publishTogether('training', [
      { contract: enrolmentEnrolledV1, fields },
      { contract: enrolmentPromotedV1, fields },
    ]);
    expect((await transactionsOf(ids)).size).toBe(1);

    const confirmations = await app.sql(`SELECT channel, source_event_type FROM delivery WHERE volunteer_id = $1 AND template = 'enrolment-confirmed' ORDER BY channel`, [volunteerId]);
    // The first event of the chunk wins, as it would one by one.
    expect(confirmations).toEqual([
      { channel: 'email', source_event_type: enrolmentEnrolledV1.type },
      { channel: 'in-app', source_event_type: enrolmentEnrolledV1.type },
    ]);
    await app.mailsTo(email, 2);
  });

  it('queues each of many registrations of one chunk once, with its registration date; the chunk delivered again adds nothing', async () => {
    const people = Array.from({ length: 20 }, () => randomUUID());
    // One record key for all, so they share a partition (and a chunk); the handler reads the payload.
    const registration = (volunteerId: string) => ({ ...app.registration(centre, volunteerId), subject: centre.centreId });
    const ids = await app.publishTogether('registrations', people.map((volunteerId) => ({ contract: volunteerRegisteredV1, fields: registration(volunteerId) })));
    expect((await transactionsOf(ids)).size).toBe(1);
    const count = async (sql: string) => Number((await app.sql(sql, [people]))[0]!.n);
    const welcomes = `SELECT count(*)::int AS n FROM delivery WHERE volunteer_id = ANY ($1) AND template = 'welcome'`;
    expect(await count(welcomes)).toBe(40);
    expect(await count(`SELECT count(DISTINCT delivery_key)::int AS n FROM delivery WHERE volunteer_id = ANY ($1)`)).toBe(40);
    expect(await count(`SELECT count(*)::int AS n FROM volunteer_anniversary WHERE volunteer_id = ANY ($1)`)).toBe(20);

    // The same records again, as a redelivery after a lost offset commit brings them, then one new
    // registration behind them in the same partition: once it is queued, the others were seen.
    for (const [i, volunteerId] of people.entries()) await app.republish('registrations', volunteerRegisteredV1, registration(volunteerId), ids[i]!);
    const marker = randomUUID();
    await app.publish('registrations', volunteerRegisteredV1, registration(marker));
    await app.until(`SELECT 1 FROM delivery WHERE volunteer_id = $1`, [marker]);
    expect(await count(welcomes)).toBe(40);
  });
});
