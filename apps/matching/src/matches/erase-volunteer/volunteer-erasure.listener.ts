import { todayInAmsterdam } from '@vc/service-kit';
import {
  mediationCaseClosedV1,
  matchWithdrawnV1,
  volunteerErasedV1,
  type EventContract,
  type VolunteerErasedV1,
} from '@vc/contracts';
import { EventFactory, type HandlerContext, type NewEvent } from '@vc/messaging';
import type { EntityManager } from 'typeorm';
import { actConsortiumWide } from '../../read-models/read-model-store.js';
import type { RegistrationsEventListener } from '../../read-models/registrations-listeners.js';
import { MediationCase } from '../../mediation/mediation-case.entity.js';
import { caseEvent } from '../../mediation/mediation-events.js';
import { OPEN_MATCH_STATUSES } from '../match-lifecycle.js';
import { Match } from '../match.entity.js';
import { releasePlace } from '../activity-places.js';
import { matchEvent } from '../workflow-events.js';
import { forgetMasSignOffsOf } from '../../placements/forget-mas-sign-offs.js';

const events = new EventFactory('matching');

/**
 * registrations.volunteer.erased: nothing that identifies the person stays in matching. Open
 * matches are withdrawn (their events no longer name the volunteer), every match, placement and
 * mediation case loses the volunteer's id and what was written about them, and open cases close
 * with outcome `erased`. What remains are anonymous rows that still count (matches per status,
 * hours per organisation, cases per outcome). Runs in the read model's transaction and inbox, so
 * a redelivered erasure changes nothing twice.
 */
export async function eraseVolunteerFromWorkflow(volunteerId: string, context: Pick<HandlerContext, 'manager' | 'publish'>, now = new Date()): Promise<void> {
  const { manager } = context;
  await actConsortiumWide(manager);
  const publish = <P extends object>(contract: EventContract<P>, fields: NewEvent<P>) => context.publish(events.create(contract, fields));

  const open = await manager
    .createQueryBuilder(Match, 'm')
    .setLock('pessimistic_write')
    .where('m.volunteer_id = :volunteerId AND m.status IN (:...open)', { volunteerId, open: OPEN_MATCH_STATUSES })
    .getMany();
  for (const match of open) {
    await manager.query(
      `INSERT INTO match_transition (match_id, centre_id, from_status, to_status, actor, actor_subject, at) VALUES ($1, $2, $3, 'withdrawn', 'system', NULL, $4)`,
      [match.id, match.centreId, match.status, now],
    );
    if (match.origin === 'sign-up' && match.status === 'accepted') await releasePlace(manager, match.vacancyId);
    Object.assign(match, { status: 'withdrawn', volunteerId: null });
    await manager.update(Match, { id: match.id }, { status: 'withdrawn', updatedAt: now });
    await publish(matchWithdrawnV1, matchEvent(match, now));
  }
  await forgetMasSignOffsOf(manager, volunteerId);
  await forgetInMatches(manager, volunteerId);

  const cases = await manager.find(MediationCase, { where: { volunteerId }, lock: { mode: 'pessimistic_write' } });
  for (const mediationCase of cases) {
    await manager.query(`DELETE FROM mediation_note WHERE case_id = $1`, [mediationCase.id]);
    const forget: Partial<MediationCase> = {
      volunteerId: null,
      referralReason: null,
      goals: null,
      sourceOrganisation: null,
      referrerSubject: null,
      consentWithdrawnAt: mediationCase.consentWithdrawnAt ?? now,
      updatedAt: now,
    };
    const closing = mediationCase.status !== 'closed';
    if (closing) Object.assign(forget, { status: 'closed', closedOn: todayInAmsterdam(now), outcome: 'erased' });
    await manager.update(MediationCase, { id: mediationCase.id }, forget);
    Object.assign(mediationCase, forget);
    if (closing) await publish(mediationCaseClosedV1, caseEvent(mediationCase, now));
  }
}

async function forgetInMatches(manager: EntityManager, volunteerId: string): Promise<void> {
  const ids = (await manager.query(`SELECT id FROM match WHERE volunteer_id = $1`, [volunteerId])) as Array<{ id: string }>;
  const matchIds = ids.map((row) => row.id);
  // The volunteer's own user id appears where they acted themselves; staff ids stay.
  await manager.query(`UPDATE match_transition SET actor_subject = NULL WHERE match_id = ANY($1::uuid[]) AND actor = 'volunteer'`, [matchIds]);
  await manager.query(
    `UPDATE match SET volunteer_id = NULL, evaluation = NULL, proposed_by = CASE WHEN origin = 'sign-up' THEN NULL ELSE proposed_by END
      WHERE id = ANY($1::uuid[])`,
    [matchIds],
  );
  await manager.query(`UPDATE placement SET volunteer_id = NULL WHERE volunteer_id = $1`, [volunteerId]);
  await manager.query(`DELETE FROM volunteer_hours_total WHERE volunteer_id = $1`, [volunteerId]);
}

// A plain object, not `listen(...)`: the listeners file imports this one, and the helper would not exist yet.
export const volunteerErasureListener = {
  contract: volunteerErasedV1,
  handle: (event, context) => eraseVolunteerFromWorkflow((event.payload as VolunteerErasedV1).volunteerId.toLowerCase(), context),
} as RegistrationsEventListener;
