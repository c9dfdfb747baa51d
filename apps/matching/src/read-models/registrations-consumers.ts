import { EventCatalogue, type EventEnvelope } from '@vc/contracts';
import { EventConsumer, type EventHandler, type Outbox } from '@vc/messaging';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { DataSource, EntityManager } from 'typeorm';
import { ownsRegion, type RegionOwnership } from '../matching.config.js';
import { centreReadModelRules, readModelChangeOf, regionalReadModelRules, type ReadModelChange } from './read-model-change.js';
import { appendToChangeLog } from './read-model-change-log.js';
import { actConsortiumWide, ReadModelStore } from './read-model-store.js';
import type { RegistrationsEventListener } from './registrations-listeners.js';

export interface RegistrationsConsumersOptions {
  kafka: Kafka;
  dataSource: DataSource;
  logger: Logger;
  registry?: Registry;
  outbox: Outbox;
  groupId: string;
  ownership: RegionOwnership;
  concurrency: number;
  listeners: readonly RegistrationsEventListener[];
  /**
   * Called after a change committed, in partition order. The suggestion index follows the change
   * feed (every replica alike); this only lets the writing replica read it without waiting.
   */
  onChange?: (change: ReadModelChange) => void;
  retryBackoff?: { initialMs: number; maxMs: number };
  maxAttempts?: number;
}

/**
 * Two consumer groups on registrations' topics:
 *  - `<group>`: volunteers, vacancies and organisations of the regions this instance owns; other
 *    regions' events are skipped on their region header without parsing the payload.
 *  - `<group>.centres`: every centre of every region (a handful of small events), so the instance
 *    can tell a caller which region their centre is in and that another instance serves it.
 */
export function createRegistrationsConsumers(options: RegistrationsConsumersOptions): { regional: EventConsumer; centres: EventConsumer } {
  const store = new ReadModelStore();
  // Changes wait for the end of their transaction and are written together (EventConsumer's beforeCommit).
  const pending = new WeakMap<EntityManager, ReadModelChange[]>();
  const flush = async (manager: EntityManager) => {
    const changes = pending.get(manager);
    if (!changes || changes.length === 0) return;
    pending.delete(manager);
    await actConsortiumWide(manager);
    const query = (sql: string, parameters?: unknown[]) => manager.query(sql, parameters);
    await store.applyAll(query, changes);
    await appendToChangeLog(query, changes);
  };
  const common = {
    kafka: options.kafka,
    dataSource: options.dataSource,
    logger: options.logger,
    registry: options.registry,
    outbox: options.outbox,
    partitionsConsumedConcurrently: options.concurrency,
    // Events per transaction: the read-model rows and change-log rows of a chunk are written in a
    // few multi-row statements, so larger chunks cost fewer round trips and commits (issue 4).
    maxChunkSize: 500,
    retryBackoff: options.retryBackoff,
    maxAttempts: options.maxAttempts,
    beforeCommit: flush,
    onHandled: (event: EventEnvelope, outcome: 'handled' | 'duplicate') => {
      // A duplicate's change was committed before (and loaded into memory at start, or applied then).
      if (outcome !== 'handled') return;
      const change = readModelChangeOf(event);
      if (change) options.onChange?.(change);
    },
  };
  const apply: EventHandler<object> = async (event, context) => {
    const change = readModelChangeOf(event);
    if (!change) return;
    const changes = pending.get(context.manager);
    if (changes) changes.push(change);
    else pending.set(context.manager, [change]);
  };

  const regional = new EventConsumer({
    ...common,
    groupId: options.groupId,
    catalogue: new EventCatalogue(),
    acceptRegion: options.ownership.all ? undefined : (regionId) => ownsRegion(options.ownership, regionId),
  });
  const listenersByKey = new Map<string, RegistrationsEventListener[]>();
  for (const listener of options.listeners) {
    const key = `${listener.contract.type}@v${listener.contract.version}`;
    listenersByKey.set(key, [...(listenersByKey.get(key) ?? []), listener]);
  }
  const withListeners = (key: string, first?: EventHandler<object>): EventHandler<object> => {
    const listeners = listenersByKey.get(key) ?? [];
    listenersByKey.delete(key);
    return async (event, context) => {
      if (first) await first(event, context);
      if (listeners.length === 0) return;
      // Listeners may read the read models: they see this event's change already written.
      await flush(context.manager);
      await actConsortiumWide(context.manager);
      for (const listener of listeners) await listener.handle(event, context);
    };
  };
  for (const { contract } of regionalReadModelRules) {
    regional.on(contract, withListeners(`${contract.type}@v${contract.version}`, apply));
  }
  for (const [key, listeners] of [...listenersByKey]) regional.on(listeners[0]!.contract, withListeners(key));

  const centres = new EventConsumer({ ...common, groupId: `${options.groupId}.centres`, catalogue: new EventCatalogue() });
  for (const { contract } of centreReadModelRules) centres.on(contract, apply);
  return { regional, centres };
}
