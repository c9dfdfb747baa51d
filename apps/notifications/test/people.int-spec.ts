import { runInTenant } from '@vc/service-kit';
import { eventually } from '@vc/testing';
import { certificateIssuedV1, placementHoursConfirmedV1, volunteerRegisteredV1, type PlacementHoursConfirmedV1 } from '@vc/contracts';
import { randomUUID } from 'node:crypto';
import { NotificationsTestApp, type Centre } from './notifications-test-app.js';
import { rawHeader } from './smtp-peer.js';

/**
 * What belongs to a person: their inbox, their preferences, the unsubscribe link, and erasure.
 * Plus bad input on every endpoint and row-level security on every table.
 */
describe('inbox, preferences, unsubscribe, erasure', () => {
  let app: NotificationsTestApp;
  let centre: Centre;
  let other: Centre;

  beforeAll(async () => {
    app = await NotificationsTestApp.start();
    centre = await app.centre('Vrijwilligerscentrale Utrecht');
    other = await app.centre('Vrijwilligerscentrale Zeist');
  });

  afterAll(async () => {
    await app.stop();
  });

  async function certificate(volunteerId: string): Promise<void> {
    const certificateId = randomUUID();
    await app.publish('training', certificateIssuedV1, {
      subject: certificateId,
      centreId: centre.centreId,
      regionId: centre.regionId,
      payload: { certificateId, centreId: centre.centreId, volunteerId, kind: 'course', courseId: randomUUID(), placementId: null, issuedOn: '2027-03-19' },
    });
  }

  it('keeps an in-app inbox the volunteer lists, counts and marks read; nobody else sees it', async () => {
    const { volunteerId } = await app.welcomedVolunteer(centre, { firstName: 'Ilse' });
    const me = await app.token('volunteer', { centreId: centre.centreId, volunteerId });
    await app.until(`SELECT 1 FROM in_app_message WHERE volunteer_id = $1`, [volunteerId]);

    const list = await app.http().get('/v1/me/messages').set('Authorization', `Bearer ${me}`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual([expect.objectContaining({ title: 'Welkom bij Vrijwilligerscentrale Utrecht', category: 'transactional', readAt: null })]);
    expect(list.body[0].body).toContain('Beste Ilse,');
    expect((await app.http().get('/v1/me/messages/unread-count').set('Authorization', `Bearer ${me}`)).body).toEqual({ unread: 1 });

    const someoneElse = await app.token('volunteer', { centreId: centre.centreId, volunteerId: randomUUID() });
    expect((await app.http().post(`/v1/me/messages/${list.body[0].id}/read`).set('Authorization', `Bearer ${someoneElse}`)).status).toBe(404);
    expect((await app.http().get('/v1/me/messages').set('Authorization', `Bearer ${someoneElse}`)).body).toEqual([]);
    // Staff have an inbox of their own (ADR 44): it never shows a volunteer's messages.
    const staff = await app.token('centre-admin', { centreId: centre.centreId });
    expect((await app.http().get('/v1/me/messages').set('Authorization', `Bearer ${staff}`)).body).toEqual([]);
    expect((await app.http().post(`/v1/me/messages/${list.body[0].id}/read`).set('Authorization', `Bearer ${staff}`)).status).toBe(404);

    expect((await app.http().post(`/v1/me/messages/${list.body[0].id}/read`).set('Authorization', `Bearer ${me}`)).status).toBe(204);
    expect((await app.http().get('/v1/me/messages/unread-count').set('Authorization', `Bearer ${me}`)).body).toEqual({ unread: 0 });
    expect((await app.http().get('/v1/me/messages?unread=true').set('Authorization', `Bearer ${me}`)).body).toEqual([]);
  });

  it('respects an opt-out: no email for that category, transactional still sent', async () => {
    const { volunteerId, email } = await app.welcomedVolunteer(centre);
    const me = await app.token('volunteer', { centreId: centre.centreId, volunteerId });
    const put = await app.http().put('/v1/me/preferences').set('Authorization', `Bearer ${me}`).send({ optedOut: ['updates'], quietHours: null });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ optedOut: ['updates'], quietHours: null });

    await certificate(volunteerId);
    await app.until(`SELECT 1 FROM delivery WHERE volunteer_id = $1 AND template = 'certificate-issued' AND channel = 'email' AND status = 'skipped'`, [volunteerId]);
    await app.publish('registrations', volunteerRegisteredV1, app.registration(centre, volunteerId));
    await app.mailsTo(email, 2);
    expect(app.smtp.to(email).map((m) => m.subject)).toEqual(['Welkom bij Vrijwilligerscentrale Utrecht', 'Welkom bij Vrijwilligerscentrale Utrecht']);
  });

  it('holds email during quiet hours', async () => {
    const { volunteerId, email } = await app.welcomedVolunteer(centre);
    const me = await app.token('volunteer', { centreId: centre.centreId, volunteerId });
    // Quiet from now until an hour from now, Amsterdam wall clock.
    const clock = (offsetMs: number) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(Date.now() + offsetMs));
    const put = await app.http().put('/v1/me/preferences').set('Authorization', `Bearer ${me}`).send({ optedOut: [], quietHours: { starts: clock(-60_000), ends: clock(3_600_000) } });
    expect(put.status).toBe(200);

    await app.publish('registrations', volunteerRegisteredV1, app.registration(centre, volunteerId));
    const [held] = await app.until(
      `SELECT status, attempts, next_attempt_at > now() + interval '30 minutes' AS later FROM delivery
        WHERE volunteer_id = $1 AND channel = 'email' AND last_error = 'quiet hours'`,
      [volunteerId],
    );
    expect(held).toEqual({ status: 'pending', attempts: 0, later: true });
    expect(app.smtp.to(email)).toHaveLength(1);
  });

  it('unsubscribes with one click from the List-Unsubscribe link, and refuses a tampered one', async () => {
    const { volunteerId, email } = await app.welcomedVolunteer(centre);
    await certificate(volunteerId);
    const [, mail] = await app.mailsTo(email, 2);
    const url = new URL(rawHeader(mail!, 'list-unsubscribe')!.slice(1, -1));
    const path = `${url.pathname}${url.search}`;

    const page = await app.http().get(path);
    expect(page.status).toBe(200);
    expect(page.text).toContain('berichten over trainingen en certificaten');
    expect((await app.sql(`SELECT 1 FROM preference WHERE volunteer_id = $1`, [volunteerId]))).toEqual([]);

    const token = url.searchParams.get('token')!;
    const tampered = `${token.slice(0, 5)}${token[5] === 'A' ? 'B' : 'A'}${token.slice(6)}`;
    const refused = await app.http().post(`/v1/unsubscribe?token=${tampered}`).type('form').send('List-Unsubscribe=One-Click');
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await app.sql(`SELECT 1 FROM preference WHERE volunteer_id = $1`, [volunteerId]))).toEqual([]);

    const done = await app.http().post(path).type('form').send('List-Unsubscribe=One-Click');
    expect(done.status).toBe(200);
    expect(await app.sql(`SELECT category, opted_out FROM preference WHERE volunteer_id = $1`, [volunteerId])).toEqual([{ category: 'updates', opted_out: true }]);
  });

  it('erases everything personal on volunteer.erased; the delivery log keeps anonymous rows', async () => {
    const { volunteerId, email } = await app.welcomedVolunteer(centre);
    const me = await app.token('volunteer', { centreId: centre.centreId, volunteerId });
    await app.http().put('/v1/me/preferences').set('Authorization', `Bearer ${me}`).send({ optedOut: ['appreciation'], quietHours: { starts: '22:00', ends: '07:00' } });
    await app.publish('matching', placementHoursConfirmedV1, {
      subject: randomUUID(),
      centreId: centre.centreId,
      regionId: centre.regionId,
      payload: {
        ...(placementHoursConfirmedV1.example as PlacementHoursConfirmedV1),
        volunteerId,
        centreId: centre.centreId,
        regionId: centre.regionId,
        volunteerConfirmedHours: 3,
      },
    });
    await app.until(`SELECT 1 FROM volunteer_hours WHERE volunteer_id = $1`, [volunteerId]);
    const sent = Number((await app.sql(`SELECT count(*)::int AS n FROM delivery WHERE volunteer_id = $1`, [volunteerId]))[0]!.n);

    await app.erase(centre, volunteerId);
    await eventually(async () => expect(await app.sql(`SELECT 1 FROM contact WHERE volunteer_id = $1`, [volunteerId])).toEqual([]));

    for (const table of ['contact', 'preference', 'quiet_hours', 'in_app_message', 'volunteer_hours', 'delivery']) {
      expect(await app.sql(`SELECT * FROM ${table} WHERE volunteer_id = $1`, [volunteerId])).toEqual([]);
    }
    const everything = JSON.stringify(await app.sql(`SELECT * FROM delivery`));
    expect(everything).not.toContain(email);
    expect(everything).not.toContain(volunteerId);
    expect((await app.sql(`SELECT count(*)::int AS n FROM delivery WHERE volunteer_id IS NULL AND recipient IS NULL AND subject IS NULL`))[0]!.n).toBeGreaterThanOrEqual(sent);
  });

  it('erases the contact on a tombstone of the contact topic', async () => {
    const { volunteerId, email } = await app.welcomedVolunteer(centre);
    await app.contactTombstone(centre, volunteerId);
    await eventually(async () => expect(await app.sql(`SELECT 1 FROM contact WHERE volunteer_id = $1`, [volunteerId])).toEqual([]));
    expect(JSON.stringify(await app.sql(`SELECT * FROM delivery`))).not.toContain(email);
    expect(await app.sql(`SELECT 1 FROM in_app_message WHERE volunteer_id = $1`, [volunteerId])).toEqual([]);
  });

  it('deletes an in-app message that a dispatcher commits while the erasure is running', async () => {
    const { volunteerId } = await app.welcomedVolunteer(centre);
    let commit!: () => void;
    const committed = new Promise<void>((resolve) => (commit = resolve));
    let written!: () => void;
    const inserted = new Promise<void>((resolve) => (written = resolve));
    // Plays a dispatcher recording a delivery as sent, the way it does: the delivery rows first,
    // then the in-app message, and the commit only after the erasure has started.
    const recording = runInTenant(app.running.dataSource, { consortium: true }, async (manager) => {
      await manager.query(`UPDATE delivery SET attempts = attempts WHERE volunteer_id = $1`, [volunteerId]);
      await manager.query(
        `INSERT INTO in_app_message (id, centre_id, volunteer_id, delivery_id, category, title, body) VALUES ($1, $2, $3, $4, 'transactional', 'Hallo', 'Tekst')`,
        [randomUUID(), centre.centreId, volunteerId, randomUUID()],
      );
      written();
      await committed;
    });
    await inserted;
    await app.erase(centre, volunteerId);
    await eventually(async () => {
      // The erasure waits for the recording transaction's lock on the delivery rows.
      const waiting = await app.sql(`SELECT DISTINCT pid FROM pg_locks WHERE NOT granted`);
      expect(waiting).toHaveLength(1);
    });
    commit();
    await recording;
    await eventually(async () => expect(await app.sql(`SELECT 1 FROM contact WHERE volunteer_id = $1`, [volunteerId])).toEqual([]));
    expect(await app.sql(`SELECT 1 FROM in_app_message WHERE volunteer_id = $1`, [volunteerId])).toEqual([]);
  });

  it("sends from the centre's own sender and reply-to once its admin set them", async () => {
    const admin = await app.token('centre-admin', { centreId: other.centreId });
    const put = await app
      .http()
      .put('/v1/email-settings')
      .set('Authorization', `Bearer ${admin}`)
      .send({ fromName: 'Vrijwilligerscentrale Zeist', fromAddress: 'info@zeist.example', replyTo: 'balie@zeist.example' });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ from: '"Vrijwilligerscentrale Zeist" <info@zeist.example>', replyTo: 'balie@zeist.example' });

    const { email } = await app.welcomedVolunteer(other);
    const [mail] = app.smtp.to(email);
    expect(mail!.from!.value).toEqual([{ name: 'Vrijwilligerscentrale Zeist', address: 'info@zeist.example' }]);
    expect(mail!.replyTo!.value).toEqual([{ name: '', address: 'balie@zeist.example' }]);
  });

  it.each([
    ['a sender name with angle brackets', { fromName: 'X <evil@example.org>', fromAddress: 'a@example.org', replyTo: null }, ['fromName']],
    ['no address and a bad reply-to', { fromName: 'Centrale', replyTo: 'nope' }, ['fromAddress', 'replyTo']],
  ])('refuses email settings with %s, changing nothing', async (_case, body, fields) => {
    const admin = await app.token('centre-admin', { centreId: centre.centreId });
    const response = await app.http().put('/v1/email-settings').set('Authorization', `Bearer ${admin}`).send(body);
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(fields);
    expect(await app.sql(`SELECT email_from FROM centre WHERE id = $1`, [centre.centreId])).toEqual([{ email_from: null }]);
  });

  describe('bad input: problem+json per field, nothing stored', () => {
    const volunteerId = randomUUID();
    const cases: Array<[string, Record<string, unknown>, string[]]> = [
      ['no body fields', {}, ['optedOut', 'quietHours']],
      ['a transactional opt-out', { optedOut: ['transactional'], quietHours: null }, ['optedOut']],
      ['an unknown category and bad times', { optedOut: ['news'], quietHours: { starts: '25:00', ends: '7:00' } }, ['optedOut', 'quietHours.ends', 'quietHours.starts']],
      ['an unknown field', { optedOut: [], quietHours: null, email: 'x@example.org' }, ['email']],
      ['quiet hours as text', { optedOut: [], quietHours: '22-07' }, ['quietHours']],
    ];

    it.each(cases)('refuses %s', async (_case, body, fields) => {
      const me = await app.token('volunteer', { centreId: centre.centreId, volunteerId });
      const response = await app.http().put('/v1/me/preferences').set('Authorization', `Bearer ${me}`).send(body);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(fields);
      expect(await app.sql(`SELECT 1 FROM preference WHERE volunteer_id = $1 UNION ALL SELECT 1 FROM quiet_hours WHERE volunteer_id = $1`, [volunteerId])).toEqual([]);
    });

    it('refuses quiet hours that start and end at once (422), storing nothing', async () => {
      const me = await app.token('volunteer', { centreId: centre.centreId, volunteerId });
      const response = await app.http().put('/v1/me/preferences').set('Authorization', `Bearer ${me}`).send({ optedOut: ['updates'], quietHours: { starts: '22:00', ends: '22:00' } });
      expect(response.status).toBe(422);
      expect(await app.sql(`SELECT 1 FROM preference WHERE volunteer_id = $1`, [volunteerId])).toEqual([]);
    });

    it.each([
      ['GET /v1/me/messages?unread=yes', (t: string) => app.http().get('/v1/me/messages?unread=yes').set('Authorization', `Bearer ${t}`), 'volunteer'],
      ['POST /v1/me/messages/not-a-uuid/read', (t: string) => app.http().post('/v1/me/messages/not-a-uuid/read').set('Authorization', `Bearer ${t}`), 'volunteer'],
      ['GET /v1/deliveries?status=lost', (t: string) => app.http().get('/v1/deliveries?status=lost').set('Authorization', `Bearer ${t}`), 'centre-admin'],
      ['GET /v1/unsubscribe without a token', () => app.http().get('/v1/unsubscribe'), 'volunteer'],
      ['POST /v1/unsubscribe with garbage', () => app.http().post('/v1/unsubscribe?token=garbage'), 'volunteer'],
    ] as const)('%s is a 400 problem', async (_case, call, role) => {
      const token = await app.token(role, { centreId: centre.centreId, volunteerId });
      const response = await call(token);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    });

    it('refuses a token without a volunteer id (403) and without a token (401)', async () => {
      const noVolunteer = await app.token('volunteer', { centreId: centre.centreId });
      expect((await app.http().get('/v1/me/messages').set('Authorization', `Bearer ${noVolunteer}`)).status).toBe(403);
      expect((await app.http().get('/v1/me/messages')).status).toBe(401);
      expect((await app.http().get('/v1/deliveries')).status).toBe(401);
    });
  });

  it("shows staff only their own centre's delivery log", async () => {
    const { volunteerId } = await app.welcomedVolunteer(other);
    const staffOther = await app.token('centre-admin', { centreId: other.centreId });
    const staffHere = await app.token('centre-admin', { centreId: centre.centreId });
    const theirs = await app.http().get(`/v1/deliveries?volunteerId=${volunteerId}`).set('Authorization', `Bearer ${staffOther}`);
    expect(theirs.body.length).toBeGreaterThan(0);
    expect((await app.http().get(`/v1/deliveries?volunteerId=${volunteerId}`).set('Authorization', `Bearer ${staffHere}`)).body).toEqual([]);
    const volunteer = await app.token('volunteer', { centreId: other.centreId, volunteerId });
    expect((await app.http().get('/v1/deliveries').set('Authorization', `Bearer ${volunteer}`)).status).toBe(403);
  });

  describe('row-level security, below the HTTP layer', () => {
    const tables = ['contact', 'preference', 'quiet_hours', 'delivery', 'in_app_message', 'volunteer_hours', 'appreciation_run'];

    beforeAll(async () => {
      for (const c of [centre, other]) {
        const volunteerId = randomUUID();
        await runInTenant(app.running.dataSource, { centreId: c.centreId }, async (m) => {
          await m.query(`INSERT INTO contact (volunteer_id, centre_id, first_name, last_name, email, language) VALUES ($1, $2, 'A', 'B', 'a@example.org', 'nl')`, [volunteerId, c.centreId]);
          await m.query(`INSERT INTO preference (volunteer_id, centre_id, category, opted_out) VALUES ($1, $2, 'updates', true)`, [volunteerId, c.centreId]);
          await m.query(`INSERT INTO quiet_hours (volunteer_id, centre_id, starts, ends) VALUES ($1, $2, '22:00', '07:00')`, [volunteerId, c.centreId]);
          const deliveryId = randomUUID();
          await m.query(
            `INSERT INTO delivery (id, centre_id, volunteer_id, channel, template, category, delivery_key, source_event_type, status) VALUES ($1, $2, $3, 'in-app', 'welcome', 'transactional', $4, 'test', 'sent')`,
            [deliveryId, c.centreId, volunteerId, deliveryId],
          );
          await m.query(`INSERT INTO in_app_message (id, centre_id, volunteer_id, delivery_id, category, title, body) VALUES ($1, $2, $3, $1, 'transactional', 'T', 'B')`, [
            deliveryId,
            c.centreId,
            volunteerId,
          ]);
          await m.query(`INSERT INTO volunteer_hours (volunteer_id, centre_id, hours) VALUES ($1, $2, 3)`, [volunteerId, c.centreId]);
          await m.query(`INSERT INTO appreciation_run (centre_id, kind, year) VALUES ($1, 'test', 1999)`, [c.centreId]);
        });
      }
    });

    it('runs as a role that row-level security binds', async () => {
      const [role] = await app.running.dataSource.query(`SELECT current_user AS name, r.rolsuper, r.rolbypassrls FROM pg_roles r WHERE r.rolname = current_user`);
      expect(role).toEqual({ name: 'notifications_app', rolsuper: false, rolbypassrls: false });
    });

    it.each(tables)('%s: a centre sees only its own rows, with no filter in the query', async (table) => {
      const seen = await runInTenant(app.running.dataSource, { centreId: other.centreId }, (m) => m.query(`SELECT DISTINCT centre_id AS centre FROM ${table}`));
      expect(seen).toEqual([{ centre: other.centreId }]);
    });

    it.each(tables)('%s: without a centre setting nothing is visible', async (table) => {
      const [{ count }] = await app.running.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
      expect(count).toBe(0);
    });

    it("refuses a write into another centre's rows", async () => {
      const attempt = runInTenant(app.running.dataSource, { centreId: centre.centreId }, (m) =>
        m.query(`INSERT INTO contact (volunteer_id, centre_id, first_name, last_name, email, language) VALUES ($1, $2, 'A', 'B', 'a@example.org', 'nl')`, [
          randomUUID(),
          other.centreId,
        ]),
      );
      await expect(attempt).rejects.toThrow(/row-level security/);
    });
  });
});
