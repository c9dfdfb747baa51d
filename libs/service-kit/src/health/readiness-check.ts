/** One dependency the service needs before it should receive traffic. `check` rejects when it is not usable. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

export type CheckStatus = 'ok' | 'down';

export interface CheckResult {
  status: CheckStatus;
  error?: string;
}

export interface ReadinessReport {
  status: CheckStatus;
  checks: Record<string, CheckResult>;
}

export const DEFAULT_READINESS_TIMEOUT_MS = 2_000;

/** Runs all checks side by side, each bounded by timeoutMs, so one hung dependency cannot hang the probe. */
export async function runReadinessChecks(
  checks: readonly ReadinessCheck[],
  timeoutMs: number = DEFAULT_READINESS_TIMEOUT_MS,
): Promise<ReadinessReport> {
  const results = await Promise.all(
    checks.map(async ({ name, check }): Promise<[string, CheckResult]> => {
      try {
        await withTimeout(check(), timeoutMs);
        return [name, { status: 'ok' }];
      } catch (error) {
        return [name, { status: 'down', error: error instanceof Error ? error.message : String(error) }];
      }
    }),
  );
  return {
    status: results.every(([, result]) => result.status === 'ok') ? 'ok' : 'down',
    checks: Object.fromEntries(results),
  };
}

async function withTimeout(work: Promise<void>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
