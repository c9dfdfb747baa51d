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
  let queued = 0;
  const channels: Channel[] = request.channels ?? (hasSms(request.template) ? ['email', 'in-app', 'sms'] : ['email', 'in-app']);
  for (const channel of channels) {
    const rows: unknown[] = await manager.query(
      `INSERT INTO delivery (id, centre_id, volunteer_id, channel, template, category, delivery_key, source_event_type, variables, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending')
       ON CONFLICT (delivery_key) DO NOTHING RETURNING id`,
      [
        uuidv7(),
        request.centreId,
        request.volunteerId,
        channel,
        request.template,
        TEMPLATE_CATEGORY[request.template],
        deliveryKey(request.volunteerId, channel, request.template, request.cause),
        request.sourceEventType,
        JSON.stringify(request.variables ?? {}),
      ],
    );
    queued += rows.length;
  }
  return queued;
}
