import { Injectable } from '@nestjs/common';
import type { EventContract } from '@vc/contracts';
import { EventFactory, Outbox, runWithEventContext, type EventContext } from '@vc/messaging';
import type { EntityManager } from 'typeorm';

export interface PendingEvent<P extends object = object> {
  contract: EventContract<P>;
  subject: string;
  centreId: string;
  payload: P;
  /** Correlation and trace for the envelope, when they are not the current context's (events of several requests written together). */
  context?: EventContext;
}

/**
 * Adds an event to the outbox inside the caller's transaction. The region comes from the centre
 * (a centre never changes region), looked up once per centre.
 */
@Injectable()
export class RegistrationsEventPublisher {
  private readonly regions = new Map<string, string>();

  constructor(
    private readonly outbox: Outbox,
    private readonly events: EventFactory,
  ) {}

  async publish<P extends object>(
    manager: EntityManager,
    contract: EventContract<P>,
    fields: { subject: string; centreId: string; payload: P },
  ): Promise<void> {
    await this.publishAll(manager, [{ contract, ...fields }]);
  }

  /** Several events in one outbox write (one round trip), in the order given. */
  async publishAll(manager: EntityManager, events: PendingEvent[]): Promise<void> {
    const envelopes = [];
    for (const { contract, context, ...fields } of events) {
      const event = { ...fields, regionId: await this.regionOf(manager, fields.centreId) };
      envelopes.push(context ? runWithEventContext(context, () => this.events.create(contract, event)) : this.events.create(contract, event));
    }
    await this.outbox.add(manager, envelopes);
  }

  private async regionOf(manager: EntityManager, centreId: string): Promise<string> {
    const known = this.regions.get(centreId);
    if (known) return known;
    const [row] = await manager.query(`SELECT region_id FROM centre WHERE id = $1`, [centreId]);
    if (!row) throw new Error(`Centre ${centreId} is not visible in this transaction`);
    this.regions.set(centreId, row.region_id);
    return row.region_id;
  }
}
