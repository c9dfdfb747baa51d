import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { deliveryKey } from '../delivery/enqueue.js';
import type { Recipient } from '../delivery/dispatcher.js';
import { TEMPLATE_CATEGORY, type TemplateId } from '../templates/template-catalogue.js';

export interface OrganisationMessageRequest {
  centreId: string;
  organisationId: string;
  template: TemplateId;
  /** As for volunteers: the event id, or the fact when several events may report it. */
  cause: string;
  sourceEventType: string;
  /** Never contact data: names and addresses come from the directory at send time. */
  variables?: Record<string, string>;
}

interface Coordinator {
  name: string;
  email: string;
  phone?: string;
}

/**
 * Queues a message for an organisation's coordinators, by email only (they have no in-app inbox),
 * in the caller's transaction. It is queued once for the organisation because who its coordinators
 * are may still be on its way; the dispatcher splits it per coordinator once the contact data is there.
 */
export async function enqueueOrganisationMessage(manager: EntityManager, request: OrganisationMessageRequest): Promise<number> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO delivery (id, centre_id, recipient_kind, organisation_id, channel, template, category, delivery_key, source_event_type, variables, status)
     VALUES ($1, $2, 'organisation', $3, 'email', $4, $5, $6, $7, $8, 'pending')
     ON CONFLICT (delivery_key) DO NOTHING RETURNING id`,
    [
      uuidv7(),
      request.centreId,
      request.organisationId,
      request.template,
      TEMPLATE_CATEGORY[request.template],
      deliveryKey(`organisation:${request.organisationId}`, 'email', request.template, request.cause),
      request.sourceEventType,
      JSON.stringify(request.variables ?? {}),
    ],
  );
  return rows.length;
}

/** One coordinator's delivery of an organisation message: its key is the message's key and the address. */
function coordinatorKey(organisationKey: string, email: string): string {
  return createHash('sha256').update(`${organisationKey}\u0000${email.toLowerCase()}`).digest('base64url');
}

/**
 * Replaces each claimed organisation-wide delivery whose contact data is here by one delivery per
 * coordinator (in the claim's transaction); returns the ids replaced. The per-coordinator keys make
 * a message queued again (a redelivered or repeated cause) send nothing new to anyone who had it.
 */
export async function splitOrganisationMessages(manager: EntityManager, claimedIds: readonly string[]): Promise<Set<string>> {
  if (claimedIds.length === 0) return new Set();
  const parents = (await manager.query(
    `SELECT d.id, d.organisation_id, d.template, d.category, d.delivery_key, d.source_event_type, d.variables, d.next_attempt_at, oc.centre_id, oc.coordinators
       FROM delivery d JOIN organisation_contact oc ON oc.organisation_id = d.organisation_id
      WHERE d.id = ANY ($1) AND d.recipient_kind = 'organisation' AND d.coordinator_email IS NULL AND d.status = 'pending'`,
    [claimedIds],
  )) as Array<{
    id: string;
    organisation_id: string;
    template: string;
    category: string;
    delivery_key: string;
    source_event_type: string;
    variables: Record<string, string>;
    next_attempt_at: Date;
    centre_id: string;
    coordinators: Coordinator[];
  }>;
  if (parents.length === 0) return new Set();
  const children = parents.flatMap((parent) => {
    const addresses = [...new Map(parent.coordinators.map((c) => [c.email.toLowerCase(), c.email])).values()];
    return addresses.map((email) => ({ parent, email }));
  });
  await manager.query(
    `INSERT INTO delivery (id, centre_id, recipient_kind, organisation_id, coordinator_email, channel, template, category, delivery_key, source_event_type, variables, status, next_attempt_at)
     SELECT u.id, u.centre_id, 'organisation', u.organisation_id, u.email, 'email', u.template, u.category, u.key, u.source, u.variables, 'pending', u.due
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[], $10::timestamptz[])
            AS u (id, centre_id, organisation_id, email, template, category, key, source, variables, due)
     ON CONFLICT (delivery_key) DO NOTHING`,
    [
      children.map(() => uuidv7()),
      children.map(({ parent }) => parent.centre_id),
      children.map(({ parent }) => parent.organisation_id),
      children.map(({ email }) => email),
      children.map(({ parent }) => parent.template),
      children.map(({ parent }) => parent.category),
      children.map(({ parent, email }) => coordinatorKey(parent.delivery_key, email)),
      children.map(({ parent }) => parent.source_event_type),
      children.map(({ parent }) => JSON.stringify(parent.variables)),
      // Due when the message was: the dispatcher run that split it sends them too.
      children.map(({ parent }) => parent.next_attempt_at),
    ],
  );
  const split = parents.map((parent) => parent.id);
  await manager.query(`DELETE FROM delivery WHERE id = ANY ($1)`, [split]);
  return new Set(split);
}

/**
 * Recipients of claimed per-coordinator deliveries, by delivery id, from `organisation_contact`.
 * Volunteer preferences and quiet hours do not apply: these messages are transactional. The
 * contract carries no language, so coordinators are written to in Dutch.
 */
export async function organisationRecipients(manager: EntityManager, deliveries: ReadonlyArray<{ id: string; coordinator_email: string | null }>): Promise<Map<string, Recipient>> {
  const recipients = new Map<string, Recipient>();
  const ids = deliveries.filter((d) => d.coordinator_email !== null).map((d) => d.id);
  if (ids.length === 0) return recipients;
  const found = (await manager.query(
    `SELECT d.id, d.coordinator_email, oc.centre_id, oc.organisation_name, oc.coordinators, ce.name AS centre_name, ce.email_from, ce.reply_to
       FROM delivery d
       JOIN organisation_contact oc ON oc.organisation_id = d.organisation_id
       LEFT JOIN centre ce ON ce.id = oc.centre_id
      WHERE d.id = ANY ($1)`,
    [ids],
  )) as Array<{
    id: string;
    coordinator_email: string;
    centre_id: string;
    organisation_name: string;
    coordinators: Coordinator[];
    centre_name: string | null;
    email_from: string | null;
    reply_to: string | null;
  }>;
  for (const row of found) {
    const coordinator = row.coordinators.find((c) => c.email.toLowerCase() === row.coordinator_email.toLowerCase());
    recipients.set(row.id, {
      centre_id: row.centre_id,
      email: row.coordinator_email,
      phone: null,
      language: 'nl',
      centre_name: row.centre_name,
      email_from: row.email_from,
      reply_to: row.reply_to,
      opted_out: [],
      quiet_starts: null,
      quiet_ends: null,
      names: { coordinatorName: coordinator?.name ?? '', organisationName: row.organisation_name },
      // The organisation changed its coordinators after the message was split.
      ...(coordinator ? {} : { unreachable: 'no longer a coordinator of this organisation' }),
    });
  }
  return recipients;
}
