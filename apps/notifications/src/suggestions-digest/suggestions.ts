import type { MatchSnapshotV1, VacancySnapshotV1 } from '@vc/contracts';
import type { EntityManager } from 'typeorm';
import { gather, lastPerKey, type GatheredWrite } from '../consumers/chunk-writes.js';

const VACANCY_TITLES: GatheredWrite<VacancySnapshotV1> = {
  name: 'vacancy_title',
  write: async (manager, vacancies) => {
    const latest = lastPerKey(vacancies, (v) => v.vacancyId);
    await manager.query(
      `INSERT INTO vacancy_title (vacancy_id, centre_id, title)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[])
       ON CONFLICT (vacancy_id) DO UPDATE SET centre_id = EXCLUDED.centre_id, title = EXCLUDED.title, updated_at = now()`,
      [latest.map((v) => v.vacancyId), latest.map((v) => v.centreId), latest.map((v) => v.title)],
    );
  },
};

/**
 * The latest title of a vacancy (published or updated); nothing else about it is kept. Gathered
 * with the chunk's other writes in the consumer: whoever reads titles flushes first.
 */
export function rememberVacancyTitle(manager: EntityManager, vacancy: VacancySnapshotV1): Promise<void> {
  return gather(manager, VACANCY_TITLES, [vacancy]);
}

export async function vacancyTitle(manager: EntityManager, vacancyId: string): Promise<string | undefined> {
  const [row] = (await manager.query(`SELECT title FROM vacancy_title WHERE vacancy_id = $1`, [vacancyId])) as Array<{ title: string }>;
  return row?.title;
}

/** A proposal waits for the volunteer's next daily digest (never a message of its own). */
export async function rememberSuggestion(manager: EntityManager, match: MatchSnapshotV1, proposedAt: string): Promise<void> {
  if (!match.volunteerId) return;
  // DO NOTHING: a proposal already answered or digested stays so.
  await manager.query(
    `INSERT INTO suggestion (match_id, centre_id, volunteer_id, vacancy_id, proposed_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (match_id) DO NOTHING`,
    [match.matchId, match.centreId, match.volunteerId, match.vacancyId, proposedAt],
  );
}

/**
 * The volunteer answered (interest, or an introduction already made) or the match was withdrawn:
 * a digest not yet sent must not list it. Every event of one match shares its key, so this never
 * overtakes the proposal.
 */
export async function closeSuggestion(manager: EntityManager, matchId: string): Promise<void> {
  await manager.query(`UPDATE suggestion SET open = false WHERE match_id = $1 AND open`, [matchId]);
}
