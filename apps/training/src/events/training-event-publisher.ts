import { Injectable, Inject } from '@nestjs/common';
import type { EventContract } from '@vc/contracts';
import { EventFactory, Outbox } from '@vc/messaging';
import { ConflictProblem } from '@vc/service-kit';
import type { EntityManager } from 'typeorm';

/**
 * Adds an event to the outbox inside the caller's transaction. The region comes from the centre
 * (known from registrations' centre events; a centre never changes region).
 */
@Injectable()
export class TrainingEventPublisher {
  private readonly regions = new Map<string, string>();

  constructor(
    @Inject(Outbox) private readonly outbox: Outbox,
    @Inject(EventFactory) private readonly events: EventFactory,
  ) {}

  async publish<P extends object>(
    manager: EntityManager,
    contract: EventContract<P>,
    fields: { subject: string; centreId: string; payload: P },
  ): Promise<void> {
    const regionId = await regionOf(manager, fields.centreId, this.regions);
    await this.outbox.add(manager, this.events.create(contract, { ...fields, regionId }));
  }
}

export class UnknownCentreProblem extends ConflictProblem {
  constructor(centreId: string) {
    super(`Centre ${centreId} is not known to the training service yet (it learns centres from registrations' events)`, 'unknown-centre');
  }
}

export async function regionOf(manager: EntityManager, centreId: string, cache?: Map<string, string>): Promise<string> {
  const known = cache?.get(centreId);
  if (known) return known;
  const [row] = await manager.query(`SELECT region_id FROM centre WHERE id = $1`, [centreId]);
  if (!row) throw new UnknownCentreProblem(centreId);
  cache?.set(centreId, row.region_id);
  return row.region_id;
}
