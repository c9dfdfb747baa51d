export interface RateLimitOptions {
  /** Requests allowed per client and route within one window. */
  limit: number;
  /** Length of the window in milliseconds. */
  ttlMs: number;
}

export interface RateLimitHit {
  allowed: boolean;
  remaining: number;
  /** Until the window resets; 0 when allowed. */
  retryAfterMs: number;
}

const SWEEP_INTERVAL_MS = 60_000;

/**
 * Counts requests per key in fixed windows, in memory. Each replica counts on its own, so the
 * effective limit is `limit × replicas`: enough to blunt scripted abuse of public forms, and no
 * shared store to run. A fixed window can admit up to 2 × limit around a window's edge; also fine here.
 */
export class FixedWindowCounter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private nextSweepAt = 0;

  constructor(private readonly now: () => number = Date.now) {}

  hit(key: string, { limit, ttlMs }: RateLimitOptions): RateLimitHit {
    const now = this.now();
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + ttlMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    const allowed = window.count <= limit;
    return { allowed, remaining: Math.max(0, limit - window.count), retryAfterMs: allowed ? 0 : window.resetAt - now };
  }

  /** Keys currently counted (expired ones disappear at the next sweep). */
  get size(): number {
    return this.windows.size;
  }

  // Forget finished windows now and then, so one-off visitors don't grow the map for ever.
  private sweep(now: number): void {
    if (now < this.nextSweepAt) return;
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    this.nextSweepAt = now + SWEEP_INTERVAL_MS;
  }
}
