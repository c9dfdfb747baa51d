import { compareCursors, cursorAtSnapshot, cursorOf, mayHaveMissedPrunedRows, pruneIntervalMs } from './change-feed-cursor.js';

describe('change feed cursor', () => {
  it.each([
    [{ xid: '10', seq: '5' }, { xid: '10', seq: '5' }, 0],
    [{ xid: '10', seq: '5' }, { xid: '10', seq: '6' }, -1],
    [{ xid: '11', seq: '1' }, { xid: '10', seq: '900' }, 1],
    // Transaction order first: a later transaction's row may have the smaller seq.
    [{ xid: '9', seq: '900' }, { xid: '10', seq: '1' }, -1],
    // xid8 goes beyond 2^53: compared exactly.
    [{ xid: '9007199254740993', seq: '1' }, { xid: '9007199254740992', seq: '1' }, 1],
  ])('orders %j against %j as %i', (a, b, expected) => {
    expect(compareCursors(cursorOf(a), cursorOf(b))).toBe(expected);
  });

  it('starts at the first row of the snapshot xmin, so rows of that transaction are applied', () => {
    const start = cursorAtSnapshot('42');

    expect(compareCursors(start, cursorOf({ xid: '42', seq: '1' }))).toBe(-1);
    expect(compareCursors(start, cursorOf({ xid: '41', seq: '999' }))).toBe(1);
  });

  it.each([
    ['nothing was pruned', { xid: '5', seq: '1' }, undefined, false],
    ['pruning stayed behind the cursor', { xid: '5', seq: '1' }, { xid: '4', seq: '3' }, false],
    ['pruning deleted exactly up to the cursor', { xid: '5', seq: '1' }, { xid: '5', seq: '1' }, false],
    ['pruning passed the cursor', { xid: '5', seq: '1' }, { xid: '5', seq: '2' }, true],
    ['pruning passed the cursor by transactions', { xid: '5', seq: '900' }, { xid: '6', seq: '1' }, true],
  ])('says whether rows may have been missed when %s', (_, cursor, pruned, expected) => {
    expect(mayHaveMissedPrunedRows(cursorOf(cursor), pruned && cursorOf(pruned))).toBe(expected);
  });

  it.each([
    [500, 1_000],
    [60_000, 15_000],
    [3_600_000, 60_000],
  ])('prunes a log kept %i ms every %i ms', (retention, interval) => {
    expect(pruneIntervalMs(retention)).toBe(interval);
  });
});
