import type { EventEnvelope } from '@vc/contracts';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { gather, type GatheredWrite } from '../consumers/chunk-writes.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The body integrators receive (the Standard Webhooks recommended shape). */
export function webhookBody(event: EventEnvelope): string {
  return JSON.stringify({ type: event.type, timestamp: event.time, data: event.payload });
}

/**
 * The endpoints subscribed to a centre and type, looked up once per consumer transaction (a chunk
 * of events shares one): most events of a chunk have the same centre and type, and most have no
 * endpoint at all, so a query per event was a third of the consumer's work.
 */
const subscriptions = new WeakMap<EntityManager, Map<string, Promise<Array<{ id: string }>>>>();

function endpointsFor(manager: EntityManager, centreId: string, type: string): Promise<Array<{ id: string }>> {
  let known = subscriptions.get(manager);
  if (!known) subscriptions.set(manager, (known = new Map()));
  const key = `${centreId} ${type}`;
  let endpoints = known.get(key);
  if (!endpoints) {
    endpoints = manager.query(`SELECT id FROM webhook_endpoint WHERE centre_id = $1 AND status = 'enabled' AND $2 = ANY (event_types)`, [centreId, type]) as Promise<Array<{ id: string }>>;
    known.set(key, endpoints);
  }
  return endpoints;
}

interface WebhookDeliveryRow {
  id: string;
  centreId: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  body: string;
}

const WEBHOOK_DELIVERIES: GatheredWrite<WebhookDeliveryRow> = {
  name: 'webhook_delivery',
  write: async (manager, rows) => {
    await manager.query(
      `INSERT INTO webhook_delivery (id, centre_id, endpoint_id, event_id, event_type, body, status)
       SELECT u.id, u.centre_id, u.endpoint_id, u.event_id, u.event_type, u.body, 'pending'
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[]) AS u (id, centre_id, endpoint_id, event_id, event_type, body)
       ON CONFLICT (endpoint_id, event_id) DO NOTHING`,
      [rows.map((r) => r.id), rows.map((r) => r.centreId), rows.map((r) => r.endpointId), rows.map((r) => r.eventId), rows.map((r) => r.eventType), rows.map((r) => r.body)],
    );
  },
};

/**
 * Queues a public event for every enabled endpoint of its centre that asked for its type, in the
 * consumer's transaction (gathered with the chunk's other writes, consumers/chunk-writes.ts). Only
 * public contracts reach here (the consumer registers no other).
 */
export async function queueWebhooks(manager: EntityManager, event: EventEnvelope): Promise<void> {
  if (!UUID.test(event.centreId)) return;
  const endpoints = await endpointsFor(manager, event.centreId, event.type);
  if (endpoints.length === 0) return;
  const body = webhookBody(event);
  await gather(
    manager,
    WEBHOOK_DELIVERIES,
    endpoints.map((endpoint) => ({ id: uuidv7(), centreId: event.centreId, endpointId: endpoint.id, eventId: event.id, eventType: event.type, body })),
  );
}
