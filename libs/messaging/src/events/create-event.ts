import { randomUUID } from 'node:crypto';
import type { EventContract, EventEnvelope } from '@vc/contracts';
import { v7 as uuidv7 } from 'uuid';
import { currentEventContext } from '../context/event-context.js';

export interface NewEvent<P extends object> {
  subject: string;
  centreId: string;
  regionId: string;
  payload: P;
  /** Defaults to now. */
  time?: Date;
}

/**
 * Builds envelopes for one producing service. Correlation, causation and trace context come from
 * the current EventContext (the HTTP request or the event being handled), so a handler's events
 * carry its cause without passing ids around.
 */
export class EventFactory {
  constructor(private readonly source: string) {}

  create<P extends object>(contract: EventContract<P>, event: NewEvent<P>): EventEnvelope<P> {
    const context = currentEventContext();
    return {
      id: uuidv7(),
      type: contract.type,
      version: contract.version,
      time: (event.time ?? new Date()).toISOString(),
      source: this.source,
      centreId: event.centreId,
      regionId: event.regionId,
      subject: event.subject,
      correlationId: context?.correlationId ?? randomUUID(),
      causationId: context?.causationId ?? null,
      traceparent: context?.traceparent,
      payload: event.payload,
    };
  }
}
