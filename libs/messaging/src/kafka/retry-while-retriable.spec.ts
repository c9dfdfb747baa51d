import { retryWhileRetriable } from './kafka-client.js';

const retriable = () => Object.assign(new Error('This server does not host this topic-partition'), { retriable: true });

describe('retryWhileRetriable', () => {
  it('runs the work again while it fails retriably, and returns its result', async () => {
    let calls = 0;
    const result = await retryWhileRetriable(async () => {
      calls++;
      if (calls < 3) throw retriable();
      return 'subscribed';
    });
    expect({ result, calls }).toEqual({ result: 'subscribed', calls: 3 });
  });

  it('gives up at once on an error that is not retriable', async () => {
    let calls = 0;
    const work = async () => {
      calls++;
      throw new Error('not authorised');
    };
    await expect(retryWhileRetriable(work)).rejects.toThrow('not authorised');
    expect(calls).toBe(1);
  });

  it('gives up with the last error when the time is up', async () => {
    let calls = 0;
    const work = async () => {
      calls++;
      throw retriable();
    };
    await expect(retryWhileRetriable(work, 250)).rejects.toThrow('does not host');
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(calls).toBeLessThan(5);
  });
});
