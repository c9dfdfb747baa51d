import { Injectable, Inject } from '@nestjs/common';
import type { EventContract } from '@vc/contracts';
import { EventFactory, Outbox } from '@vc/messaging';
import type { EntityManager } from 'typeorm';
import { UnknownCentreProblem } from '../shared/problems.js';

/**
 * Adds an event to the outbox inside the caller's transaction. The region comes from the centre
 * (known from registrations.centre.created; a centre never changes region), looked up once per centre.
 */
@Injectable()
export class PartnershipsEventPublisher {
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
    const regionId = await this.regionOf(manager, fields.centreId);
    await this.outbox.add(manager, this.events.create(contract, { ...fields, regionId }));
  }

  /** Erases `subject` from a restricted, compacted topic (a tombstone), in the caller's transaction. */
  async tombstone(manager: EntityManager, contract: EventContract, fields: { subject: string; centreId: string }): Promise<void> {
    const regionId = await this.regionOf(manager, fields.centreId);
    await this.outbox.addTombstone(manager, contract, { ...fields, regionId });
  }

  /** Throws UnknownCentreProblem (422) for a centre partnerships has not heard of yet. */
  async regionOf(manager: EntityManager, centreId: string): Promise<string> {
    const known = this.regions.get(centreId);
    if (known) return known;
    const [row] = (await manager.query(`SELECT region_id FROM centre WHERE id = $1`, [centreId])) as Array<{ region_id: string }>;
    if (!row) throw new UnknownCentreProblem(centreId);
    this.regions.set(centreId, row.region_id);
    return row.region_id;
  }
}
