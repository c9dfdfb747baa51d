import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { deliveryKey } from '../delivery/enqueue.js';
import type { Recipient } from '../delivery/dispatcher.js';
import { TEMPLATE_CATEGORY, type TemplateId } from '../templates/template-catalogue.js';
import { PARTY_DIRECTORIES, PARTY_KINDS, type PartyContact, type PartyKind } from './party-directories.js';

export interface PartyMessageRequest {
  kind: PartyKind;
  /** The organisation's or business's id. */
  partyId: string;
  centreId: string;
  template: TemplateId;
  /** As for volunteers: the event id, or the fact when several events may report it. */
  cause: string;
  sourceEventType: string;
  /** Never contact data: names and addresses come from the directory at send time. */
  variables?: Record<string, string>;
  /**
   * The volunteer the message is about (a school's student, ADR 47): their name is read from the
   * volunteer directory at send time, and their erasure cancels or blanks the message.
   */
  aboutVolunteerId?: string;
}

/**
 * Queues a message for a party's contacts, by email only (they have no in-app inbox), in the
 * caller's transaction. It is queued once for the party because who its contacts are may still be
 * on its way; the dispatcher splits it per contact address once the contact data is there.
 */
export async function enqueuePartyMessage(manager: EntityManager, request: PartyMessageRequest): Promise<number> {
  const { idColumn } = PARTY_DIRECTORIES[request.kind];
  const rows: unknown[] = await manager.query(
    `INSERT INTO delivery (id, centre_id, recipient_kind, ${idColumn}, volunteer_id, channel, template, category, delivery_key, source_event_type, variables, status)
     VALUES ($1, $2, $3, $4, $10, 'email', $5, $6, $7, $8, $9, 'pending')
     ON CONFLICT (delivery_key) DO NOTHING RETURNING id`,
    [
      uuidv7(),
      request.centreId,
      request.kind,
      request.partyId,
      request.template,
      TEMPLATE_CATEGORY[request.template],
      deliveryKey(`${request.kind}:${request.partyId}`, 'email', request.template, request.cause),
      request.sourceEventType,
      JSON.stringify(request.variables ?? {}),
      request.aboutVolunteerId ?? null,
    ],
  );
  return rows.length;
}

/** One contact's delivery of a party message: its key is the message's key and the address. */
function contactKey(partyKey: string, email: string): string {
  return createHash('sha256').update(`${partyKey}\u0000${email.toLowerCase()}`).digest('base64url');
}

interface ClaimedDelivery {
  id: string;
  recipient_kind: string;
  contact_email: string | null;
}

/**
 * Replaces each claimed party-wide delivery whose contact data is here by one delivery per contact
 * address (in the claim's transaction); returns the ids replaced. The per-address keys make a
 * message queued again (a redelivered or repeated cause) send nothing new to anyone who had it.
 */
export async function splitPartyMessages(manager: EntityManager, claimed: readonly ClaimedDelivery[]): Promise<Set<string>> {
  const split = new Set<string>();
  for (const kind of PARTY_KINDS) {
    const ids = claimed.filter((d) => d.recipient_kind === kind && d.contact_email === null).map((d) => d.id);
    if (ids.length > 0) for (const id of await splitMessagesOf(manager, kind, ids)) split.add(id);
  }
  return split;
}

async function splitMessagesOf(manager: EntityManager, kind: PartyKind, claimedIds: readonly string[]): Promise<string[]> {
  const { table, idColumn, contactsColumn } = PARTY_DIRECTORIES[kind];
  const parents = (await manager.query(
    `SELECT d.id, d.${idColumn} AS party_id, d.volunteer_id, d.template, d.category, d.delivery_key, d.source_event_type, d.variables, d.next_attempt_at,
            p.centre_id, p.${contactsColumn} AS contacts
       FROM delivery d JOIN ${table} p ON p.${idColumn} = d.${idColumn}
      WHERE d.id = ANY ($1) AND d.recipient_kind = $2 AND d.contact_email IS NULL AND d.status = 'pending'`,
    [claimedIds, kind],
  )) as Array<{
    id: string;
    party_id: string;
    volunteer_id: string | null;
    template: string;
    category: string;
    delivery_key: string;
    source_event_type: string;
    variables: Record<string, string>;
    next_attempt_at: Date;
    centre_id: string;
    contacts: PartyContact[];
  }>;
  if (parents.length === 0) return [];
  const children = parents.flatMap((parent) => {
    const addresses = [...new Map(parent.contacts.map((c) => [c.email.toLowerCase(), c.email])).values()];
    return addresses.map((email) => ({ parent, email }));
  });
  await manager.query(
    `INSERT INTO delivery (id, centre_id, recipient_kind, ${idColumn}, volunteer_id, contact_email, channel, template, category, delivery_key, source_event_type, variables, status, next_attempt_at)
     SELECT u.id, u.centre_id, $11, u.party_id, u.about, u.email, 'email', u.template, u.category, u.key, u.source, u.variables, 'pending', u.due
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[], $10::timestamptz[], $12::text[])
            AS u (id, centre_id, party_id, email, template, category, key, source, variables, due, about)
     ON CONFLICT (delivery_key) DO NOTHING`,
    [
      children.map(() => uuidv7()),
      children.map(({ parent }) => parent.centre_id),
      children.map(({ parent }) => parent.party_id),
      children.map(({ email }) => email),
      children.map(({ parent }) => parent.template),
      children.map(({ parent }) => parent.category),
      children.map(({ parent, email }) => contactKey(parent.delivery_key, email)),
      children.map(({ parent }) => parent.source_event_type),
      children.map(({ parent }) => JSON.stringify(parent.variables)),
      // Due when the message was: the dispatcher run that split it sends them too.
      children.map(({ parent }) => parent.next_attempt_at),
      kind,
      children.map(({ parent }) => parent.volunteer_id),
    ],
  );
  const ids = parents.map((parent) => parent.id);
  await manager.query(`DELETE FROM delivery WHERE id = ANY ($1)`, [ids]);
  return ids;
}

/**
 * Recipients of claimed per-address deliveries, by delivery id, from the parties' directories.
 * Volunteer preferences and quiet hours do not apply: these messages are transactional. The
 * contracts carry no language, so contacts are written to in Dutch. A message about a volunteer
 * gets their name (`studentName`) from the volunteer directory, now; while that is missing it has
 * no recipient, and waits like any message for contact data on its way.
 */
export async function partyRecipients(manager: EntityManager, deliveries: readonly ClaimedDelivery[]): Promise<Map<string, Recipient>> {
  const recipients = new Map<string, Recipient>();
  for (const kind of PARTY_KINDS) {
    const ids = deliveries.filter((d) => d.recipient_kind === kind && d.contact_email !== null).map((d) => d.id);
    if (ids.length > 0) for (const [id, recipient] of await recipientsOf(manager, kind, ids)) recipients.set(id, recipient);
  }
  return recipients;
}

async function recipientsOf(manager: EntityManager, kind: PartyKind, ids: readonly string[]): Promise<Map<string, Recipient>> {
  const directory = PARTY_DIRECTORIES[kind];
  const found = (await manager.query(
    `SELECT d.id, d.contact_email, p.centre_id, p.${directory.nameColumn} AS party_name, p.${directory.contactsColumn} AS contacts,
            ce.name AS centre_name, ce.email_from, ce.reply_to, v.first_name || ' ' || v.last_name AS about_name
       FROM delivery d
       JOIN ${directory.table} p ON p.${directory.idColumn} = d.${directory.idColumn}
       LEFT JOIN centre ce ON ce.id = p.centre_id
       LEFT JOIN contact v ON v.volunteer_id = d.volunteer_id
      WHERE d.id = ANY ($1) AND (d.volunteer_id IS NULL OR v.volunteer_id IS NOT NULL)`,
    [ids],
  )) as Array<{
    id: string;
    contact_email: string;
    centre_id: string;
    party_name: string;
    contacts: PartyContact[];
    centre_name: string | null;
    email_from: string | null;
    reply_to: string | null;
    about_name: string | null;
  }>;
  const recipients = new Map<string, Recipient>();
  for (const row of found) {
    const contact = row.contacts.find((c) => c.email.toLowerCase() === row.contact_email.toLowerCase());
    recipients.set(row.id, {
      centre_id: row.centre_id,
      email: row.contact_email,
      phone: null,
      language: 'nl',
      centre_name: row.centre_name,
      email_from: row.email_from,
      reply_to: row.reply_to,
      opted_out: [],
      quiet_starts: null,
      quiet_ends: null,
      names: {
        [directory.contactNameVariable]: contact?.name ?? '',
        [directory.nameVariable]: row.party_name,
        ...(row.about_name !== null ? { studentName: row.about_name } : {}),
      },
      // The party changed its contacts after the message was split.
      ...(contact ? {} : { unreachable: directory.noLongerAContact }),
    });
  }
  return recipients;
}
