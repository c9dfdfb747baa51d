import { volunteerRegisteredV1 } from '@vc/contracts';
import { loadConfig, runInTenant } from '@vc/service-kit';
import { createTestDatabase, eventually, testLogger } from '@vc/testing';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { AppreciationScheduler } from '../src/appreciation/appreciation.scheduler.js';
import { createAppDataSource, prepareDatabase } from '../src/database/prepare-database.js';
import { Dispatcher } from '../src/delivery/dispatcher.js';
import { SmtpEmailSender } from '../src/delivery/email-sender.js';
import { enqueueMessage } from '../src/delivery/enqueue.js';
import { NotificationsConfig } from '../src/notifications.config.js';
import { startNotifications } from '../src/start-notifications.js';
import { Templates } from '../src/templates/templates.js';
import { UnsubscribeTokens } from '../src/unsubscribe/unsubscribe-token.js';
import { NotificationsTestApp, type Centre } from './notifications-test-app.js';

/** SMTP outages, racing instances, the yearly appreciation run, and a start refused over a template. */
describe('reliability', () => {
  let app: NotificationsTestApp;
  let centre: Centre;

  beforeAll(async () => {
    // The SMTP peer starts down: the first test brings it up.
    app = await NotificationsTestApp.start({ smtpDown: true });
    centre = await app.centre('Vrijwilligerscentrale Utrecht');
  });

  afterAll(async () => {
    await app.stop();
  });

  it('keeps retrying while SMTP is down and delivers exactly once when it is back', async () => {
    const volunteerId = randomUUID();
    const { email } = await app.contact(centre, volunteerId);
    await app.publish('registrations', volunteerRegisteredV1, app.registration(centre, volunteerId));
    const [failing] = await app.until(`SELECT status, last_error FROM delivery WHERE volunteer_id = $1 AND channel = 'email' AND attempts >= 2`, [volunteerId]);
    expect(failing).toEqual({ status: 'pending', last_error: expect.stringMatching(/ECONNECTION|ECONNREFUSED|ESOCKET/) });

    await app.smtp.start();
    const [mail] = await app.mailsTo(email, 1);
    expect(mail!.subject).toBe('Welkom bij Vrijwilligerscentrale Utrecht');
    // Another person's welcome, sent after, shows the dispatcher moved on without sending the first twice.
    const later = await app.welcomedVolunteer(centre);
    expect(app.smtp.to(later.email)).toHaveLength(1);
    expect(app.smtp.to(email)).toHaveLength(1);
    const [sent] = await app.sql(`SELECT status, attempts, recipient FROM delivery WHERE volunteer_id = $1 AND channel = 'email'`, [volunteerId]);
    expect(sent).toEqual({ status: 'sent', attempts: expect.any(Number), recipient: email });
    expect(Number(sent!.attempts)).toBeGreaterThanOrEqual(3);
  });

  it('sends one message per delivery when three dispatchers race over the same queue', async () => {
    const people = Array.from({ length: 30 }, () => randomUUID());
    await runInTenant(app.running.dataSource, { consortium: true }, async (manager) => {
      for (const volunteerId of people) {
        await manager.query(`INSERT INTO contact (volunteer_id, centre_id, first_name, last_name, email, language) VALUES ($1, $2, 'Race', 'Test', $3, 'nl')`, [
          volunteerId,
          centre.centreId,
          `${volunteerId}@example.org`,
        ]);
        await enqueueMessage(manager, { centreId: centre.centreId, volunteerId, template: 'welcome', cause: 'race', sourceEventType: 'test', channels: ['email'] });
      }
    });
    const racers = [1, 2].map(
      () =>
        new Dispatcher({
          dataSource: app.running.dataSource,
          email: new SmtpEmailSender({ host: '127.0.0.1', port: app.smtp.port, secure: false }),
          templates: Templates.load(),
          tokens: new UnsubscribeTokens('test-unsubscribe-secret-of-at-least-32-chars'),
          logger: testLogger('racer'),
          defaultFrom: 'test@example.org',
          publicBaseUrl: 'http://notifications.test',
          maxAttempts: 5,
          retry: { initialMs: 100, maxMs: 400 },
          intervalMs: 0,
          batchSize: 5,
        }),
    );
    await Promise.all([...racers.map((racer) => racer.drain()), app.running.dispatcher.drain()]);

    for (const volunteerId of people) await app.mailsTo(`${volunteerId}@example.org`, 1);
    for (const volunteerId of people) expect(app.smtp.to(`${volunteerId}@example.org`)).toHaveLength(1);
    // The service's own dispatcher keeps running too: a batch it claimed may still be recording.
    await eventually(async () => {
      const statuses = await app.sql(`SELECT status, count(*)::int AS n FROM delivery WHERE volunteer_id = ANY($1) GROUP BY status`, [people]);
      expect(statuses).toEqual([{ status: 'sent', n: 30 }]);
    });
    for (const volunteerId of people) expect(app.smtp.to(`${volunteerId}@example.org`)).toHaveLength(1);
  });

  it('ends a dispatcher run with what was due when it began: messages retrying on short backoffs wait for the next run', async () => {
    // A database of its own: the service's database also holds messages queued from other suites'
    // events (the topics are shared), and its own dispatcher works on them.
    const database = await createTestDatabase('notifications_run');
    await prepareDatabase(database.url, 'notifications_app');
    const dataSource = await createAppDataSource(database.url, 'notifications_app').initialize();
    try {
      // Nobody's contact data is here, so each attempt reschedules the message a millisecond or two ahead.
      const people = Array.from({ length: 20 }, () => randomUUID());
      await runInTenant(dataSource, { consortium: true }, async (manager) => {
        for (const volunteerId of people) {
          await enqueueMessage(manager, { centreId: centre.centreId, volunteerId, template: 'welcome', cause: 'no-contact', sourceEventType: 'test', channels: ['email'] });
        }
      });
      const impatient = new Dispatcher({
        dataSource,
        email: new SmtpEmailSender({ host: '127.0.0.1', port: app.smtp.port, secure: false }),
        templates: Templates.load(),
        tokens: new UnsubscribeTokens('test-unsubscribe-secret-of-at-least-32-chars'),
        logger: testLogger('impatient'),
        defaultFrom: 'test@example.org',
        publicBaseUrl: 'http://notifications.test',
        maxAttempts: 5,
        retry: { initialMs: 1, maxMs: 2 },
        intervalMs: 0,
        batchSize: 5,
      });

      // Each message is tried once in this run (before, the run kept claiming them again and again).
      expect(await impatient.drain()).toBe(20);
      const waiting = await runInTenant(dataSource, { consortium: true }, (manager) => manager.query(`SELECT DISTINCT status, last_error FROM delivery`));
      expect(waiting).toEqual([{ status: 'pending', last_error: 'waiting for contact data' }]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });

  it('thanks every volunteer of a centre once on the Dag van de Vrijwilliger, with two schedulers and a restart', async () => {
    const dayCentre = await app.centre('Vrijwilligerscentrale Amersfoort');
    const first = await app.welcomedVolunteer(dayCentre, { firstName: 'Femke' });
    const second = await app.welcomedVolunteer(dayCentre, { firstName: 'Joris' });
    const scheduler = () =>
      new AppreciationScheduler({ dataSource: app.running.dataSource, logger: testLogger('appreciation'), intervalMs: 0, now: () => new Date('2031-12-07T08:00:00Z'), onQueued: () => app.running.dispatcher.wake() });

    await Promise.all([scheduler().runOnce(), scheduler().runOnce()]);
    await scheduler().runOnce(); // a restart that day

    const [mail] = (await app.mailsTo(first.email, 2)).filter((m) => m.subject === 'Dank je wel op de Dag van de Vrijwilliger');
    expect(mail!.text).toContain('Vandaag, op de Dag van de Vrijwilliger 2031, willen we je bedanken.');
    expect(mail!.text).toContain('Beste Femke,');
    await app.mailsTo(second.email, 2);
    const [runs] = await app.sql(`SELECT count(*)::int AS n FROM appreciation_run WHERE centre_id = $1 AND kind = 'volunteer-day' AND year = 2031`, [dayCentre.centreId]);
    expect(runs).toEqual({ n: 1 });
    // The two instances share the centres out between them: each centre's run is claimed by one, so
    // this centre's two volunteers got one email and one in-app message each. (Counted for this
    // centre: the service also knows centres and people from other suites' events.)
    expect(await app.sql(`SELECT count(*)::int AS n FROM delivery WHERE centre_id = $1 AND template = 'volunteer-day'`, [dayCentre.centreId])).toEqual([{ n: 4 }]);
    expect(await app.sql(`SELECT channel FROM delivery WHERE volunteer_id = $1 AND template = 'volunteer-day' ORDER BY channel`, [first.volunteerId])).toEqual([
      { channel: 'email' },
      { channel: 'in-app' },
    ]);
    expect(app.smtp.to(first.email).filter((m) => m.subject === 'Dank je wel op de Dag van de Vrijwilliger')).toHaveLength(1);
    expect(app.smtp.to(second.email).filter((m) => m.subject === 'Dank je wel op de Dag van de Vrijwilliger')).toHaveLength(1);
  });

  it('refuses to start with a template override that uses an unknown variable, saying which', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'notifications-')), 'templates.json');
    writeFileSync(file, JSON.stringify({ [centre.centreId]: { welcome: { nl: { text: 'Hallo {{voornaam}}' } } } }));
    const config = loadConfig(NotificationsConfig, {
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      KAFKA_BROKERS: '127.0.0.1:1',
      JWT_SECRET: 'test-secret-for-notifications-integration-tests',
      TEMPLATE_OVERRIDES_FILE: file,
    });

    await expect(startNotifications(config, testLogger('refused'))).rejects.toThrow(
      `centre ${centre.centreId}, template welcome, nl text: unknown variable {{voornaam}} (known: firstName, lastName, centreName)`,
    );
  });
});
