import { jest } from '@jest/globals';
import { runReadinessChecks, type ReadinessCheck } from './readiness-check.js';

const passing = (name: string): ReadinessCheck => ({ name, check: async () => {} });
const failing = (name: string, message: string): ReadinessCheck => ({
  name,
  check: async () => {
    throw new Error(message);
  },
});
const hanging = (name: string): ReadinessCheck => ({ name, check: () => new Promise<void>(() => {}) });

describe('runReadinessChecks', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('is ok when every check passes', async () => {
    const report = await runReadinessChecks([passing('database'), passing('kafka')]);

    expect(report).toEqual({ status: 'ok', checks: { database: { status: 'ok' }, kafka: { status: 'ok' } } });
  });

  it('is down and names the failing check with its error', async () => {
    const report = await runReadinessChecks([passing('database'), failing('kafka', 'Connection error: ECONNREFUSED')]);

    expect(report).toEqual({
      status: 'down',
      checks: { database: { status: 'ok' }, kafka: { status: 'down', error: 'Connection error: ECONNREFUSED' } },
    });
  });

  it('reports a hung check as timed out instead of waiting for it', async () => {
    jest.useFakeTimers();

    const pending = runReadinessChecks([hanging('database'), passing('kafka')], 2000);
    await jest.advanceTimersByTimeAsync(2000);
    const report = await pending;

    expect(report.status).toBe('down');
    expect(report.checks.database).toEqual({ status: 'down', error: 'timed out after 2000 ms' });
    expect(report.checks.kafka).toEqual({ status: 'ok' });
  });

  it('runs the checks side by side, so the probe takes one timeout, not the sum', async () => {
    jest.useFakeTimers();

    const pending = runReadinessChecks([hanging('database'), hanging('kafka')], 2000);
    await jest.advanceTimersByTimeAsync(2000);
    const report = await pending;

    expect(Object.values(report.checks).map((check) => check.status)).toEqual(['down', 'down']);
  });

  it('is ok with no checks registered', async () => {
    expect(await runReadinessChecks([])).toEqual({ status: 'ok', checks: {} });
  });
});
