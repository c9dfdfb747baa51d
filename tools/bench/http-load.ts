import { Worker } from 'node:worker_threads';

export interface LoadResult {
  requests: number;
  failures: number;
  seconds: number;
  latenciesMs: number[];
  statuses: Record<string, number>;
}

/**
 * Closed-loop HTTP load from a worker thread, so the load generator's event loop does not share
 * time with the service under test (which runs in the main thread). `bodies` is a JS function body
 * `(i) => ({ method, path, headers, body })` evaluated in the worker for request number i.
 */
export function runHttpLoad(options: {
  baseUrl: string;
  concurrency: number;
  durationMs: number;
  warmupMs: number;
  requestFactory: string;
}): Promise<LoadResult> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { baseUrl, concurrency, durationMs, warmupMs, requestFactory } = workerData;
    const makeRequest = eval(requestFactory);
    let next = 0;
    const latencies = [];
    const statuses = {};
    let failures = 0;
    let measured = 0;
    const started = performance.now();
    const measureFrom = started + warmupMs;
    const stopAt = measureFrom + durationMs;
    async function loop() {
      while (performance.now() < stopAt) {
        const { method, path, headers, body } = makeRequest(next++);
        const t0 = performance.now();
        let status = 'error';
        try {
          const response = await fetch(baseUrl + path, { method, headers, body });
          await response.arrayBuffer();
          status = String(response.status);
        } catch (error) { status = 'error'; }
        const t1 = performance.now();
        if (t0 >= measureFrom && t1 <= stopAt) {
          measured++;
          latencies.push(t1 - t0);
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (!status.startsWith('2')) failures++;
        }
      }
    }
    Promise.all(Array.from({ length: concurrency }, loop)).then(() => {
      parentPort.postMessage({ requests: measured, failures, seconds: durationMs / 1000, latenciesMs: latencies, statuses });
    });
  `;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: options });
    worker.once('message', (result: LoadResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
