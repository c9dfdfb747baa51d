import { Inject, Injectable } from '@nestjs/common';
import type { EventContract, MatchSnapshotV1 } from '@vc/contracts';
import { EventFactory, Outbox, type NewEvent } from '@vc/messaging';
import type { EntityManager } from 'typeorm';
import type { Match } from './match.entity.js';

/** Adds a matching event to the outbox inside the caller's transaction: the change and its event commit together. */
@Injectable()
export class WorkflowEvents {
  constructor(
    @Inject(Outbox) private readonly outbox: Outbox,
    @Inject(EventFactory) private readonly events: EventFactory,
  ) {}

  async publish<P extends object>(manager: EntityManager, contract: EventContract<P>, fields: NewEvent<P>): Promise<void> {
    await this.outbox.add(manager, this.events.create(contract, fields));
  }
}

/** Contracts leave absent values out; the database says null. */
export function present<T>(value: T | null): T | undefined {
  return value === null ? undefined : value;
}

/** The public snapshot of a match: ids, statuses and dates only (never the evaluation). */
export function matchPayload(match: Match, changedAt: Date): MatchSnapshotV1 {
  return {
    matchId: match.id,
    volunteerId: present(match.volunteerId),
    vacancyId: match.vacancyId,
    organisationId: match.organisationId,
    centreId: match.centreId,
    regionId: match.regionId,
    status: match.status,
    origin: match.origin,
    proposedOn: match.proposedOn,
    changedAt: changedAt.toISOString(),
    startedOn: present(match.startedOn),
    endedOn: present(match.endedOn),
    outcome: present(match.outcome),
  };
}

export const matchEvent = (match: Match, changedAt: Date) => ({
  subject: match.id,
  centreId: match.centreId,
  regionId: match.regionId,
  payload: matchPayload(match, changedAt),
});
