// The platform's AsyncAPI 3.0 document, built from the same contracts and schemas as everything
// else: one channel per topic, one message per event type and version.
import type { EventContract } from '@vc/contracts';
import { SCHEMA_BASE, schemaFileOf, type JsonSchema } from './json-schemas.js';

export interface Producer {
  service: string;
  contracts: EventContract[];
}

const RESTRICTED_WHY =
  'Restricted: contact data that only the services which need it may read (notifications). Compacted and keyed by person; ' +
  'a record without a value (tombstone, header vc_tombstone=true) erases the person. Integrators get no ACL for it.';
const PUBLIC_WHY = 'Public: ids, statuses and non-personal attributes only; integrators may subscribe.';

/** The CloudEvents 1.0 Kafka binding, binary mode: every attribute is a header. */
const CLOUDEVENTS_HEADERS: JsonSchema = {
  type: 'object',
  description: 'CloudEvents 1.0 attributes in binary content mode (Kafka protocol binding); all header values are UTF-8 text.',
  required: ['ce_specversion', 'ce_id', 'ce_source', 'ce_type', 'ce_time', 'ce_subject', 'ce_dataversion', 'ce_centreid', 'ce_regionid', 'ce_correlationid', 'content-type'],
  properties: {
    ce_specversion: { type: 'string', const: '1.0' },
    ce_id: { type: 'string', description: 'UUIDv7, unique and time-ordered: de-duplicate on it (delivery is at least once).' },
    ce_source: { type: 'string', description: 'urn:vc:service:<producing service>' },
    ce_type: { type: 'string', description: '<service>.<aggregate>.<past-tense-verb>' },
    ce_time: { type: 'string', format: 'date-time' },
    ce_subject: { type: 'string', description: "The aggregate's id; also the record key." },
    ce_dataversion: { type: 'string', pattern: '^[1-9][0-9]*$', description: 'Major version of the payload schema.' },
    ce_centreid: { type: 'string', description: 'The volunteer centre (tenant) the fact belongs to.' },
    ce_regionid: { type: 'string', description: "The centre's region; filter on it without parsing the payload." },
    ce_correlationid: { type: 'string', description: 'Shared by everything done for one original request.' },
    ce_causationid: { type: 'string', description: 'Id of the event that caused this one, when one did.' },
    ce_traceparent: { type: 'string', description: 'W3C trace context of the cause, when there was one.' },
    'content-type': { type: 'string', const: 'application/json' },
  },
};

const messageId = (contract: EventContract) => `${contract.type.replaceAll('.', '_').replaceAll('-', '_')}_v${contract.version}`;
const channelId = (topic: string) => topic.replaceAll('.', '_').replaceAll('-', '_');

/** A payload schema as AsyncAPI components hold it: nested classes become shared component schemas. */
function componentPayload(schema: JsonSchema, shared: Record<string, JsonSchema>): JsonSchema {
  const { $schema: _dialect, $id: _id, $defs, examples: _examples, ...payload } = schema;
  for (const [name, definition] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) shared[name] = relinked(definition);
  return relinked(payload);
}

function relinked<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as T;
}

export function asyncApiDocument(producers: readonly Producer[], schemas: ReadonlyMap<EventContract, JsonSchema>): JsonSchema {
  const channels: Record<string, JsonSchema> = {};
  const operations: Record<string, JsonSchema> = {};
  const messages: Record<string, JsonSchema> = {};
  const componentSchemas: Record<string, JsonSchema> = { CloudEventsHeaders: CLOUDEVENTS_HEADERS };

  const byTopic = new Map<string, { service: string; contracts: EventContract[] }>();
  for (const { service, contracts } of producers) {
    for (const contract of contracts) {
      const entry = byTopic.get(contract.topic) ?? { service, contracts: [] };
      entry.contracts.push(contract);
      byTopic.set(contract.topic, entry);
    }
  }
  for (const [topic, { service, contracts }] of [...byTopic].sort(([a], [b]) => a.localeCompare(b))) {
    const privacy = contracts[0]!.privacy;
    const id = channelId(topic);
    const sorted = [...contracts].sort((a, b) => a.type.localeCompare(b.type) || a.version - b.version);
    for (const contract of sorted) {
      const schema = schemas.get(contract);
      if (!schema) throw new Error(`No schema for ${contract.type} v${contract.version}`);
      messages[messageId(contract)] = {
        name: contract.type,
        title: `${contract.type} v${contract.version}`,
        summary: contract.description,
        contentType: 'application/json',
        headers: { $ref: '#/components/schemas/CloudEventsHeaders' },
        payload: componentPayload(schema, componentSchemas),
        correlationId: { location: '$message.header#/ce_correlationid' },
        bindings: { kafka: { key: { type: 'string', description: "The aggregate's id (ce_subject): one aggregate's events stay in order." } } },
        externalDocs: { url: SCHEMA_BASE + schemaFileOf(contract), description: 'JSON Schema 2020-12 of the payload (docs/contracts/schemas/ in the repository)' },
        'x-privacy': contract.privacy,
        examples: [
          {
            name: 'example',
            headers: {
              ce_specversion: '1.0',
              ce_id: '01936b2e-7c3a-7d10-9a4e-2f1c3b5d6e7f',
              ce_source: `urn:vc:service:${service}`,
              ce_type: contract.type,
              ce_time: '2026-03-14T09:30:00.000Z',
              ce_subject: '01936b2e-7c3a-7d10-9a4e-000000000001',
              ce_dataversion: String(contract.version),
              ce_centreid: '01936b2e-7c3a-7d10-9a4e-0000000000c1',
              ce_regionid: '01936b2e-7c3a-7d10-9a4e-0000000000a1',
              ce_correlationid: '5f0c6a4e-2b1d-4c3e-8f7a-9b0c1d2e3f40',
              'content-type': 'application/json',
            },
            payload: contract.example,
          },
        ],
      };
    }
    channels[id] = {
      address: topic,
      title: topic,
      description: `${privacy === 'restricted' ? RESTRICTED_WHY : PUBLIC_WHY} Produced by ${service}.`,
      messages: Object.fromEntries(sorted.map((c) => [messageId(c), { $ref: `#/components/messages/${messageId(c)}` }])),
      bindings: {
        kafka: {
          topic,
          partitions: 6,
          ...(privacy === 'restricted' ? { topicConfiguration: { 'cleanup.policy': ['compact'] } } : {}),
        },
      },
      'x-privacy': privacy,
    };
    operations[`publish_${id}`] = {
      action: 'send',
      title: `${service} publishes ${topic}`,
      channel: { $ref: `#/channels/${id}` },
      messages: sorted.map((c) => ({ $ref: `#/channels/${id}/messages/${messageId(c)}` })),
    };
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Vrijwilligersplatform events',
      version: '1.0.0',
      description:
        'Every event the platform publishes on Kafka, generated from the contracts library (`npm run docs:events`). ' +
        'Public topics may be read by integrators; restricted topics are listed so the contract is complete, but only platform services read them. ' +
        'Delivery is at least once and in order per key; see docs/integrators.md.',
      license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
    },
    defaultContentType: 'application/json',
    servers: {
      local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'The broker `npm start` runs (PLAINTEXT, no authentication).' },
      production: {
        host: 'kafka-bootstrap.platform.example:9093',
        protocol: 'kafka-secure',
        description: "The consortium's cluster: TLS and SCRAM-SHA-512 credentials per integrator, with read ACLs on public topics only.",
        security: [{ $ref: '#/components/securitySchemes/scram' }],
      },
    },
    channels,
    operations,
    components: {
      messages,
      schemas: Object.fromEntries(Object.entries(componentSchemas).sort(([a], [b]) => a.localeCompare(b))),
      securitySchemes: { scram: { type: 'scramSha512', description: 'One user per integrator, issued by the consortium (a Strimzi KafkaUser).' } },
    },
  };
}
