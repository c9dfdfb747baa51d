import type { EventEnvelope, EventMetadata } from '@vc/contracts';
import type { IHeaders } from 'kafkajs';

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: attributes travel as `ce_*` headers,
 * the payload is the record value as JSON, the aggregate id is the record key. Extension attribute
 * names are lower-case alphanumerics as the spec requires.
 */
export const CE = {
  specversion: 'ce_specversion',
  id: 'ce_id',
  source: 'ce_source',
  type: 'ce_type',
  time: 'ce_time',
  subject: 'ce_subject',
  dataversion: 'ce_dataversion',
  centreid: 'ce_centreid',
  regionid: 'ce_regionid',
  correlationid: 'ce_correlationid',
  causationid: 'ce_causationid',
  traceparent: 'ce_traceparent',
  contentType: 'content-type',
} as const;

const SOURCE_PREFIX = 'urn:vc:service:';

/**
 * A tombstone (null value) is not a CloudEvent; it carries its id, subject, tenant and
 * correlation for tracing and de-duplication, and this marker.
 */
export const TOMBSTONE_HEADER = 'vc_tombstone';
export const TOMBSTONE_TYPE = 'vc.tombstone';

export interface KafkaRecord {
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** Thrown when a record is not a platform event at all; such records go to the dead-letter topic. */
export class MalformedEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedEventError';
  }
}

export function toKafkaRecord(event: EventEnvelope): KafkaRecord {
  const headers: Record<string, string> = {
    [CE.specversion]: '1.0',
    [CE.id]: event.id,
    [CE.source]: SOURCE_PREFIX + event.source,
    [CE.type]: event.type,
    [CE.time]: event.time,
    [CE.subject]: event.subject,
    [CE.dataversion]: String(event.version),
    [CE.centreid]: event.centreId,
    [CE.regionid]: event.regionId,
    [CE.correlationid]: event.correlationId,
    [CE.contentType]: 'application/json',
  };
  if (event.causationId) headers[CE.causationid] = event.causationId;
  if (event.traceparent) headers[CE.traceparent] = event.traceparent;
  return { key: event.subject, value: JSON.stringify(event.payload), headers };
}

/** Reads one header as text; KafkaJS hands them over as Buffers (or arrays when repeated). */
export function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const raw = headers?.[name];
  const first = Array.isArray(raw) ? raw[0] : raw;
  if (first === undefined || first === null) return undefined;
  return Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
}

/** The envelope without its payload, from headers only: cheap enough to filter on before parsing. */
export function readEventMetadata(headers: IHeaders | undefined): EventMetadata {
  const required = (name: string): string => {
    const value = headerText(headers, name);
    if (!value) throw new MalformedEventError(`missing header ${name}`);
    return value;
  };
  if (required(CE.specversion) !== '1.0') {
    throw new MalformedEventError(`unsupported ${CE.specversion} ${headerText(headers, CE.specversion)}`);
  }
  const source = required(CE.source);
  if (!source.startsWith(SOURCE_PREFIX)) throw new MalformedEventError(`unknown ${CE.source} ${source}`);
  const version = Number(required(CE.dataversion));
  if (!Number.isInteger(version) || version < 1) {
    throw new MalformedEventError(`${CE.dataversion} must be a positive integer`);
  }
  const time = required(CE.time);
  if (Number.isNaN(Date.parse(time))) throw new MalformedEventError(`${CE.time} is not a timestamp`);
  return {
    id: required(CE.id),
    type: required(CE.type),
    version,
    time,
    source: source.slice(SOURCE_PREFIX.length),
    subject: required(CE.subject),
    centreId: required(CE.centreid),
    regionId: required(CE.regionid),
    correlationId: required(CE.correlationid),
    causationId: headerText(headers, CE.causationid) ?? null,
    traceparent: headerText(headers, CE.traceparent),
  };
}

export function fromKafkaRecord(message: { value: Buffer | null; headers?: IHeaders }): EventEnvelope {
  const metadata = readEventMetadata(message.headers);
  if (!message.value) throw new MalformedEventError('record has no value');
  let payload: unknown;
  try {
    payload = JSON.parse(message.value.toString('utf8'));
  } catch {
    throw new MalformedEventError('value is not JSON');
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new MalformedEventError('value is not a JSON object');
  }
  return { ...metadata, payload };
}
