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
  // ORDER BY ordinality: seq follows the order the changes were applied in.
  await query(
    `INSERT INTO read_model_change_log (kind, centre_id, subject_id, change)
     SELECT kind, centre_id, subject_id, change
       FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::jsonb[]) WITH ORDINALITY AS c(kind, centre_id, subject_id, change, n)
      ORDER BY n`,
    [changes.map((c) => c.kind), changes.map(centreOfChange), changes.map(subjectOfChange), changes.map((c) => JSON.stringify(c))],
  );
  const erased = changes.filter((c) => c.kind === 'volunteer-erase').map((c) => subjectOfChange(c));
  if (erased.length > 0) {
    await query(`DELETE FROM read_model_change_log WHERE subject_id = ANY($1::uuid[]) AND kind <> 'volunteer-erase'`, [erased]);
  }
  // Delivered at commit, and only if it commits.
  await query(`SELECT pg_notify('${CHANGE_FEED_CHANNEL}', '')`);
}
