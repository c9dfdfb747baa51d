export interface ShutdownStep {
  name: string;
  run(): Promise<void>;
}

/** The part of a pino logger the shutdown uses, so tests can pass a recorder. */
export interface ShutdownLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** Where signals come from: `process` in a service, an EventEmitter in tests. */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  off(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
}

export interface ShutdownTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface GracefulShutdownOptions {
  logger: ShutdownLogger;
  /** Run in order: e.g. stop the HTTP server, stop consumers, stop the outbox relay, close the database. */
  steps: readonly ShutdownStep[];
  /** For the whole shutdown; keep it below the Kubernetes grace period (30 s by default). */
  timeoutMs?: number;
  signals?: readonly NodeJS.Signals[];
  signalSource?: SignalSource;
  exit?: (code: number) => void;
  timers?: ShutdownTimers;
  now?: () => number;
}

export interface GracefulShutdown {
  /** Starts the shutdown as a signal would; resolves with the exit code once exit has been called. */
  shutdown(reason: string): Promise<number>;
  /** Removes the signal listeners. */
  uninstall(): void;
}

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 25_000;

/**
 * Owns SIGTERM and SIGINT for the process: runs the steps one after another, logging each,
 * and exits 0 when they are done. A failing step is logged and the next one still runs (the
 * database should close even if a consumer would not stop), and the exit code becomes 1.
 * Past timeoutMs it logs which step hung and exits 1. Further signals are logged and ignored.
 */
export function installGracefulShutdown({
  logger,
  steps,
  timeoutMs = DEFAULT_SHUTDOWN_TIMEOUT_MS,
  signals = ['SIGTERM', 'SIGINT'],
  signalSource = process,
  exit = (code) => process.exit(code),
  timers = { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) },
  now = Date.now,
}: GracefulShutdownOptions): GracefulShutdown {
  let running: Promise<number> | undefined;

  const shutdown = (reason: string): Promise<number> => {
    if (running) {
      logger.warn({ signal: reason }, 'shutdown already in progress; ignoring signal');
      return running;
    }
    running = new Promise<number>((resolve) => {
      let currentStep: string | undefined;
      let exited = false;
      const finish = (code: number) => {
        if (exited) return;
        exited = true;
        exit(code);
        resolve(code);
      };

      const started = now();
      logger.info({ signal: reason, timeoutMs, steps: steps.map(({ name }) => name) }, 'shutdown started');
      const deadline = timers.setTimeout(() => {
        logger.error({ step: currentStep, timeoutMs }, `shutdown timed out after ${timeoutMs} ms in step "${currentStep}"`);
        finish(1);
      }, timeoutMs);

      void (async () => {
        let failed = false;
        for (const step of steps) {
          if (exited) return;
          currentStep = step.name;
          const stepStarted = now();
          logger.info({ step: step.name }, 'shutdown step started');
          try {
            await step.run();
            logger.info({ step: step.name, durationMs: now() - stepStarted }, 'shutdown step finished');
          } catch (error) {
            failed = true;
            logger.error({ step: step.name, err: error }, 'shutdown step failed');
          }
        }
        if (exited) return;
        timers.clearTimeout(deadline);
        logger.info({ durationMs: now() - started, failed }, 'shutdown finished');
        finish(failed ? 1 : 0);
      })();
    });
    return running;
  };

  const onSignal = (signal: NodeJS.Signals) => {
    void shutdown(signal);
  };
  for (const signal of signals) signalSource.on(signal, onSignal);

  return {
    shutdown,
    uninstall: () => {
      for (const signal of signals) signalSource.off(signal, onSignal);
    },
  };
}
