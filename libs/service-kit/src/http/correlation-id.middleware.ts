import { Injectable, type NestMiddleware } from '@nestjs/common';
import { runWithEventContext, type EventContext } from '@vc/messaging';
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { parseTraceparent } from '../logging/traceparent.js';

export const CORRELATION_ID_HEADER = 'x-correlation-id';

// A caller-chosen id goes into every log line and event: keep it short and free of anything that could forge a log field.
const ACCEPTABLE_CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The context an HTTP request starts: the caller's correlation id (or a fresh one) and its trace, no causing event. */
export function eventContextFromHeaders(headers: IncomingHttpHeaders, newId: () => string = randomUUID): EventContext {
  const offered = firstValue(headers[CORRELATION_ID_HEADER])?.trim();
  const traceparent = firstValue(headers.traceparent)?.trim();
  const context: EventContext = {
    correlationId: offered && ACCEPTABLE_CORRELATION_ID.test(offered) ? offered : newId(),
    causationId: null,
  };
  if (parseTraceparent(traceparent)) context.traceparent = traceparent;
  return context;
}

/** Runs the rest of the request inside its event context, so logs and published events carry its correlation id. */
@Injectable()
export class CorrelationIdMiddleware implements NestMiddleware<IncomingMessage, ServerResponse> {
  use(request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void): void {
    const context = eventContextFromHeaders(request.headers);
    response.setHeader(CORRELATION_ID_HEADER, context.correlationId);
    runWithEventContext(context, () => next());
  }
}
