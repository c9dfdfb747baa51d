import { currentEventContext } from '@vc/messaging';
import { pino, type DestinationStream, type Logger } from 'pino';
import { parseTraceparent } from './traceparent.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type ServiceLogger = Logger;

export interface CreateLoggerOptions {
  service: string;
  level?: LogLevel;
  /** Where JSON lines go; stdout (synchronously) when omitted. Tests pass a stream to read what was logged. */
  destination?: DestinationStream;
}

/** Fields of the current event context, so a log line can be joined to the request or event that caused it. */
export function eventContextLogFields(): Record<string, string | null> {
  const context = currentEventContext();
  if (!context) return {};
  const fields: Record<string, string | null> = {
    correlationId: context.correlationId,
    causationId: context.causationId,
  };
  const traceId = parseTraceparent(context.traceparent)?.traceId;
  if (traceId) fields.traceId = traceId;
  if (context.centreId) fields.centreId = context.centreId;
  return fields;
}

export function createLogger({ service, level = 'info', destination }: CreateLoggerOptions): ServiceLogger {
  return pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Level names instead of pino's numbers: log stores and people filter on "error", not 50.
      formatters: { level: (label) => ({ level: label }) },
      mixin: eventContextLogFields,
    },
    // pino's default stdout stream writes asynchronously: lines logged just before process.exit()
    // (a shutdown that timed out) were seen lost or out of order. Synchronous writes keep them.
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
