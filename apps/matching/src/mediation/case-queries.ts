import type { EntityManager } from 'typeorm';
import type { FollowUpViewRow } from './mediation-case.view.js';

/** A case's follow-ups, dates as YYYY-MM-DD text (the driver would turn them into local-midnight Dates). */
export async function followUpsOf(manager: EntityManager, caseIds: string[]): Promise<Map<string, FollowUpViewRow[]>> {
  const rows = (await manager.query(
    `SELECT id, case_id, kind, due_on::text AS due_on, reminded_at, done_on::text AS done_on
       FROM mediation_follow_up WHERE case_id = ANY($1::uuid[]) ORDER BY due_on`,
    [caseIds],
  )) as Array<FollowUpViewRow & { case_id: string }>;
  const byCase = new Map<string, FollowUpViewRow[]>();
  for (const row of rows) byCase.set(row.case_id, [...(byCase.get(row.case_id) ?? []), row]);
  return byCase;
}
