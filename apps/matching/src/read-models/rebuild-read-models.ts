import { registrationsCatalogue, registrationsTopics, validatePayload } from '@vc/contracts';
import { CE, createKafka, fromKafkaRecord, headerText, type KafkaSecurity } from '@vc/messaging';
import type { Logger } from 'pino';
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { READ_MODEL_TABLES } from '../database/1732800001000-create-read-models.migration.js';
import { ownsRegion, type RegionOwnership } from '../matching.config.js';
import { readModelChangeOf } from './read-model-change.js';
import { ReadModelStore } from './read-model-store.js';

export interface RebuildOptions {
  /** The owner's URL (as for migrations): the rebuild creates a schema and tables. */
  databaseUrl: string;
  brokers: string[];
  /** TLS/SASL as the service uses it (kafkaClientOptionsOf). */
  security?: KafkaSecurity;
  ownership: RegionOwnership;
  /** Fresh schema to rebuild into, e.g. `rebuild_20270115`; it must not exist yet. */
  schema: string;
  logger: Logger;
}

export interface RebuildResult {
  schema: string;
  applied: number;
  skipped: number;
}

const REGIONAL_TOPICS = [registrationsTopics.organisation, registrationsTopics.vacancy, registrationsTopics.volunteer];
const TOPICS = [registrationsTopics.centre, ...REGIONAL_TOPICS];

/**
 * Replays registrations' topics from the earliest offset into fresh copies of the read-model
 * tables in `schema`, up to the end of each partition as it was when the rebuild began. Each event
 * is judged as the live consumer judges it (region header, contract, version); what the live
 * consumer dead-letters is skipped. Reads with a throw-away consumer group, so the service's own
 * offsets are untouched.
 */
export async function rebuildReadModels(options: RebuildOptions): Promise<RebuildResult> {
  const { schema, logger } = options;
  const store = new ReadModelStore(schema);
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const kafka = createKafka({ clientId: 'matching-rebuild', brokers: options.brokers, security: options.security, logger });
  const admin = kafka.admin();
  await admin.connect();
  const consumer = kafka.consumer({ groupId: `matching-rebuild-${randomUUID()}`, maxWaitTimeInMs: 200 });
  let applied = 0;
  let skipped = 0;
  // The live consumer's inbox applies an event id once, even when it was published twice.
  const seen = new Set<string>();
  try {
    await client.query(`CREATE SCHEMA ${schema}`);
    for (const table of READ_MODEL_TABLES) await client.query(`CREATE TABLE ${schema}.${table} (LIKE public.${table} INCLUDING ALL)`);

    // Where each partition ends now: the rebuild is complete when every one is read up to there.
    const remaining = new Map<string, bigint>();
    for (const topic of TOPICS) {
      for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
        if (BigInt(high) > BigInt(low)) remaining.set(`${topic}/${partition}`, BigInt(high));
      }
    }
    if (remaining.size === 0) return { schema, applied, skipped };
    await consumer.connect();
    await consumer.subscribe({ topics: TOPICS, fromBeginning: true });

    const done = new Promise<void>((resolve, reject) => {
      consumer
        .run({
          eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
            const key = `${batch.topic}/${batch.partition}`;
            const end = remaining.get(key);
            await client.query('BEGIN');
            try {
              for (const message of batch.messages) {
                if (end === undefined || BigInt(message.offset) >= end) break;
                if (await applyRecord(batch.topic, message)) applied++;
                else skipped++;
                resolveOffset(message.offset);
                if (BigInt(message.offset) + 1n >= end) remaining.delete(key);
              }
              await client.query('COMMIT');
            } catch (error) {
              await client.query('ROLLBACK');
              reject(error);
              throw error;
            }
            await heartbeat();
            if (remaining.size === 0) resolve();
          },
        })
        .catch(reject);
    });

    async function applyRecord(topic: string, message: { value: Buffer | null; headers?: Record<string, unknown> }): Promise<boolean> {
      const headers = message.headers as Parameters<typeof headerText>[0];
      const regionId = headerText(headers, CE.regionid);
      if (topic !== registrationsTopics.centre && regionId && !ownsRegion(options.ownership, regionId)) return false;
      try {
        const event = fromKafkaRecord(message as Parameters<typeof fromKafkaRecord>[0]);
        if (seen.has(event.id)) return false;
        const contract = registrationsCatalogue.find(event.type, event.version);
        if (!contract) return false;
        const change = readModelChangeOf({ ...event, payload: validatePayload(contract, event.payload, { unknownFields: 'drop' }) });
        if (!change) return false;
        await store.apply((sql, parameters) => client.query(sql, parameters as unknown[]), change);
        seen.add(event.id);
        return true;
      } catch (error) {
        // Malformed, contract-breaking or unusable events: the live consumer dead-letters them.
        logger.debug({ err: error, topic }, 'rebuild skipped an event');
        return false;
      }
    }

    await done;
    return { schema, applied, skipped };
  } finally {
    await consumer.disconnect();
    await admin.disconnect();
    await client.end();
  }
}

/**
 * Replaces the live read models with the rebuilt ones in one transaction and drops the schema.
 * Run it with the service stopped: events the service applied after the rebuild began would be
 * lost from the tables (its offsets are past them). The service reloads its index on start.
 */
export async function swapInRebuiltReadModels(databaseUrl: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const table of READ_MODEL_TABLES) {
      await client.query(`DELETE FROM public.${table}`);
      await client.query(`INSERT INTO public.${table} SELECT * FROM ${schema}.${table}`);
    }
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}
