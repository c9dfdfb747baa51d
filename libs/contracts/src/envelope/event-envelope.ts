/**
 * The one envelope every platform event travels in (DESIGN.md, Events). On Kafka it is carried in
 * CloudEvents 1.0 binary mode: these fields become `ce_*` headers, `payload` is the JSON value and
 * `subject` the message key, so one aggregate's events stay in order on one partition.
 */
export interface EventEnvelope<P extends object = object> {
  /** UUIDv7: unique and sortable by creation time. Consumers de-duplicate on it. */
  id: string;
  /** `<service>.<aggregate>.<past-tense-verb>`, e.g. `registrations.vacancy.published`. */
  type: string;
  /** Major version of the payload contract; additive changes keep it. */
  version: number;
  /** When the fact happened, ISO 8601 in UTC. */
  time: string;
  /** Producing service, e.g. `registrations`. */
  source: string;
  /** The tenant: the volunteer centre the fact belongs to. */
  centreId: string;
  /** The region of that centre; matching instances filter on it without parsing the payload. */
  regionId: string;
  /** The aggregate's id; also the Kafka key. */
  subject: string;
  /** Shared by everything done on behalf of one original request. */
  correlationId: string;
  /** Id of the event that caused this one; null when a user request or timer did. */
  causationId: string | null;
  /** W3C trace context of the cause, when there was one. */
  traceparent?: string;
  payload: P;
}

/** The envelope without its payload: what travels in headers. */
export type EventMetadata = Omit<EventEnvelope, 'payload'>;
