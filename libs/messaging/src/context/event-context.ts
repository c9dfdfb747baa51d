import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What flows from a cause (an HTTP request, a consumed event) into everything done on its behalf:
 * log lines and the events it publishes. Kept in AsyncLocalStorage so handlers don't thread it by hand.
 */
export interface EventContext {
  correlationId: string;
  /** Id of the event being handled; null for work started by an HTTP request or a timer. */
  causationId: string | null;
  /** W3C trace context (`traceparent` header value) when the cause carried one. */
  traceparent?: string;
  centreId?: string;
  regionId?: string;
}

const storage = new AsyncLocalStorage<EventContext>();

export function runWithEventContext<T>(context: EventContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentEventContext(): EventContext | undefined {
  return storage.getStore();
}
