import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;
// A first attempt still "running" after this long died with its process; let a retry take the key
// over rather than answer 409 for a day. Well above any sane HTTP request time.
export const IDEMPOTENCY_IN_PROGRESS_TIMEOUT_MS = 60 * 1000;

export interface IdempotencyOptions {
  dataSource: DataSource;
  /** How long a key is remembered; default 24 h. */
  ttlMs?: number;
  /** After this long a first attempt without a result counts as abandoned; default 60 s. */
  inProgressTimeoutMs?: number;
}

export type IdempotencyClaim =
  /** This request is the first with the key: run it. */
  | { outcome: 'claimed'; attemptId: string }
  /** The same request already completed: answer what it answered. */
  | { outcome: 'replay'; status: number; body: unknown }
  /** The same request is still running. */
  | { outcome: 'in-use' }
  /** The key was used for a different request. */
  | { outcome: 'reused' };

interface StoredKey {
  request_hash: string;
  response_status: number | null;
  response_body: unknown;
  completed: boolean;
}

/** Deletes keys older than the TTL; run it periodically (claim already ignores them). Resolves to the number deleted. */
export async function deleteExpiredIdempotencyKeys(dataSource: DataSource, ttlMs = IDEMPOTENCY_KEY_TTL_MS): Promise<number> {
  const [, deleted] = (await dataSource.query(`DELETE FROM idempotency_key WHERE created_at < now() - $1 * interval '1 millisecond'`, [ttlMs])) as [
    unknown,
    number,
  ];
  return deleted;
}

/** Keys, their request fingerprints and their first answers, in the idempotency_key table. */
export class IdempotencyStore {
  private readonly dataSource: DataSource;
  private readonly ttlMs: number;
  private readonly inProgressTimeoutMs: number;

  constructor({ dataSource, ttlMs = IDEMPOTENCY_KEY_TTL_MS, inProgressTimeoutMs = IDEMPOTENCY_IN_PROGRESS_TIMEOUT_MS }: IdempotencyOptions) {
    this.dataSource = dataSource;
    this.ttlMs = ttlMs;
    this.inProgressTimeoutMs = inProgressTimeoutMs;
  }

  async claim(scope: string, key: string, requestHash: string): Promise<IdempotencyClaim> {
    // A few rounds: between our failed insert and our read, the first attempt may fail and delete its key.
    for (let round = 0; round < 3; round++) {
      const attemptId = randomUUID();
      // One statement decides who goes first, so two concurrent requests cannot both run. An expired
      // or abandoned key is taken over as if it were new.
      const claimed = (await this.dataSource.query(
        `INSERT INTO idempotency_key (scope, key, request_hash, attempt_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (scope, key) DO UPDATE
           SET request_hash = EXCLUDED.request_hash, attempt_id = EXCLUDED.attempt_id, created_at = now(),
               response_status = NULL, response_body = NULL, completed_at = NULL
           WHERE idempotency_key.created_at < now() - $5 * interval '1 millisecond'
              OR (idempotency_key.completed_at IS NULL AND idempotency_key.created_at < now() - $6 * interval '1 millisecond')
         RETURNING attempt_id`,
        [scope, key, requestHash, attemptId, this.ttlMs, this.inProgressTimeoutMs],
      )) as unknown[];
      if (claimed.length === 1) return { outcome: 'claimed', attemptId };

      const [stored] = (await this.dataSource.query(
        `SELECT request_hash, response_status, response_body, completed_at IS NOT NULL AS completed
         FROM idempotency_key WHERE scope = $1 AND key = $2`,
        [scope, key],
      )) as StoredKey[];
      if (!stored) continue;
      if (stored.request_hash !== requestHash) return { outcome: 'reused' };
      if (!stored.completed) return { outcome: 'in-use' };
      return { outcome: 'replay', status: stored.response_status!, body: stored.response_body ?? undefined };
    }
    return { outcome: 'in-use' };
  }

  /** Records the answer of a successful first attempt, which later repeats replay. */
  async complete(scope: string, key: string, attemptId: string, status: number, body: unknown): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_key SET response_status = $4, response_body = $5::jsonb, completed_at = now()
       WHERE scope = $1 AND key = $2 AND attempt_id = $3`,
      [scope, key, attemptId, status, body === undefined ? null : JSON.stringify(body)],
    );
  }

  /** Forgets the key of a failed first attempt, so the client can retry with it. */
  async release(scope: string, key: string, attemptId: string): Promise<void> {
    // attempt_id: never delete a key another request took over after this one was presumed dead.
    await this.dataSource.query(`DELETE FROM idempotency_key WHERE scope = $1 AND key = $2 AND attempt_id = $3`, [scope, key, attemptId]);
  }
}
