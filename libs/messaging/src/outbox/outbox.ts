import { randomUUID } from 'node:crypto';
import {
  ContractViolationError,
  type EventCatalogue,
  type EventContract,
  type EventEnvelope,
  validatePayload,
} from '@vc/contracts';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CE, TOMBSTONE_HEADER, TOMBSTONE_TYPE, toKafkaRecord } from '../cloudevents/kafka-cloudevents.js';
import { currentEventContext } from '../context/event-context.js';

/** Fixed: writers and relays must agree on it, so changing it is a migration, not a setting. */
export const OUTBOX_BUCKETS = 16;
export const OUTBOX_CHANNEL = 'outbox_message';
/** First key of the two-key advisory locks that serialise writers of one aggregate. */
export const AGGREGATE_LOCK_SPACE = 0x6f62; // 'ob'

export class UnknownContractError extends Error {
  constructor(type: string, version: number) {
    super(`No contract for ${type} v${version} in this service's catalogue: it cannot be published`);
    this.name = 'UnknownContractError';
  }
}

/**
 * Writes events in the caller's transaction, so they commit or roll back with the state change.
 *
 * Ordering: before inserting, the writer takes a transaction-scoped advisory lock on each
 * aggregate key. A later writer of the same aggregate waits until the earlier one commits, so
 * within one aggregate `position` order is commit order and no relay can see event n+1 before
 * event n (the late-commit trap of sequence-ordered polling).
 */
export interface Tombstone {
  /** The key to erase: the person's id on a restricted topic. */
  subject: string;
  centreId: string;
  regionId: string;
}

export class Outbox {
  constructor(private readonly catalogue: EventCatalogue) {}

  /**
   * Erases a key from a compacted restricted topic: a record with the key and no value, written
   * in the caller's transaction and ordered after the key's earlier events. Only restricted
   * contracts have compacted topics, so only they accept tombstones.
   */
  async addTombstone(manager: EntityManager, contract: EventContract, tombstone: Tombstone): Promise<void> {
    if (this.catalogue.find(contract.type, contract.version) !== contract) {
      throw new UnknownContractError(contract.type, contract.version);
    }
    if (contract.privacy !== 'restricted') {
      throw new Error(`${contract.topic} is not a compacted restricted topic; tombstones would erase nothing`);
    }
    const context = currentEventContext();
    const headers: Record<string, string> = {
      [CE.id]: uuidv7(),
      [CE.subject]: tombstone.subject,
      [CE.centreid]: tombstone.centreId,
      [CE.regionid]: tombstone.regionId,
      [CE.correlationid]: context?.correlationId ?? randomUUID(),
      [TOMBSTONE_HEADER]: 'true',
    };
    await this.insert(manager, [
      { id: headers[CE.id], type: TOMBSTONE_TYPE, topic: contract.topic, key: tombstone.subject, headers, value: null },
    ]);
  }

  async add(manager: EntityManager, events: EventEnvelope | EventEnvelope[]): Promise<void> {
    const list = Array.isArray(events) ? events : [events];
    if (list.length === 0) return;
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('outbox.add must run inside the transaction that changes the state');
    }
    const rows = list.map((event) => {
      const contract = this.catalogue.find(event.type, event.version);
      if (!contract) throw new UnknownContractError(event.type, event.version);
      // The runtime guard: an event that breaks its contract never reaches the outbox.
      validatePayload(contract, event.payload);
      const record = toKafkaRecord(event);
      return { id: event.id, type: event.type, topic: contract.topic, key: record.key, headers: record.headers, value: record.value };
    });
    await this.insert(manager, rows);
  }

  private async insert(
    manager: EntityManager,
    rows: Array<{ id: string; type: string; topic: string; key: string; headers: Record<string, string>; value: string | null }>,
  ): Promise<void> {
    // One round trip: lock the aggregates (sorted, so two writers never wait on each other in a
    // cycle), then insert. The lock CTE is an InitPlan of the insert, so it runs before the first
    // row takes its position. The notification is delivered at commit; several collapse into one.
    await manager.query(
      `WITH locked AS MATERIALIZED (
         SELECT count(pg_advisory_xact_lock(${AGGREGATE_LOCK_SPACE}, hashtext(k))) AS n
           FROM (SELECT DISTINCT k FROM unnest($4::text[]) AS k ORDER BY k) AS keys
       ),
       inserted AS (
         INSERT INTO outbox_message (event_id, event_type, topic, message_key, bucket, headers, value)
         SELECT e.id, e.type, e.topic, e.key, mod(abs(hashtext(e.key)::bigint), ${OUTBOX_BUCKETS}), e.headers, e.value
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::text[])
                WITH ORDINALITY AS e(id, type, topic, key, headers, value, n)
          WHERE (SELECT n FROM locked) >= 0
          ORDER BY e.n
         RETURNING 1
       )
       SELECT pg_notify('${OUTBOX_CHANNEL}', '') FROM (SELECT count(*) FROM inserted) AS done`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.type),
        rows.map((r) => r.topic),
        rows.map((r) => r.key),
        rows.map((r) => JSON.stringify(r.headers)),
        rows.map((r) => r.value),
      ],
    );
  }
}

// Re-exported so callers can tell contract failures apart without importing contracts directly.
export { ContractViolationError };
