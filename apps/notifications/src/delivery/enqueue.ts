import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
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

/**
 * Queues a message in the caller's transaction (the consumer's, with its inbox entry); the
 * dispatcher sends it. A key seen before inserts nothing.
 */
export async function enqueueMessage(manager: EntityManager, request: MessageRequest): Promise<number> {
  const channels: Channel[] = request.channels ?? (hasSms(request.template) ? ['email', 'in-app', 'sms'] : ['email', 'in-app']);
  const rows: unknown[] = await manager.query(
    `INSERT INTO delivery (id, centre_id, volunteer_id, channel, template, category, delivery_key, source_event_type, variables, status)
     SELECT u.id, $1, $2, u.channel, $3, $4, u.key, $5, $6, 'pending' FROM unnest($7::uuid[], $8::text[], $9::text[]) AS u (id, channel, key)
     ON CONFLICT (delivery_key) DO NOTHING RETURNING id`,
    [
      request.centreId,
      request.volunteerId,
      request.template,
      TEMPLATE_CATEGORY[request.template],
      request.sourceEventType,
      JSON.stringify(request.variables ?? {}),
      channels.map(() => uuidv7()),
      channels,
      channels.map((channel) => deliveryKey(request.volunteerId, channel, request.template, request.cause)),
    ],
  );
  return rows.length;
}
