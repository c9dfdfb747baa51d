/**
 * A position in the change feed: every row at or before (xid, seq) has been applied. xid8 values
 * are 64-bit, so they travel as text and compare as bigint.
 */
export interface ChangeFeedCursor {
  xid: bigint;
  seq: bigint;
}

/** Where a replica starts after loading the tables: every row of a transaction from `xmin` on. */
export function cursorAtSnapshot(xmin: string): ChangeFeedCursor {
  return { xid: BigInt(xmin), seq: 0n };
}

export function cursorOf(row: { xid: string; seq: string }): ChangeFeedCursor {
  return { xid: BigInt(row.xid), seq: BigInt(row.seq) };
}

export function compareCursors(a: ChangeFeedCursor, b: ChangeFeedCursor): number {
  if (a.xid !== b.xid) return a.xid < b.xid ? -1 : 1;
  if (a.seq !== b.seq) return a.seq < b.seq ? -1 : 1;
  return 0;
}

/**
 * Pruning deletes old rows, not necessarily a prefix in (xid, seq) order; `pruned` is the highest
 * it deleted. A cursor below it may have lost rows it still needed, so the replica reloads.
 */
export function mayHaveMissedPrunedRows(cursor: ChangeFeedCursor, pruned: ChangeFeedCursor | undefined): boolean {
  return pruned !== undefined && compareCursors(cursor, pruned) < 0;
}

/** How often pruning runs: often enough that the log stays near its retention, at most every minute. */
export function pruneIntervalMs(retentionMs: number): number {
  return Math.max(1_000, Math.min(60_000, Math.floor(retentionMs / 4)));
}
