import { Webhook } from 'standardwebhooks';
import { newWebhookSecret, signWebhook } from './webhook-signature.js';

describe('signWebhook', () => {
  const body = JSON.stringify({ type: 'registrations.vacancy.published', timestamp: '2027-01-11T09:30:00.000Z', data: { vacancyId: 'vac-1' } });
  const now = Math.floor(Date.now() / 1000);

  it('is verified by the Standard Webhooks reference library', () => {
    const secret = newWebhookSecret();
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(now), 'webhook-signature': signWebhook([secret], 'msg_1', now, body) };
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('during a rotation carries both signatures, so either secret verifies', () => {
    const [previous, current] = [newWebhookSecret(), newWebhookSecret()];
    const signature = signWebhook([current, previous], 'msg_2', now, body);
    const headers = { 'webhook-id': 'msg_2', 'webhook-timestamp': String(now), 'webhook-signature': signature };
    expect(signature.split(' ')).toHaveLength(2);
    expect(() => new Webhook(previous).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(current).verify(body, headers)).not.toThrow();
  });

  it('fails verification for a changed body or another secret', () => {
    const secret = newWebhookSecret();
    const headers = { 'webhook-id': 'msg_3', 'webhook-timestamp': String(now), 'webhook-signature': signWebhook([secret], 'msg_3', now, body) };
    expect(() => new Webhook(secret).verify(body.replace('vac-1', 'vac-2'), headers)).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });

  it('makes whsec_ secrets of 32 random bytes', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(secret).not.toBe(newWebhookSecret());
  });
});
