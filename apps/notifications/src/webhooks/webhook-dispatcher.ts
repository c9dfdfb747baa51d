import { PeriodicJob, returnedRows, type ServiceLogger } from '@vc/service-kit';
import http from 'node:http';
import https from 'node:https';
import type { DataSource, EntityManager } from 'typeorm';
import { actConsortiumWide } from '../tenancy/tenant-scope.js';
import { guardedLookup } from './ssrf-guard.js';
import { signWebhook } from './webhook-signature.js';

export interface WebhookDispatcherOptions {
  dataSource: DataSource;
  logger: ServiceLogger;
  allowPrivateTargets: boolean;
  timeoutMs: number;
  maxAttempts: number;
  retry: { initialMs: number; maxMs: number };
  /** An endpoint failing this many times in a row, for at least `disableAfterMs`, is disabled. */
  disableAfterFailures: number;
  disableAfterMs: number;
  intervalMs: number;
  batchSize?: number;
  random?: () => number;
}

interface DueWebhook {
  id: string;
  endpoint_id: string;
  event_id: string;
  body: string;
  attempts: number;
  url: string;
  secret: string;
  previous_secret: string | null;
}

type Response = { status: number; retryAfter?: string } | { error: string };

const delivered = (response: Response): response is { status: number } => 'status' in response && response.status >= 200 && response.status < 300;

const LEASE = '2 minutes';
const MAX_RETRY_AFTER_MS = 86_400_000;

/**
 * Posts queued webhook deliveries, signed per Standard Webhooks. Claims work like the email
 * dispatcher (lease, SKIP LOCKED), retries with exponential backoff and full jitter, waits at
 * least what a `Retry-After` asks, disables an endpoint that answers 410 Gone or keeps failing,
 * and records every outcome in the log the integrator reads.
 */
export class WebhookDispatcher {
  private readonly job: PeriodicJob;
  private readonly lookup;
  // Kept-alive connections: a new TCP (and TLS) handshake per delivery cost more than the delivery.
  // The SSRF check runs in `lookup`, when a connection is made, so a reused one was checked.
  private readonly agents = { http: new http.Agent({ keepAlive: true, maxSockets: 16 }), https: new https.Agent({ keepAlive: true, maxSockets: 16 }) };

  constructor(private readonly options: WebhookDispatcherOptions) {
    this.lookup = guardedLookup(options.allowPrivateTargets);
    this.job = new PeriodicJob({ intervalMs: options.intervalMs, logger: options.logger, failed: 'dispatching webhooks failed', work: () => this.drain(), runAtStart: true });
  }

  start(): void {
    this.job.start();
  }

  /** New work: run now, or right after the run in progress. */
  wake(): void {
    this.job.wake();
  }

  async stop(): Promise<void> {
    await this.job.stop();
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      if (this.job.isStopped) return total;
      const batch = await this.claim();
      if (batch.length === 0) return total;
      const responses = await Promise.all(batch.map((delivery) => this.deliver(delivery)));
      await this.record(batch.map((delivery, i) => [delivery, responses[i]!] as const));
      total += batch.length;
    }
  }

  private async claim(): Promise<DueWebhook[]> {
    return this.inTransaction(async (manager) => {
      const rows: unknown = await manager.query(
        `UPDATE webhook_delivery d SET claimed_until = now() + interval '${LEASE}'
           FROM (SELECT wd.id FROM webhook_delivery wd JOIN webhook_endpoint e ON e.id = wd.endpoint_id AND e.status = 'enabled'
                  WHERE wd.status = 'pending' AND wd.next_attempt_at <= now() AND (wd.claimed_until IS NULL OR wd.claimed_until < now())
                  ORDER BY wd.next_attempt_at LIMIT $1 FOR UPDATE OF wd SKIP LOCKED) due, webhook_endpoint e
          WHERE d.id = due.id AND e.id = d.endpoint_id
          RETURNING d.id, d.endpoint_id, d.event_id, d.body, d.attempts, e.url,
                    e.secret, CASE WHEN e.previous_secret_expires_at > now() THEN e.previous_secret END AS previous_secret`,
        [this.options.batchSize ?? 100],
      );
      return (Array.isArray(rows) && Array.isArray(rows[0]) ? rows[0] : rows) as DueWebhook[];
    });
  }

  private deliver(delivery: DueWebhook): Promise<Response> {
    const timestamp = Math.floor(Date.now() / 1000);
    const secrets = delivery.previous_secret ? [delivery.secret, delivery.previous_secret] : [delivery.secret];
    return this.post(new URL(delivery.url), delivery.body, {
      'content-type': 'application/json',
      'webhook-id': delivery.event_id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook(secrets, delivery.event_id, timestamp, delivery.body),
      'user-agent': 'vrijwilligers-notifications-webhooks/1',
    });
  }

  /**
   * A batch's outcomes in one transaction: the deliveries that got a 2xx in one statement (and
   * their endpoints' failure counts reset in another), then each failure on its own.
   */
  private async record(outcomes: ReadonlyArray<readonly [DueWebhook, Response]>): Promise<void> {
    await this.inTransaction(async (manager) => {
      const successes = outcomes.filter(([, response]) => delivered(response)) as Array<readonly [DueWebhook, { status: number }]>;
      if (successes.length > 0) {
        await manager.query(
          `UPDATE webhook_delivery d SET status = 'delivered', attempts = d.attempts + 1, last_status_code = u.status, last_error = NULL, claimed_until = NULL, finished_at = now()
             FROM unnest($1::uuid[], $2::int[]) AS u (id, status)
            WHERE d.id = u.id`,
          [successes.map(([d]) => d.id), successes.map(([, r]) => r.status)],
        );
        await manager.query(`UPDATE webhook_endpoint SET consecutive_failures = 0, failing_since = NULL WHERE id = ANY($1::uuid[]) AND consecutive_failures > 0`, [
          [...new Set(successes.map(([d]) => d.endpoint_id))],
        ]);
      }
      for (const [delivery, response] of outcomes) if (!delivered(response)) await this.recordFailure(manager, delivery, response);
    });
  }

  private async recordFailure(manager: EntityManager, delivery: DueWebhook, response: Response): Promise<void> {
    const attempts = delivery.attempts + 1;
    const status = 'status' in response ? response.status : null;
    const error = 'status' in response ? `HTTP ${response.status}` : response.error;
    if (status === 410) {
      await this.disable(manager, delivery.endpoint_id, 'The endpoint answered 410 Gone');
      await manager.query(`UPDATE webhook_delivery SET status = 'failed', attempts = $2, last_status_code = 410, last_error = $3, claimed_until = NULL, finished_at = now() WHERE id = $1`, [
        delivery.id,
        attempts,
        error,
      ]);
      return;
    }
    const [state] = returnedRows<{ consecutive_failures: number; failing_ms: number }>(await manager.query(
      `UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures + 1, failing_since = coalesce(failing_since, now())
        WHERE id = $1 RETURNING consecutive_failures, (extract(epoch FROM now() - failing_since) * 1000)::float AS failing_ms`,
      [delivery.endpoint_id],
    ));
    if (state && state.consecutive_failures >= this.options.disableAfterFailures && state.failing_ms >= this.options.disableAfterMs) {
      await this.disable(manager, delivery.endpoint_id, `Disabled after ${state.consecutive_failures} failed deliveries in a row (last: ${error})`);
    }
    if (attempts >= this.options.maxAttempts) {
      await manager.query(`UPDATE webhook_delivery SET status = 'failed', attempts = $2, last_status_code = $3, last_error = $4, claimed_until = NULL, finished_at = now() WHERE id = $1`, [
        delivery.id,
        attempts,
        status,
        `gave up after ${attempts} attempts: ${error}`,
      ]);
      return;
    }
    const delayMs = Math.max(this.backoff(attempts), 'status' in response ? retryAfterMs(response.retryAfter) : 0);
    await manager.query(
      `UPDATE webhook_delivery SET attempts = $2, last_status_code = $3, last_error = $4, claimed_until = NULL, next_attempt_at = now() + $5 * interval '1 millisecond' WHERE id = $1`,
      [delivery.id, attempts, status, error, delayMs],
    );
  }

  private async disable(manager: EntityManager, endpointId: string, reason: string): Promise<void> {
    await manager.query(`UPDATE webhook_endpoint SET status = 'disabled', disabled_reason = $2 WHERE id = $1 AND status = 'enabled'`, [endpointId, reason]);
    await manager.query(`UPDATE webhook_delivery SET status = 'cancelled', claimed_until = NULL, finished_at = now(), last_error = $2 WHERE endpoint_id = $1 AND status = 'pending'`, [
      endpointId,
      `endpoint disabled: ${reason}`,
    ]);
    this.options.logger.warn({ endpointId, reason }, 'webhook endpoint disabled');
  }

  private post(url: URL, body: string, headers: Record<string, string>): Promise<Response> {
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise((resolve) => {
      const request = transport.request(
        url,
        {
          method: 'POST',
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          timeout: this.options.timeoutMs,
          lookup: this.lookup,
          agent: url.protocol === 'https:' ? this.agents.https : this.agents.http,
        },
        (response) => {
          response.resume();
          response.on('end', () => {
            const retryAfter = response.headers['retry-after'];
            resolve({ status: response.statusCode ?? 0, retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter });
          });
          response.on('error', (error) => resolve({ error: error.message }));
        },
      );
      request.on('timeout', () => request.destroy(new Error(`no answer within ${this.options.timeoutMs} ms`)));
      request.on('error', (error) => resolve({ error: `${(error as NodeJS.ErrnoException).code ?? error.name}: ${error.message}`.slice(0, 500) }));
      request.end(body);
    });
  }

  /** Exponential with full jitter: retries of many endpoints failing at once spread out. */
  private backoff(attempts: number): number {
    const ceiling = Math.min(this.options.retry.maxMs, this.options.retry.initialMs * 2 ** (attempts - 1));
    const random = this.options.random ?? Math.random;
    return Math.max(this.options.retry.initialMs, Math.round(random() * ceiling));
  }

  private inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.options.dataSource.transaction(async (manager) => {
      await actConsortiumWide(manager);
      return work(manager);
    });
  }
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds from now (0 when absent or unreadable). */
export function retryAfterMs(value: string | undefined, now = Date.now()): number {
  if (!value) return 0;
  const seconds = /^\d+$/.test(value.trim()) ? Number(value.trim()) * 1000 : Date.parse(value) - now;
  return Number.isFinite(seconds) ? Math.min(Math.max(seconds, 0), MAX_RETRY_AFTER_MS) : 0;
}
