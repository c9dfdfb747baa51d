import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { gather, type GatheredWrite } from '../consumers/chunk-writes.js';
import { hasSms, TEMPLATE_CATEGORY, type TemplateId } from '../templates/template-catalogue.js';

export type Channel = 'email' | 'in-app' | 'sms';

export interface MessageRequest {
  centreId: string;
  volunteerId: string;
  template: TemplateId;
  /**
   * What makes this message unique for the person besides channel and template: the causing
   * event's id, or a fact (a milestone, a year) when one fact may arrive through several events.
   */
  cause: string;
  sourceEventType: string;
  /** Variables that do not come from the directory (names do, at send time). No contact data here. */
  variables?: Record<string, string>;
  channels?: Channel[];
}

/** Person, channel, rule and cause: one message, however often the cause is seen. */
export function deliveryKey(volunteerId: string, channel: Channel, template: TemplateId, cause: string): string {
  return createHash('sha256').update(`${volunteerId}\u0000${channel}\u0000${template}\u0000${cause}`).digest('base64url');
}

/** One pending delivery of a volunteer message, as inserted. */
interface DeliveryRow {
  id: string;
  centreId: string;
  volunteerId: string;
  channel: Channel;
  template: TemplateId;
  key: string;
  sourceEventType: string;
  variables: string;
}

function deliveryRows(request: MessageRequest): DeliveryRow[] {
  const channels: Channel[] = request.channels ?? (hasSms(request.template) ? ['email', 'in-app', 'sms'] : ['email', 'in-app']);
  const variables = JSON.stringify(request.variables ?? {});
  return channels.map((channel) => ({
    id: uuidv7(),
    centreId: request.centreId,
    volunteerId: request.volunteerId,
    channel,
    template: request.template,
    key: deliveryKey(request.volunteerId, channel, request.template, request.cause),
    sourceEventType: request.sourceEventType,
    variables,
  }));
}

/** One statement for any number of deliveries; a key seen before (or earlier in the same rows) inserts nothing. */
async function insertDeliveries(manager: EntityManager, rows: DeliveryRow[]): Promise<number> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO delivery (id, centre_id, volunteer_id, channel, template, category, delivery_key, source_event_type, variables, status)
     SELECT u.id, u.centre_id, u.volunteer_id, u.channel, u.template, u.category, u.key, u.source, u.variables, 'pending'
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[])
            AS u (id, centre_id, volunteer_id, channel, template, category, key, source, variables)
     ON CONFLICT (delivery_key) DO NOTHING RETURNING id`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.centreId),
      rows.map((r) => r.volunteerId),
      rows.map((r) => r.channel),
      rows.map((r) => r.template),
      rows.map((r) => TEMPLATE_CATEGORY[r.template]),
      rows.map((r) => r.key),
      rows.map((r) => r.sourceEventType),
      rows.map((r) => r.variables),
    ],
  );
  return inserted.length;
}

const DELIVERIES: GatheredWrite<DeliveryRow> = {
  name: 'delivery',
  write: async (manager, rows) => {
    await insertDeliveries(manager, rows);
  },
};

/**
 * Queues a message in the caller's transaction now and says how many deliveries were new (the
 * schedulers count them); the dispatcher sends it. A key seen before inserts nothing.
 */
export function enqueueMessage(manager: EntityManager, request: MessageRequest): Promise<number> {
  return insertDeliveries(manager, deliveryRows(request));
}

/**
 * Queues a message as the consumer does: in a transaction that gathers its writes
 * (consumers/chunk-writes.ts) it joins the chunk's one INSERT before commit, else it is inserted now.
 */
export function queueMessage(manager: EntityManager, request: MessageRequest): Promise<void> {
  return gather(manager, DELIVERIES, deliveryRows(request));
}
