// An integrator's consumer, written only against what the platform publishes for integrators: the
// AsyncAPI document (which topics are public) and the JSON Schemas (what each event holds). It
// imports nothing from the platform's code.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { Kafka, logLevel, type IHeaders } from 'kafkajs';
import fs from 'node:fs';
import path from 'node:path';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

export const CONTRACTS_DIR = path.resolve(import.meta.dirname, '../../../docs/contracts');

export interface Tally {
  /** Per event type and version (`registrations.vacancy.published v1`): how many passed and failed the schema. */
  byType: Map<string, { valid: number; invalid: number }>;
  /** Records whose type and version have no published schema (a newer producer, or not an event at all). */
  unknown: number;
  /** Records seen again (same ce_id): delivery is at least once, so these are skipped. */
  duplicates: number;
}

export interface SampleConsumerOptions {
  brokers: string[];
  /** `<integrator>.<purpose>`: the consumer-group prefix an integrator's ACL allows. */
  groupId: string;
  contractsDir?: string;
  fromBeginning?: boolean;
  onInvalid?: (type: string, errors: string) => void;
}

const header = (headers: IHeaders | undefined, name: string): string | undefined => {
  const raw = headers?.[name];
  const first = Array.isArray(raw) ? raw[0] : raw;
  return first === undefined ? undefined : Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
};

/** The public topics, read from the AsyncAPI document's channels. */
export function publicTopics(contractsDir = CONTRACTS_DIR): string[] {
  const document = JSON.parse(fs.readFileSync(path.join(contractsDir, 'asyncapi.json'), 'utf8')) as {
    channels: Record<string, { address: string; 'x-privacy': string }>;
  };
  return Object.values(document.channels)
    .filter((channel) => channel['x-privacy'] === 'public')
    .map((channel) => channel.address)
    .sort();
}

/** One validator per `<type> v<version>`, compiled from the published schemas. */
export function schemaValidators(contractsDir = CONTRACTS_DIR): Map<string, ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validators = new Map<string, ValidateFunction>();
  const dir = path.join(contractsDir, 'schemas');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const match = /^(.+)\.v([0-9]+)\.json$/.exec(file);
    if (match) validators.set(`${match[1]} v${match[2]}`, ajv.compile(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))));
  }
  return validators;
}

export async function startSampleConsumer(options: SampleConsumerOptions): Promise<{ tally: Tally; stop(): Promise<void> }> {
  const validators = schemaValidators(options.contractsDir);
  const tally: Tally = { byType: new Map(), unknown: 0, duplicates: 0 };
  // A real integrator keeps seen ids in its own store with the effect; a bounded set shows the idea.
  const seen = new Set<string>();
  const kafka = new Kafka({ clientId: options.groupId, brokers: options.brokers, logLevel: logLevel.ERROR });
  const consumer = kafka.consumer({ groupId: options.groupId });
  await consumer.connect();
  await consumer.subscribe({ topics: publicTopics(options.contractsDir), fromBeginning: options.fromBeginning ?? true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const id = header(message.headers, 'ce_id');
      if (id && seen.has(id)) {
        tally.duplicates += 1;
        return;
      }
      if (id) {
        seen.add(id);
        if (seen.size > 100_000) seen.delete(seen.values().next().value!);
      }
      const key = `${header(message.headers, 'ce_type')} v${header(message.headers, 'ce_dataversion')}`;
      const validate = validators.get(key);
      if (!validate || message.value === null) {
        tally.unknown += 1;
        return;
      }
      const counts = tally.byType.get(key) ?? { valid: 0, invalid: 0 };
      tally.byType.set(key, counts);
      let payload: unknown;
      try {
        payload = JSON.parse(message.value.toString('utf8'));
      } catch {
        payload = undefined;
      }
      if (payload !== undefined && validate(payload)) {
        counts.valid += 1;
      } else {
        counts.invalid += 1;
        options.onInvalid?.(key, payload === undefined ? 'not JSON' : JSON.stringify(validate.errors));
      }
    },
  });
  return { tally, stop: () => consumer.disconnect() };
}

export function formatTally(tally: Tally): string {
  const rows = [...tally.byType].sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(10, ...rows.map(([type]) => type.length));
  return [
    `${'event'.padEnd(width)}  valid  invalid`,
    ...rows.map(([type, { valid, invalid }]) => `${type.padEnd(width)}  ${String(valid).padStart(5)}  ${String(invalid).padStart(7)}`),
    `unknown types: ${tally.unknown}; duplicates skipped: ${tally.duplicates}`,
  ].join('\n');
}
