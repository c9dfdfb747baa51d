import { RegistrationGatherer, type ItemOutcome } from './registration-gatherer.js';

interface Write {
  key: string;
  items: string[];
  finish: (outcomes?: Array<ItemOutcome<string>>) => void;
  fail: (error: unknown) => void;
}

/** A batch writer the test finishes by hand; by default each item's result is `<item>!`. */
function manualWriter() {
  const writes: Write[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const writer = (key: string, items: string[]) =>
    new Promise<Array<ItemOutcome<string>>>((resolve, reject) => {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      const done = () => inFlight--;
      writes.push({
        key,
        items,
        finish: (outcomes) => {
          done();
          resolve(outcomes ?? items.map((item) => ({ ok: true, value: `${item}!` })));
        },
        fail: (error) => {
          done();
          reject(error);
        },
      });
    });
  return { writer, writes, mostInFlight: () => mostInFlight };
}

/** Lets settled promises run their continuations (no timers involved). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('RegistrationGatherer', () => {
  it('writes a lone item at once, without waiting for company', async () => {
    const { writer, writes } = manualWriter();
    const gatherer = new RegistrationGatherer(writer, 10);

    const answer = gatherer.submit('centre-a', 'anna');

    expect(writes.map((w) => w.items)).toEqual([['anna']]);
    writes[0]!.finish();
    await expect(answer).resolves.toBe('anna!');
  });

  it('gathers what arrives during a write into the next one, in arrival order, each with its own answer', async () => {
    const { writer, writes } = manualWriter();
    const gatherer = new RegistrationGatherer(writer, 10);

    const answers = ['anna', 'bram', 'cem', 'dewi'].map((name) => gatherer.submit('centre-a', name));
    expect(writes.map((w) => w.items)).toEqual([['anna']]);
    writes[0]!.finish();
    await settle();

    expect(writes.map((w) => w.items)).toEqual([['anna'], ['bram', 'cem', 'dewi']]);
    writes[1]!.finish();
    expect(await Promise.all(answers)).toEqual(['anna!', 'bram!', 'cem!', 'dewi!']);
  });

  it('never writes more than the maximum at a time', async () => {
    const { writer, writes } = manualWriter();
    const gatherer = new RegistrationGatherer(writer, 2);

    const answers = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => gatherer.submit('centre-a', name));
    for (let i = 0; i < 4; i++) {
      writes[i]!.finish();
      await settle();
    }

    expect(writes.map((w) => w.items)).toEqual([['a'], ['b', 'c'], ['d', 'e'], ['f']]);
    expect(await Promise.all(answers)).toEqual(['a!', 'b!', 'c!', 'd!', 'e!', 'f!']);
  });

  it('keeps one write in flight per key, and writes different keys in parallel', async () => {
    const { writer, writes, mostInFlight } = manualWriter();
    const gatherer = new RegistrationGatherer(writer, 10);

    const answers = [gatherer.submit('centre-a', 'a1'), gatherer.submit('centre-b', 'b1'), gatherer.submit('centre-a', 'a2'), gatherer.submit('centre-b', 'b2')];

    expect(writes.map((w) => [w.key, w.items])).toEqual([
      ['centre-a', ['a1']],
      ['centre-b', ['b1']],
    ]);
    expect(mostInFlight()).toBe(2);
    writes[1]!.finish();
    await settle();
    expect(writes.map((w) => [w.key, w.items])).toEqual([
      ['centre-a', ['a1']],
      ['centre-b', ['b1']],
      ['centre-b', ['b2']],
    ]);
    writes[0]!.finish();
    await settle();
    writes[2]!.finish();
    writes[3]!.finish();
    expect(await Promise.all(answers)).toEqual(['a1!', 'b1!', 'a2!', 'b2!']);
    expect(mostInFlight()).toBe(2);
  });

  it('answers an item its own error without failing its neighbours', async () => {
    const { writer, writes } = manualWriter();
    const gatherer = new RegistrationGatherer(writer, 10);
    const taken = new Error('email taken');

    const first = gatherer.submit('centre-a', 'first');
    const answers = Promise.allSettled(['anna', 'bram', 'cem'].map((name) => gatherer.submit('centre-a', name)));
    writes[0]!.finish();
    await settle();
    writes[1]!.finish([
      { ok: true, value: 'anna!' },
      { ok: false, error: taken },
      { ok: true, value: 'cem!' },
    ]);

    await expect(first).resolves.toBe('first!');
    expect(await answers).toEqual([
      { status: 'fulfilled', value: 'anna!' },
      { status: 'rejected', reason: taken },
      { status: 'fulfilled', value: 'cem!' },
    ]);
  });

  it('rejects every item of a batch whose writer failed, and still writes the next batch', async () => {
    const { writer, writes } = manualWriter();
    const gatherer = new RegistrationGatherer(writer, 2);
    const broken = new Error('connection lost');

    const answers = Promise.allSettled(['a', 'b', 'c', 'd'].map((name) => gatherer.submit('centre-a', name)));
    writes[0]!.finish();
    await settle();
    writes[1]!.fail(broken);
    await settle();
    writes[2]!.finish();

    expect(await answers).toEqual([
      { status: 'fulfilled', value: 'a!' },
      { status: 'rejected', reason: broken },
      { status: 'rejected', reason: broken },
      { status: 'fulfilled', value: 'd!' },
    ]);
  });

  it('rejects the batch when the writer answers for fewer items than it was given', async () => {
    const { writer, writes } = manualWriter();
    const gatherer = new RegistrationGatherer(writer, 10);

    const answer = gatherer.submit('centre-a', 'a');
    writes[0]!.finish([]);

    await expect(answer).rejects.toThrow('answered 0 outcomes for 1 items');
  });

  it('forgets a key once its queue is empty, so the next item starts a write at once', async () => {
    const { writer, writes } = manualWriter();
    const gatherer = new RegistrationGatherer(writer, 10);

    const first = gatherer.submit('centre-a', 'a');
    gatherer.submit('centre-a', 'b').catch(() => undefined);
    expect(gatherer.pending).toBe(1);
    writes[0]!.finish();
    await settle();
    writes[1]!.finish();
    await first;
    await settle();
    expect(gatherer.pending).toBe(0);

    const later = gatherer.submit('centre-a', 'c');
    expect(writes.map((w) => w.items)).toEqual([['a'], ['b'], ['c']]);
    writes[2]!.finish();
    await expect(later).resolves.toBe('c!');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a maximum batch size of %p', (size) => {
    expect(() => new RegistrationGatherer(manualWriter().writer, size)).toThrow('maxBatchSize');
  });
});
