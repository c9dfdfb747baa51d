import type { EntityManager } from 'typeorm';

/** A kind of row the consumer gathers, and how a batch of them is written in one statement (or a few). */
export interface GatheredWrite<Row> {
  readonly name: string;
  write(manager: EntityManager, rows: Row[]): Promise<void>;
}

/**
 * Rows gathered per transaction, keyed by its manager (TypeORM gives every transaction a manager of
 * its own), so nothing crosses to another transaction and a rolled-back one takes its rows with it.
 */
const gathering = new WeakMap<EntityManager, Map<GatheredWrite<unknown>, unknown[]>>();

/**
 * From now until its commit the transaction gathers the rows `gather` is given instead of writing
 * each at once. Whoever calls this must call `flushGathered` before the commit (the consumer does,
 * in the EventConsumer's beforeCommit) and before anything reads, changes or deletes those tables.
 */
export function gatherWritesIn(manager: EntityManager): void {
  if (!gathering.has(manager)) gathering.set(manager, new Map());
}

/**
 * Adds rows to their kind's batch in a gathering transaction (a chunk of events then costs one
 * statement per kind, not one per event); anywhere else they are written at once.
 */
export async function gather<Row>(manager: EntityManager, kind: GatheredWrite<Row>, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const pending = gathering.get(manager);
  if (!pending) return kind.write(manager, rows);
  const batch = pending.get(kind as GatheredWrite<unknown>);
  if (batch) batch.push(...rows);
  else pending.set(kind as GatheredWrite<unknown>, [...rows]);
}

/** Writes what the transaction gathered so far, kind by kind in the order first used; it goes on gathering. */
export async function flushGathered(manager: EntityManager): Promise<void> {
  const pending = gathering.get(manager);
  if (!pending || pending.size === 0) return;
  const batches = [...pending];
  pending.clear();
  for (const [kind, rows] of batches) await kind.write(manager, rows);
}

/** The last row per key, in the order each key was first seen: an upsert may not touch a row twice in one statement. */
export function lastPerKey<Row>(rows: Row[], key: (row: Row) => string): Row[] {
  const latest = new Map<string, Row>();
  for (const row of rows) latest.set(key(row), row);
  return [...latest.values()];
}
