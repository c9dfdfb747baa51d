import type { ReadModelChange } from './read-model-change.js';

type Query = (sql: string, parameters?: unknown[]) => Promise<unknown>;

/** NOTIFY channel that wakes every replica's change feed when a consumer transaction commits. */
export const CHANGE_FEED_CHANNEL = 'matching_read_model_change';

/** The volunteer a change is about: what an erasure must delete from the log. */
export function subjectOfChange(change: ReadModelChange): string | null {
  switch (change.kind) {
    case 'volunteer-upsert':
      return change.record.volunteerId;
    case 'volunteer-status':
    case 'volunteer-erase':
      return change.volunteerId;
    default:
      return null;
  }
}

export function centreOfChange(change: ReadModelChange): string | null {
  switch (change.kind) {
    case 'volunteer-status':
      return null;
    case 'volunteer-erase':
      return change.centreId;
    default:
      return change.record.centreId;
  }
}

/**
 * Appends changes to the change feed in the transaction that writes them to the read models (ADR
 * 13), so a replica never sees one without the other. On erasure what the log held about the
 * person goes too: only the erase row stays (ids only), until pruning removes it.
 */
export async function appendToChangeLog(query: Query, changes: readonly ReadModelChange[]): Promise<void> {
  if (changes.length === 0) return;
  // ORDER BY ordinality: seq follows the order the changes were applied in. The changes go as one
  // JSON array, not a jsonb[] (whose every element the driver escaped: a large share of ingest).
  await query(
    `INSERT INTO read_model_change_log (kind, centre_id, subject_id, change)
     SELECT c.kind, c.centre_id, c.subject_id, j.change
       FROM unnest($1::text[], $2::uuid[], $3::uuid[]) WITH ORDINALITY AS c(kind, centre_id, subject_id, n)
       JOIN jsonb_array_elements($4::jsonb) WITH ORDINALITY AS j(change, n) USING (n)
      ORDER BY n`,
    [changes.map((c) => c.kind), changes.map(centreOfChange), changes.map(subjectOfChange), JSON.stringify(changes)],
  );
  const erased = changes.filter((c) => c.kind === 'volunteer-erase').map((c) => subjectOfChange(c));
  if (erased.length > 0) {
    await query(`DELETE FROM read_model_change_log WHERE subject_id = ANY($1::uuid[]) AND kind <> 'volunteer-erase'`, [erased]);
  }
  // Delivered at commit, and only if it commits.
  await query(`SELECT pg_notify('${CHANGE_FEED_CHANNEL}', '')`);
}
