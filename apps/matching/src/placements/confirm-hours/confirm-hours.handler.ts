import { Inject, Injectable } from '@nestjs/common';
import { placementHoursConfirmedV1 } from '@vc/contracts';
import { InvalidTransitionProblem, NotFoundProblem } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { WorkflowEvents } from '../../matches/workflow-events.js';
import { HoursEntry } from '../hours-entry.entity.js';
import { findPlacement, type PlacementCaller } from '../placement-access.js';
import { placementEvent } from '../placement-events.js';
import { Placement } from '../placement.entity.js';

@Injectable()
export class ConfirmHoursHandler {
  constructor(@Inject(WorkflowEvents) private readonly events: WorkflowEvents) {}

  /**
   * The organisation confirms a logged entry. The placement's total and the volunteer's total grow
   * in the same transaction; the volunteer's is one row updated in place (a row lock), so two
   * confirmations on different placements at once both count.
   */
  async confirmHours(manager: EntityManager, caller: PlacementCaller, placementId: string, entryId: string, now = new Date()): Promise<Placement> {
    const placement = await findPlacement(manager, caller, placementId, { lock: true });
    const entry = await manager.findOneBy(HoursEntry, { id: entryId, placementId: placement.id });
    if (!entry) throw new NotFoundProblem('hours entry', entryId);
    if (entry.status !== 'logged') throw new InvalidTransitionProblem(entry.status, 'confirmed');
    await manager.update(HoursEntry, { id: entry.id }, { status: 'confirmed', confirmedAt: now, confirmedBy: caller.subject });
    const [[updated]] = (await manager.query(
      `UPDATE placement SET confirmed_hours = confirmed_hours + $2 WHERE id = $1 RETURNING confirmed_hours::float8 AS total`,
      [placement.id, entry.hours],
    )) as [[{ total: number }], number];
    placement.confirmedHours = updated.total;
    let volunteerTotal = updated.total;
    if (placement.volunteerId !== null) {
      const [row] = (await manager.query(
        `INSERT INTO volunteer_hours_total AS t (volunteer_id, centre_id, confirmed_hours) VALUES ($1, $2, $3)
         ON CONFLICT (volunteer_id) DO UPDATE SET confirmed_hours = t.confirmed_hours + EXCLUDED.confirmed_hours
         RETURNING confirmed_hours::float8 AS total`,
        [placement.volunteerId, placement.centreId, entry.hours],
      )) as Array<{ total: number }>;
      volunteerTotal = row!.total;
    }
    const event = placementEvent(placement, now);
    await this.events.publish(manager, placementHoursConfirmedV1, {
      ...event,
      payload: {
        ...event.payload,
        entry: { hoursEntryId: entry.id, workedOn: entry.workedOn, hours: entry.hours },
        volunteerConfirmedHours: volunteerTotal,
      },
    });
    return placement;
  }
}
