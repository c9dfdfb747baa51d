import type { EntityManager } from 'typeorm';
import { PARTY_DIRECTORIES, type PartyContact, type PartyKind } from './party-directories.js';

export interface PartyContactRecord {
  partyId: string;
  centreId: string;
  /** The organisation's or business's name, as its producer registered it. */
  name: string;
  contacts: readonly PartyContact[];
}

/** Keeps the latest contact record of a party (its topic is compacted on the party's id). */
export async function storePartyContact(manager: EntityManager, kind: PartyKind, record: PartyContactRecord): Promise<void> {
  const { table, idColumn, nameColumn, contactsColumn } = PARTY_DIRECTORIES[kind];
  await manager.query(
    `INSERT INTO ${table} (${idColumn}, centre_id, ${nameColumn}, ${contactsColumn}, updated_at)
     VALUES ($1, $2, $3, $4, now())
     ON CONFLICT (${idColumn}) DO UPDATE SET centre_id = EXCLUDED.centre_id, ${nameColumn} = EXCLUDED.${nameColumn},
       ${contactsColumn} = EXCLUDED.${contactsColumn}, updated_at = now()`,
    [record.partyId, record.centreId, record.name, JSON.stringify(record.contacts.map(({ name, email, phone }) => ({ name, email, ...(phone ? { phone } : {}) })))],
  );
  // Messages queued before the contact data arrived need not sit out their backoff.
  await manager.query(
    `UPDATE delivery SET next_attempt_at = now()
      WHERE ${idColumn} = $1 AND contact_email IS NULL AND status = 'pending' AND last_error = 'waiting for contact data'`,
    [record.partyId],
  );
}

/**
 * A tombstone: everything held for the party goes. The delivery log keeps its rows for anonymous
 * counts, without the contacts' addresses, subjects or variables; waiting messages are cancelled.
 * Deliveries first, as for a volunteer's erasure: this waits for a dispatcher recording one of them.
 */
export async function erasePartyContact(manager: EntityManager, kind: PartyKind, partyId: string): Promise<void> {
  const { table, idColumn } = PARTY_DIRECTORIES[kind];
  await manager.query(
    `UPDATE delivery
        SET contact_email = NULL, recipient = NULL, subject = NULL, last_error = NULL, variables = '{}',
            delivery_key = 'erased:' || id::text,
            status = CASE WHEN status = 'pending' THEN 'cancelled' ELSE status END,
            finished_at = coalesce(finished_at, now())
      WHERE ${idColumn} = $1`,
    [partyId],
  );
  await manager.query(`DELETE FROM ${table} WHERE ${idColumn} = $1`, [partyId]);
}
