import { matchAcceptedV1, vacancyPublishedV1, type MatchSnapshotV1, type VacancyPublishedV1 } from '@vc/contracts';
import { eventually } from '@vc/testing';
import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { NotificationsTestApp, type Centre } from './notifications-test-app.js';
import { WebhookReceiver } from './webhook-receiver.js';

/** Standard Webhooks for integrators, against a local receiver verifying with the reference library. */
describe('webhooks', () => {
  let app: NotificationsTestApp;
  let receiver: WebhookReceiver;
  let centre: Centre;
  let integrator: string;

  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
    app = await NotificationsTestApp.start({
      env: {
        WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
        WEBHOOK_RETRY_INITIAL_MS: '50',
        WEBHOOK_RETRY_MAX_MS: '200',
        WEBHOOK_DISABLE_AFTER_FAILURES: '4',
        WEBHOOK_DISABLE_AFTER_MS: '0',
      },
    });
    centre = await app.centre();
    integrator = await app.token('integrator', { centreId: centre.centreId });
  });

  afterAll(async () => {
    await app.stop();
    await receiver.stop();
  });

  async function register(path: string, eventTypes = ['registrations.vacancy.published']): Promise<{ id: string; secret: string }> {
    const response = await app.http().post('/v1/webhook-endpoints').set('Authorization', `Bearer ${integrator}`).send({ url: receiver.url(path), eventTypes });
    expect(response.status).toBe(201);
    return response.body;
  }

  function vacancy(target: Centre = centre): { subject: string; centreId: string; regionId: string; payload: VacancyPublishedV1 } {
    const vacancyId = randomUUID();
    const payload = { ...(vacancyPublishedV1.example as VacancyPublishedV1), vacancyId, centreId: target.centreId, organisationId: randomUUID() };
    return { subject: vacancyId, centreId: target.centreId, regionId: target.regionId, payload };
  }

  function verified(secret: string, hook: { headers: Record<string, string>; body: string }): unknown {
    return new Webhook(secret).verify(hook.body, {
      'webhook-id': hook.headers['webhook-id']!,
      'webhook-timestamp': hook.headers['webhook-timestamp']!,
      'webhook-signature': hook.headers['webhook-signature']!,
    });
  }

  it('delivers a subscribed public event of its centre, signed so the reference library verifies it; nothing else', async () => {
    const endpoint = await register('/signed');
    expect(endpoint.secret).toMatch(/^whsec_/);
    const other = await app.centre();
    const otherCentresEvent = await app.publish('registrations', vacancyPublishedV1, vacancy(other));
    const match: MatchSnapshotV1 = { ...(matchAcceptedV1.example as MatchSnapshotV1), matchId: randomUUID(), volunteerId: randomUUID(), centreId: centre.centreId, regionId: centre.regionId };
    const unsubscribedEvent = await app.publish('matching', matchAcceptedV1, { subject: match.matchId, centreId: centre.centreId, regionId: centre.regionId, payload: match });
    const fields = vacancy();
    const eventId = await app.publish('registrations', vacancyPublishedV1, fields);
    await app.republish('registrations', vacancyPublishedV1, fields, eventId);

    await eventually(() => expect(receiver.at('/signed').length).toBeGreaterThanOrEqual(1));
    const [hook] = receiver.at('/signed');
    expect(hook!.headers['webhook-id']).toBe(eventId);
    expect(verified(endpoint.secret, hook!)).toEqual({ type: 'registrations.vacancy.published', timestamp: expect.any(String), data: fields.payload });
    const log = await app.until(`SELECT 1 FROM webhook_delivery WHERE endpoint_id = $1 AND status = 'delivered'`, [endpoint.id]);
    // The redelivery, the other centre's event and the unsubscribed type queued nothing.
    await app.until(`SELECT 1 FROM inbox_message WHERE event_id = $1`, [otherCentresEvent]);
    await app.until(`SELECT 1 FROM inbox_message WHERE event_id = $1`, [unsubscribedEvent]);
    expect(log).toHaveLength(1);
    expect(await app.sql(`SELECT event_id FROM webhook_delivery WHERE endpoint_id = $1`, [endpoint.id])).toEqual([{ event_id: eventId }]);
    expect(receiver.at('/signed')).toHaveLength(1);

    const read = await app.http().get(`/v1/webhook-endpoints/${endpoint.id}/deliveries`).set('Authorization', `Bearer ${integrator}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual([expect.objectContaining({ eventId, eventType: 'registrations.vacancy.published', status: 'delivered', attempts: 1, lastStatusCode: 200 })]);
  });

  it('retries after failures, waits as long as Retry-After asks, and delivers once', async () => {
    receiver.script('/flaky', [{ status: 500 }, { status: 429, headers: { 'Retry-After': '1' } }, { status: 200 }]);
    const endpoint = await register('/flaky');
    const eventId = await app.publish('registrations', vacancyPublishedV1, vacancy());

    const [delivered] = await app.until(`SELECT attempts, last_status_code FROM webhook_delivery WHERE endpoint_id = $1 AND status = 'delivered'`, [endpoint.id]);
    expect(delivered).toEqual({ attempts: 3, last_status_code: 200 });
    const hooks = receiver.at('/flaky');
    expect(hooks.map((h) => h.headers['webhook-id'])).toEqual([eventId, eventId, eventId]);
    // Retry-After: 1 means not before a second later.
    expect(hooks[2]!.at - hooks[1]!.at).toBeGreaterThanOrEqual(1000);
    for (const hook of hooks) expect(() => verified(endpoint.secret, hook)).not.toThrow();
  });

  it('disables an endpoint that answers 410 Gone and says so; later events are not queued', async () => {
    receiver.script('/gone', [], { status: 410 });
    const endpoint = await register('/gone');
    await app.publish('registrations', vacancyPublishedV1, vacancy());

    await app.until(`SELECT 1 FROM webhook_endpoint WHERE id = $1 AND status = 'disabled'`, [endpoint.id]);
    const list = await app.http().get('/v1/webhook-endpoints').set('Authorization', `Bearer ${integrator}`);
    expect(list.body.find((e: { id: string }) => e.id === endpoint.id)).toEqual(expect.objectContaining({ status: 'disabled', disabledReason: 'The endpoint answered 410 Gone' }));
    const barrier = await app.publish('registrations', vacancyPublishedV1, vacancy());
    await app.until(`SELECT 1 FROM inbox_message WHERE event_id = $1`, [barrier]);
    expect(receiver.at('/gone')).toHaveLength(1);
    expect(await app.sql(`SELECT status, last_status_code FROM webhook_delivery WHERE endpoint_id = $1`, [endpoint.id])).toEqual([{ status: 'failed', last_status_code: 410 }]);
  });

  it('disables an endpoint after sustained failure and cancels what was waiting', async () => {
    receiver.script('/down', [], { status: 503 });
    const endpoint = await register('/down');
    await app.publish('registrations', vacancyPublishedV1, vacancy());

    const [disabled] = await app.until(`SELECT disabled_reason FROM webhook_endpoint WHERE id = $1 AND status = 'disabled'`, [endpoint.id]);
    expect(disabled!.disabled_reason).toBe('Disabled after 4 failed deliveries in a row (last: HTTP 503)');
    expect(await app.sql(`SELECT status FROM webhook_delivery WHERE endpoint_id = $1`, [endpoint.id])).toEqual([{ status: 'cancelled' }]);
    expect(receiver.at('/down')).toHaveLength(4);
  });

  it('rotates the secret: during the overlap both old and new secret verify', async () => {
    const endpoint = await register('/rotated');
    const rotated = await app.http().post(`/v1/webhook-endpoints/${endpoint.id}/rotate-secret`).set('Authorization', `Bearer ${integrator}`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    await app.publish('registrations', vacancyPublishedV1, vacancy());

    await eventually(() => expect(receiver.at('/rotated')).toHaveLength(1));
    const [hook] = receiver.at('/rotated');
    expect(() => verified(rotated.body.secret, hook!)).not.toThrow();
    expect(() => verified(endpoint.secret, hook!)).not.toThrow();
  });

  describe('bad input and other centres', () => {
    async function endpointsStored(): Promise<number> {
      return Number((await app.sql(`SELECT count(*)::int AS n FROM webhook_endpoint`))[0]!.n);
    }

    it.each([
      ['no url', { eventTypes: ['registrations.vacancy.published'] }, ['url']],
      ['a url that is not one', { url: 'not a url', eventTypes: ['registrations.vacancy.published'] }, ['url']],
      ['an ftp url', { url: 'ftp://example.org/hook', eventTypes: ['registrations.vacancy.published'] }, ['url']],
      ['the restricted contact stream', { url: 'https://example.org/hook', eventTypes: ['registrations.volunteer-contact.changed'] }, ['eventTypes']],
      ['no event types', { url: 'https://example.org/hook', eventTypes: [] }, ['eventTypes']],
      ['an unknown field', { url: 'https://example.org/hook', eventTypes: ['registrations.vacancy.published'], secret: 'whsec_x' }, ['secret']],
    ])('refuses %s: 400 problem per field, nothing stored', async (_case, body, fields) => {
      const before = await endpointsStored();
      const response = await app.http().post('/v1/webhook-endpoints').set('Authorization', `Bearer ${integrator}`).send(body);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(fields);
      expect(await endpointsStored()).toBe(before);
    });

    it("hides another centre's endpoints and log", async () => {
      const endpoint = await register('/private');
      const stranger = await app.token('integrator', { centreId: (await app.centre()).centreId });
      expect((await app.http().get(`/v1/webhook-endpoints/${endpoint.id}/deliveries`).set('Authorization', `Bearer ${stranger}`)).status).toBe(404);
      expect((await app.http().post(`/v1/webhook-endpoints/${endpoint.id}/rotate-secret`).set('Authorization', `Bearer ${stranger}`)).status).toBe(404);
      expect((await app.http().get('/v1/webhook-endpoints').set('Authorization', `Bearer ${stranger}`)).body).toEqual([]);
      const volunteer = await app.token('volunteer', { centreId: centre.centreId, volunteerId: randomUUID() });
      expect((await app.http().get('/v1/webhook-endpoints').set('Authorization', `Bearer ${volunteer}`)).status).toBe(403);
    });
  });
});

describe('webhook targets without the operator setting (SSRF)', () => {
  let app: NotificationsTestApp;
  let integrator: string;

  beforeAll(async () => {
    app = await NotificationsTestApp.start();
    integrator = await app.token('integrator', { centreId: (await app.centre()).centreId });
  });

  afterAll(async () => {
    await app.stop();
  });

  it.each([
    ['loopback', 'https://127.0.0.1/hook', 'webhook-target-forbidden'],
    ['a name for loopback', 'https://localhost:8443/hook', 'webhook-target-forbidden'],
    ['cloud metadata (link-local)', 'https://169.254.169.254/latest/meta-data', 'webhook-target-forbidden'],
    ['a private network', 'https://10.0.0.8/hook', 'webhook-target-forbidden'],
    ['IPv6 loopback', 'https://[::1]/hook', 'webhook-target-forbidden'],
    ['plain http', 'http://example.org/hook', 'webhook-url-not-https'],
  ])('refuses %s and stores nothing', async (_case, url, slug) => {
    const response = await app.http().post('/v1/webhook-endpoints').set('Authorization', `Bearer ${integrator}`).send({ url, eventTypes: ['registrations.vacancy.published'] });
    expect(response.status).toBe(422);
    expect(response.body.type).toMatch(new RegExp(`${slug}$`));
    expect(await app.sql(`SELECT 1 FROM webhook_endpoint`)).toEqual([]);
  });
});
