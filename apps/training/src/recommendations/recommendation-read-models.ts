import {
  matchDeclinedV1,
  matchEndedV1,
  matchProposedV1,
  matchWithdrawnV1,
  vacancyClosedV1,
  vacancyExpiredV1,
  vacancyFilledV1,
  vacancyPublishedV1,
  vacancyUpdatedV1,
  volunteerRegisteredV1,
  volunteerUpdatedV1,
  type MatchSnapshotV1,
  type VacancySnapshotV1,
  type VolunteerProfileV1,
} from '@vc/contracts';
import type { EventConsumer } from '@vc/messaging';
import type { EntityManager } from 'typeorm';
import { actConsortiumWide } from '../tenancy/tenant-scope.js';

/**
 * Keeps the recommendation read models from registrations' vacancy and volunteer events and from
 * matching's match events. Only skills and ids: no names, no profile beyond the skills.
 */
export function consumeRecommendationEvents(consumer: EventConsumer): EventConsumer {
  const vacancy = async (payload: VacancySnapshotV1 & { status: string }, manager: EntityManager) => {
    await actConsortiumWide(manager);
    await manager.query(
      `INSERT INTO vacancy_skills (vacancy_id, centre_id, skills, open) VALUES ($1, $2, $3, $4)
       ON CONFLICT (vacancy_id) DO UPDATE SET centre_id = EXCLUDED.centre_id, skills = EXCLUDED.skills, open = EXCLUDED.open`,
      [payload.vacancyId, payload.centreId, payload.skills, payload.status === 'published' && payload.kind !== 'help-request'],
    );
  };
  const volunteer = async (payload: VolunteerProfileV1, manager: EntityManager) => {
    await actConsortiumWide(manager);
    await manager.query(
      `INSERT INTO volunteer_skills (volunteer_id, centre_id, skills) VALUES ($1, $2, $3)
       ON CONFLICT (volunteer_id) DO UPDATE SET centre_id = EXCLUDED.centre_id, skills = EXCLUDED.skills`,
      [payload.volunteerId, payload.centreId, payload.skills],
    );
  };
  const proposed = async (payload: MatchSnapshotV1, manager: EntityManager) => {
    if (!payload.volunteerId) return;
    await actConsortiumWide(manager);
    await manager.query(
      `INSERT INTO suggested_vacancy (volunteer_id, vacancy_id, centre_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [payload.volunteerId, payload.vacancyId, payload.centreId],
    );
  };
  // A declined, withdrawn or ended match is no longer a suggestion to train for.
  const over = async (payload: MatchSnapshotV1, manager: EntityManager) => {
    if (!payload.volunteerId) return;
    await actConsortiumWide(manager);
    await manager.query(`DELETE FROM suggested_vacancy WHERE volunteer_id = $1 AND vacancy_id = $2`, [payload.volunteerId, payload.vacancyId]);
  };
  return consumer
    .on(vacancyPublishedV1, (event, { manager }) => vacancy(event.payload, manager))
    .on(vacancyUpdatedV1, (event, { manager }) => vacancy(event.payload, manager))
    .on(vacancyClosedV1, (event, { manager }) => vacancy(event.payload, manager))
    .on(vacancyFilledV1, (event, { manager }) => vacancy(event.payload, manager))
    .on(vacancyExpiredV1, (event, { manager }) => vacancy(event.payload, manager))
    .on(volunteerRegisteredV1, (event, { manager }) => volunteer(event.payload, manager))
    .on(volunteerUpdatedV1, (event, { manager }) => volunteer(event.payload, manager))
    .on(matchProposedV1, (event, { manager }) => proposed(event.payload, manager))
    .on(matchDeclinedV1, (event, { manager }) => over(event.payload, manager))
    .on(matchWithdrawnV1, (event, { manager }) => over(event.payload, manager))
    .on(matchEndedV1, (event, { manager }) => over(event.payload, manager));
}

/** Erasure: the person's skills and suggestions go with them. */
export async function eraseRecommendationData(manager: EntityManager, volunteerId: string): Promise<void> {
  await manager.query(`DELETE FROM volunteer_skills WHERE volunteer_id = $1`, [volunteerId]);
  await manager.query(`DELETE FROM suggested_vacancy WHERE volunteer_id = $1`, [volunteerId]);
}
