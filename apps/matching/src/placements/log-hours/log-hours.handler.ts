import { Inject, Injectable } from '@nestjs/common';
import { placementHoursLoggedV1 } from '@vc/contracts';
import { ConflictProblem, todayInAmsterdam, ValidationProblem } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { WorkflowEvents } from '../../matches/workflow-events.js';
import { hoursEntryProblems } from '../hours-rules.js';
import { HoursEntry } from '../hours-entry.entity.js';
import { findPlacement, type PlacementCaller } from '../placement-access.js';
import { placementEvent } from '../placement-events.js';
import type { LogHoursRequest } from './log-hours.request.dto.js';

@Injectable()
export class LogHoursHandler {
  constructor(@Inject(WorkflowEvents) private readonly events: WorkflowEvents) {}

  /**
   * The volunteer writes hours in their logbook; the organisation confirms them later. The
   * placement row is locked, so two entries for one day cannot both slip under the 24-hour limit.
   */
  async logHours(manager: EntityManager, caller: PlacementCaller, placementId: string, request: LogHoursRequest, now = new Date()): Promise<HoursEntry> {
    const placement = await findPlacement(manager, caller, placementId, { lock: true });
    if (placement.status !== 'active') throw new ConflictProblem('This placement is completed; its logbook is closed', 'placement-completed');
    const [{ logged }] = (await manager.query(
      `SELECT coalesce(sum(hours), 0)::float8 AS logged FROM hours_entry WHERE placement_id = $1 AND worked_on = $2`,
      [placement.id, request.workedOn],
    )) as [{ logged: number }];
    const problems = hoursEntryProblems(request, { today: todayInAmsterdam(now), startedOn: placement.startedOn, alreadyLoggedThatDay: logged });
    if (problems.length > 0) throw new ValidationProblem(problems);
    const entry = manager.create(HoursEntry, {
      id: uuidv7(),
      placementId: placement.id,
      centreId: placement.centreId,
      workedOn: request.workedOn,
      hours: request.hours,
      status: 'logged',
      loggedAt: now,
      confirmedAt: null,
      confirmedBy: null,
    });
    await manager.insert(HoursEntry, entry);
    const event = placementEvent(placement, now);
    await this.events.publish(manager, placementHoursLoggedV1, {
      ...event,
      payload: { ...event.payload, entry: { hoursEntryId: entry.id, workedOn: entry.workedOn, hours: entry.hours } },
    });
    return entry;
  }
}
