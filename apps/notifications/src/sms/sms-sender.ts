import type { SendOutcome } from '../delivery/email-sender.js';

export interface OutgoingSms {
  to: string;
  text: string;
  /** Stable per delivery, for the provider's own de-duplication. */
  reference: string;
}

/** One small interface per provider; the dispatcher knows only this. */
export interface SmsSender {
  send(sms: OutgoingSms): Promise<SendOutcome>;
}

export interface HttpSmsSettings {
  url: string;
  token: string;
  sender: string;
  timeoutMs?: number;
}

/**
 * A provider with a JSON-over-HTTP API (the common shape: POST the recipient, originator and body
 * with a bearer token). 2xx is sent; 408, 429 and 5xx are worth retrying; any other 4xx (bad
 * number, refused content) is final.
 */
export class HttpSmsSender implements SmsSender {
  constructor(private readonly settings: HttpSmsSettings) {}

  async send(sms: OutgoingSms): Promise<SendOutcome> {
    try {
      const response = await fetch(this.settings.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.settings.token}`, 'idempotency-key': sms.reference },
        body: JSON.stringify({ to: sms.to, from: this.settings.sender, body: sms.text, reference: sms.reference }),
        signal: AbortSignal.timeout(this.settings.timeoutMs ?? 10_000),
        redirect: 'error',
      });
      await response.arrayBuffer();
      if (response.ok) return { ok: true };
      const permanent = response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429;
      return { ok: false, permanent, error: `SMS provider answered HTTP ${response.status}` };
    } catch (error) {
      return { ok: false, permanent: false, error: `SMS provider unreachable: ${(error as Error).message}`.slice(0, 500) };
    }
  }
}
