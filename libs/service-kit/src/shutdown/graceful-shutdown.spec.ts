import { EventEmitter } from 'node:events';
import { installGracefulShutdown, type ShutdownLogger, type ShutdownStep, type ShutdownTimers } from './graceful-shutdown.js';

interface LogEntry {
  level: 'info' | 'warn' | 'error';
  message: string;
  details: Record<string, unknown>;
}

/** Timers the test fires by hand, so no test waits for a real clock. */
class ManualTimers implements ShutdownTimers {
  private readonly pending = new Map<number, { callback: () => void; ms: number }>();
  private nextHandle = 1;

  setTimeout(callback: () => void, ms: number): number {
    const handle = this.nextHandle++;
    this.pending.set(handle, { callback, ms });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  get scheduled(): number[] {
    return [...this.pending.values()].map(({ ms }) => ms);
  }

  fireAll(): void {
    const due = [...this.pending.values()];
    this.pending.clear();
    due.forEach(({ callback }) => callback());
  }
}

function harness(steps: ShutdownStep[], timeoutMs?: number) {
  const logs: LogEntry[] = [];
  const record =
    (level: LogEntry['level']) =>
    (details: object, message: string): void => {
      logs.push({ level, message, details: details as Record<string, unknown> });
    };
  const logger: ShutdownLogger = { info: record('info'), warn: record('warn'), error: record('error') };
  const signals = new EventEmitter();
  const exitCodes: number[] = [];
  const timers = new ManualTimers();
  const shutdown = installGracefulShutdown({
    logger,
    steps,
    timeoutMs,
    signalSource: signals,
    exit: (code) => exitCodes.push(code),
    timers,
    now: () => 0,
  });
  return { logs, signals, exitCodes, timers, shutdown };
}

/** Lets awaited steps and the shutdown loop run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function recordingStep(name: string, ran: string[]): ShutdownStep {
  return {
    name,
    run: async () => {
      ran.push(name);
    },
  };
}

function deferredStep(name: string): ShutdownStep & { complete(): void } {
  let complete!: () => void;
  const done = new Promise<void>((resolve) => (complete = resolve));
  return { name, run: () => done, complete: () => complete() };
}

describe('installGracefulShutdown', () => {
  it('runs the steps in order on SIGTERM, logs each, and exits 0', async () => {
    const ran: string[] = [];
    const { signals, exitCodes, logs } = harness([
      recordingStep('http server', ran),
      recordingStep('consumers', ran),
      recordingStep('outbox relay', ran),
      recordingStep('database', ran),
    ]);

    signals.emit('SIGTERM', 'SIGTERM');
    await settle();

    expect(ran).toEqual(['http server', 'consumers', 'outbox relay', 'database']);
    expect(exitCodes).toEqual([0]);
    expect(logs.filter((log) => log.message === 'shutdown step finished').map((log) => log.details.step)).toEqual(ran);
    expect(logs[0]).toMatchObject({ level: 'info', message: 'shutdown started', details: { signal: 'SIGTERM' } });
    expect(logs.at(-1)).toMatchObject({ message: 'shutdown finished' });
  });

  it('also shuts down on SIGINT', async () => {
    const ran: string[] = [];
    const { signals, exitCodes } = harness([recordingStep('database', ran)]);

    signals.emit('SIGINT', 'SIGINT');
    await settle();

    expect(ran).toEqual(['database']);
    expect(exitCodes).toEqual([0]);
  });

  it('waits for a step before starting the next', async () => {
    const ran: string[] = [];
    const consumers = deferredStep('consumers');
    const { signals, exitCodes } = harness([consumers, recordingStep('database', ran)]);

    signals.emit('SIGTERM', 'SIGTERM');
    await settle();
    expect(ran).toEqual([]);
    expect(exitCodes).toEqual([]);

    consumers.complete();
    await settle();
    expect(ran).toEqual(['database']);
    expect(exitCodes).toEqual([0]);
  });

  it('exits 1 naming the step that hung when the timeout passes', async () => {
    const ran: string[] = [];
    const consumers = deferredStep('consumers');
    const { signals, exitCodes, logs, timers } = harness([recordingStep('http server', ran), consumers, recordingStep('database', ran)], 5000);

    signals.emit('SIGTERM', 'SIGTERM');
    await settle();
    expect(timers.scheduled).toEqual([5000]);
    timers.fireAll();

    expect(exitCodes).toEqual([1]);
    expect(logs.at(-1)).toMatchObject({
      level: 'error',
      message: 'shutdown timed out after 5000 ms in step "consumers"',
      details: { step: 'consumers' },
    });

    // The hung step finishing late neither runs the rest nor exits a second time.
    consumers.complete();
    await settle();
    expect(ran).toEqual(['http server']);
    expect(exitCodes).toEqual([1]);
  });

  it('uses a 25 s timeout by default', async () => {
    const { signals, timers } = harness([deferredStep('consumers')]);

    signals.emit('SIGTERM', 'SIGTERM');

    expect(timers.scheduled).toEqual([25000]);
  });

  it('cancels the timeout once the steps are done', async () => {
    const { signals, timers } = harness([recordingStep('database', [])]);

    signals.emit('SIGTERM', 'SIGTERM');
    await settle();

    expect(timers.scheduled).toEqual([]);
  });

  it('ignores and logs a second signal while shutting down', async () => {
    const ran: string[] = [];
    const consumers = deferredStep('consumers');
    const { signals, exitCodes, logs } = harness([consumers, recordingStep('database', ran)]);

    signals.emit('SIGTERM', 'SIGTERM');
    await settle();
    signals.emit('SIGINT', 'SIGINT');
    consumers.complete();
    await settle();

    expect(logs).toContainEqual({ level: 'warn', message: 'shutdown already in progress; ignoring signal', details: { signal: 'SIGINT' } });
    expect(logs.filter((log) => log.message === 'shutdown started')).toHaveLength(1);
    expect(ran).toEqual(['database']);
    expect(exitCodes).toEqual([0]);
  });

  it('still runs later steps after one fails, then exits 1', async () => {
    const ran: string[] = [];
    const failing: ShutdownStep = {
      name: 'consumers',
      run: async () => {
        throw new Error('broker unreachable');
      },
    };
    const { signals, exitCodes, logs } = harness([failing, recordingStep('database', ran)]);

    signals.emit('SIGTERM', 'SIGTERM');
    await settle();

    expect(ran).toEqual(['database']);
    expect(exitCodes).toEqual([1]);
    expect(logs).toContainEqual(expect.objectContaining({ level: 'error', message: 'shutdown step failed', details: expect.objectContaining({ step: 'consumers' }) }));
  });

  it('resolves shutdown() with the exit code, for callers that start it themselves', async () => {
    const { shutdown, exitCodes } = harness([recordingStep('database', [])]);

    await expect(shutdown.shutdown('fatal error')).resolves.toBe(0);
    expect(exitCodes).toEqual([0]);
  });

  it('stops listening after uninstall', async () => {
    const { signals, shutdown, exitCodes } = harness([recordingStep('database', [])]);

    shutdown.uninstall();
    signals.emit('SIGTERM', 'SIGTERM');
    await settle();

    expect(signals.listenerCount('SIGTERM')).toBe(0);
    expect(exitCodes).toEqual([]);
  });
});
