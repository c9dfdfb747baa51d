import { Inject, Injectable } from '@nestjs/common';
import { matchSignedUpV1 } from '@vc/contracts';
import { ConflictProblem, todayInAmsterdam } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { takePlace } from '../activity-places.js';
import type { MatchCaller } from '../match-access.js';
import { availableVolunteer, isOpenMatchConflict, openMatchExists, openVacancy } from '../match-parties.js';
import { Match } from '../match.entity.js';
import { matchEvent, WorkflowEvents } from '../workflow-events.js';

@Injectable()
export class SignUpHandler {
  constructor(@Inject(WorkflowEvents) private readonly events: WorkflowEvents) {}

  /**
   * A volunteer takes a place of a one-off activity of their centre: the match is accepted at
   * once. The match insert comes first, so a second sign-up of the same volunteer fails on the
   * unique index before it could take a place.
   */
  async signUp(manager: EntityManager, caller: MatchCaller & { volunteerId: string }, vacancyId: string, now = new Date()): Promise<Match> {
    const volunteer = await availableVolunteer(manager, caller.centreId, caller.volunteerId);
    const activity = await openVacancy(manager, caller.centreId, vacancyId.toLowerCase());
    if (activity.kind !== 'one-off') throw new ConflictProblem('Only one-off activities take direct sign-ups', 'not-a-one-off-activity');
    const today = todayInAmsterdam(now);
    if (activity.activityDate !== null && activity.activityDate < today) throw new ConflictProblem('This activity is over', 'activity-over');

    const match = manager.create(Match, {
      id: uuidv7(),
      centreId: caller.centreId,
      regionId: activity.regionId,
      volunteerId: volunteer.volunteerId,
      vacancyId: activity.vacancyId,
      organisationId: activity.organisationId,
      mediationCaseId: null,
      origin: 'sign-up',
      status: 'accepted',
      proposedBy: caller.subject,
      proposedOn: today,
      startedOn: null,
      endedOn: null,
      outcome: null,
      evaluation: null,
    });
    try {
      await manager.insert(Match, match);
    } catch (error) {
      if (isOpenMatchConflict(error)) throw openMatchExists();
      throw error;
    }
    const capacity = activity.placesLeft ?? activity.places;
    if (capacity !== null) await takePlace(manager, { vacancyId: activity.vacancyId, centreId: activity.centreId, capacity });
    await manager.query(
      `INSERT INTO match_transition (match_id, centre_id, from_status, to_status, actor, actor_subject, at) VALUES ($1, $2, NULL, 'accepted', 'volunteer', $3, $4)`,
      [match.id, match.centreId, caller.subject, now],
    );
    await this.events.publish(manager, matchSignedUpV1, matchEvent(match, now));
    return match;
  }
}
