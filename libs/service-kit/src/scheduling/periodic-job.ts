import type { ServiceLogger } from '../logging/create-logger.js';

/**
 * Runs `work` every `intervalMs` (0: never), one run at a time, and on stop lets the run in
 * progress finish (and commit) before the database closes. The timer never keeps the process alive.
 * Replicas each run their own job: the work must be safe to run twice at once (e.g. claim rows with
 * FOR UPDATE SKIP LOCKED).
 */
export class PeriodicJob {
  private timer: NodeJS.Timeout | undefined;
  private run: Promise<unknown> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly options: {
      intervalMs: number;
      logger: ServiceLogger;
      /** Logged with the count when a run did something, e.g. `vacancies expired`; absent, not logged. */
      done?: string;
      failed: string;
      work: () => Promise<number>;
      /** Run once at start rather than after the first interval (work that may be waiting already). */
      runAtStart?: boolean;
    },
  ) {}

  get isStopped(): boolean {
    return this.stopped;
  }

  start(): void {
    if (this.options.runAtStart) this.schedule(0);
    else if (this.options.intervalMs > 0) this.schedule(this.options.intervalMs);
  }

  /** Runs now, or right after the run in progress: there is new work. Runs also with interval 0. */
  wake(): void {
    if (this.stopped) return;
    if (this.run) this.again = true;
    else this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.run;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.run = this.options
        .work()
        .then((count) => {
          if (count > 0 && this.options.done) this.options.logger.info({ count }, this.options.done);
        })
        .catch((error: unknown) => this.options.logger.error({ err: error }, `${this.options.failed}; retrying at the next run`))
        .finally(() => {
          this.run = undefined;
          if (this.again) {
            this.again = false;
            this.schedule(0);
          } else if (this.options.intervalMs > 0) {
            this.schedule(this.options.intervalMs);
          }
        });
    }, delayMs);
    this.timer.unref();
  }
}
