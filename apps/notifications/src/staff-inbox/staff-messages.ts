import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { deliveryKey } from '../delivery/enqueue.js';
import type { Recipient } from '../delivery/dispatcher.js';
import { TEMPLATE_CATEGORY, type TemplateId } from '../templates/template-catalogue.js';

export interface StaffMessageRequest {
  centreId: string;
  /** The staff member's user id: the subject of their token, which is how they read it back. */
  staffSubject: string;
  template: TemplateId;
  cause: string;
  sourceEventType: string;
  /** Never person data: the message is about work, and the staff member has no contact row here. */
  variables?: Record<string, string>;
}

/**
 * Queues an in-app message for a staff member in the caller's transaction (ADR 44). In-app only:
 * no service publishes staff addresses, and notifications may not ask for them at send time.
 */
export async function enqueueStaffMessage(manager: EntityManager, request: StaffMessageRequest): Promise<number> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO delivery (id, centre_id, recipient_kind, staff_subject, channel, template, category, delivery_key, source_event_type, variables, status)
     VALUES ($1, $2, 'staff', $3, 'in-app', $4, $5, $6, $7, $8, 'pending')
     ON CONFLICT (delivery_key) DO NOTHING RETURNING id`,
    [
      uuidv7(),
      request.centreId,
      request.staffSubject,
      request.template,
      TEMPLATE_CATEGORY[request.template],
      deliveryKey(`staff:${request.staffSubject}`, 'in-app', request.template, request.cause),
      request.sourceEventType,
      JSON.stringify(request.variables ?? {}),
    ],
  );
  return rows.length;
}

/**
 * Recipients of claimed staff deliveries, by delivery id: only the centre (its name for the
 * signature), never a contact row. Staff have no language on record, so they are written to in Dutch.
 */
export async function staffRecipients(manager: EntityManager, deliveries: ReadonlyArray<{ id: string; centre_id: string }>): Promise<Map<string, Recipient>> {
  const recipients = new Map<string, Recipient>();
  if (deliveries.length === 0) return recipients;
  const centres = (await manager.query(`SELECT id, name FROM centre WHERE id = ANY ($1)`, [[...new Set(deliveries.map((d) => d.centre_id))]])) as Array<{ id: string; name: string }>;
  const names = new Map(centres.map((c) => [c.id, c.name]));
  for (const delivery of deliveries) {
    recipients.set(delivery.id, {
      centre_id: delivery.centre_id,
      names: {},
      email: '',
      phone: null,
      language: 'nl',
      centre_name: names.get(delivery.centre_id) ?? null,
      email_from: null,
      reply_to: null,
      opted_out: [],
      quiet_starts: null,
      quiet_ends: null,
    });
  }
  return recipients;
}
