import type { EntityManager } from 'typeorm';
import { flushGathered, gather, gatherWritesIn, lastPerKey, type GatheredWrite } from './chunk-writes.js';

/** A stand-in for a transaction's manager: only its identity matters here. */
const transaction = () => ({}) as EntityManager;

/** A kind that records each write it is asked for: [manager, rows]. */
function recordingKind(name: string, log: Array<[string, EntityManager, number[]]>): GatheredWrite<number> {
  return { name, write: async (manager, rows) => void log.push([name, manager, [...rows]]) };
}

describe('chunk writes', () => {
  it('writes at once in a transaction that does not gather', async () => {
    const log: Array<[string, EntityManager, number[]]> = [];
    const manager = transaction();
    await gather(manager, recordingKind('a', log), [1, 2]);
    expect(log).toEqual([['a', manager, [1, 2]]]);
  });

  it('holds the rows of a gathering transaction until the flush, then writes one batch per kind in the order first used', async () => {
    const log: Array<[string, EntityManager, number[]]> = [];
    const [a, b] = [recordingKind('a', log), recordingKind('b', log)];
    const manager = transaction();
    gatherWritesIn(manager);
    await gather(manager, b, [1]);
    await gather(manager, a, [2]);
    await gather(manager, b, [3, 4]);
    expect(log).toEqual([]);

    await flushGathered(manager);
    expect(log).toEqual([
      ['b', manager, [1, 3, 4]],
      ['a', manager, [2]],
    ]);
  });

  it('goes on gathering after a flush, and a second flush writes only what came since', async () => {
    const log: Array<[string, EntityManager, number[]]> = [];
    const a = recordingKind('a', log);
    const manager = transaction();
    gatherWritesIn(manager);
    await gather(manager, a, [1]);
    await flushGathered(manager);
    await gather(manager, a, [2]);
    await flushGathered(manager);
    await flushGathered(manager);
    expect(log).toEqual([
      ['a', manager, [1]],
      ['a', manager, [2]],
    ]);
  });

  it('keeps each transaction’s rows to itself', async () => {
    const log: Array<[string, EntityManager, number[]]> = [];
    const a = recordingKind('a', log);
    const [first, second] = [transaction(), transaction()];
    gatherWritesIn(first);
    gatherWritesIn(second);
    await gather(first, a, [1]);
    await gather(second, a, [2]);
    await flushGathered(second);
    expect(log).toEqual([['a', second, [2]]]);
    await flushGathered(first);
    expect(log).toEqual([
      ['a', second, [2]],
      ['a', first, [1]],
    ]);
  });

  it('starting to gather twice keeps what was gathered', async () => {
    const log: Array<[string, EntityManager, number[]]> = [];
    const manager = transaction();
    gatherWritesIn(manager);
    await gather(manager, recordingKind('a', log), [1]);
    gatherWritesIn(manager);
    await flushGathered(manager);
    expect(log).toEqual([['a', manager, [1]]]);
  });

  it('keeps the last row per key, where each key was first seen', () => {
    const rows = [
      { id: 'x', v: 1 },
      { id: 'y', v: 2 },
      { id: 'x', v: 3 },
    ];
    expect(lastPerKey(rows, (row) => row.id)).toEqual([
      { id: 'x', v: 3 },
      { id: 'y', v: 2 },
    ]);
  });
});
