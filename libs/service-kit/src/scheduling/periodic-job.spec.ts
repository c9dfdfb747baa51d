import { createLogger } from '../logging/create-logger.js';
import { PeriodicJob } from './periodic-job.js';

const logger = createLogger({ service: 'test', level: 'silent' });

describe('PeriodicJob', () => {
  it('runs again and again, one run at a time, and stop waits for the run in progress', async () => {
    let running = 0;
    let overlapped = false;
    let runs = 0;
    let finishRun: () => void = () => undefined;
    const job = new PeriodicJob({
      intervalMs: 5,
      logger,
      done: 'done',
      failed: 'failed',
      work: async () => {
        running += 1;
        overlapped ||= running > 1;
        runs += 1;
        if (runs === 3) await new Promise<void>((resolve) => (finishRun = resolve));
        running -= 1;
        return 1;
      },
    });
    job.start();
    while (runs < 3) await new Promise((resolve) => setTimeout(resolve, 5));

    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toBe(false);
    finishRun();
    await stopping;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect({ runs, overlapped, isStopped: job.isStopped }).toEqual({ runs: 3, overlapped: false, isStopped: true });
  });

  it('keeps going after a failed run, and never starts with interval 0', async () => {
    let runs = 0;
    const failing = new PeriodicJob({
      intervalMs: 5,
      logger,
      done: 'done',
      failed: 'failed',
      work: async () => {
        runs += 1;
        throw new Error('database down');
      },
    });
    failing.start();
    while (runs < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    await failing.stop();

    let offRuns = 0;
    const off = new PeriodicJob({ intervalMs: 0, logger, done: 'done', failed: 'failed', work: async () => ++offRuns });
    off.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await off.stop();
    expect({ failedRunsThenMore: runs >= 2, offRuns }).toEqual({ failedRunsThenMore: true, offRuns: 0 });
  });

  it('runs at start when asked, and on wake: right away, or once more after the run in progress, also with interval 0', async () => {
    let runs = 0;
    let finishRun: () => void = () => undefined;
    const job = new PeriodicJob({
      intervalMs: 0,
      logger,
      failed: 'failed',
      runAtStart: true,
      work: async () => {
        runs += 1;
        if (runs === 2) await new Promise<void>((resolve) => (finishRun = resolve));
        return 0;
      },
    });
    job.start();
    while (runs < 1) await new Promise((resolve) => setTimeout(resolve, 5));
    job.wake();
    while (runs < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    // Two wakes during a run: one more run after it, not two.
    job.wake();
    job.wake();
    finishRun();
    while (runs < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 30));
    await job.stop();
    job.wake();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runs).toBe(3);
  });
});
