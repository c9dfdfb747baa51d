// Strimzi KafkaTopic and KafkaUser resources derived from the contract catalogues and from what
// each service's source imports, so topics, compaction and ACLs cannot drift from the code.
// `npm run deploy:kafka` writes them to k8s/base/kafka; a unit test checks the committed files.
import fs from 'node:fs';
import path from 'node:path';
import * as contracts from '@vc/contracts';
import { EventCatalogue, type EventContract } from '@vc/contracts';
import { stringify } from 'yaml';

export const repositoryRoot = path.resolve(import.meta.dirname, '..', '..');

/** The Strimzi cluster the resources belong to (label strimzi.io/cluster). */
export const KAFKA_CLUSTER = 'vc-kafka';
/** Partitions of every service topic; the services create theirs with 6 as well. */
export const TOPIC_PARTITIONS = 6;
export const TOPIC_REPLICAS = 3;

/** Example integrators; their users may read public topics only, by literal name. */
export const INTEGRATORS = ['voorbeeld'];

export interface Topic {
  name: string;
  producer: string;
  privacy: 'public' | 'restricted';
}

export interface Service {
  name: string;
  port: number;
}

/** Every app in apps/ that declares `vc.port` (as tools/services.mjs does for `npm start`). */
export function discoverApps(root = repositoryRoot): Service[] {
  const appsDir = path.join(root, 'apps');
  return fs
    .readdirSync(appsDir)
    .map((name) => ({ name, file: path.join(appsDir, name, 'package.json') }))
    .filter(({ file }) => fs.existsSync(file))
    .map(({ name, file }) => ({ name, port: Number((JSON.parse(fs.readFileSync(file, 'utf8')) as { vc?: { port?: number } }).vc?.port) }))
    .filter(({ port }) => Number.isInteger(port) && port > 0)
    .sort((a, b) => a.port - b.port);
}

function isContract(value: unknown): value is EventContract {
  const candidate = value as Partial<EventContract> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.topic === 'string' && typeof candidate.type === 'string' && (candidate.privacy === 'public' || candidate.privacy === 'restricted');
}

/** Every topic of every `<svc>Catalogue` the contracts library exports. */
export function catalogueTopics(): Topic[] {
  const topics = new Map<string, Topic>();
  for (const [name, value] of Object.entries(contracts)) {
    if (!name.endsWith('Catalogue') || !(value instanceof EventCatalogue)) continue;
    for (const contract of value.all()) {
      const existing = topics.get(contract.topic);
      // One restricted event makes the whole topic restricted.
      const privacy = existing?.privacy === 'restricted' || contract.privacy === 'restricted' ? 'restricted' : 'public';
      topics.set(contract.topic, { name: contract.topic, producer: contract.type.split('.')[0] ?? '', privacy });
    }
  }
  return [...topics.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [file] : [];
  });
}

/**
 * Topics of other services whose contracts a service's source imports: a service imports another
 * producer's contract only to consume it, so this is the list its consumer groups read. Importing
 * `PUBLIC_EVENT_CONTRACTS` means consuming every public event (notifications, for webhooks).
 */
export function consumedTopics(service: string, root = repositoryRoot): string[] {
  const byName = new Map<string, EventContract>();
  for (const [name, value] of Object.entries(contracts) as Array<[string, unknown]>) if (isContract(value)) byName.set(name, value);
  const topics = new Set<string>();
  for (const file of sourceFiles(path.join(root, 'apps', service, 'src'))) {
    const source = fs.readFileSync(file, 'utf8');
    for (const [, names = ''] of source.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'@vc\/contracts'/g)) {
      for (const raw of names.split(',')) {
        const name = raw.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0] ?? '';
        const imported = name === 'PUBLIC_EVENT_CONTRACTS' ? contracts.PUBLIC_EVENT_CONTRACTS : [byName.get(name)];
        for (const contract of imported) if (contract && !contract.type.startsWith(`${service}.`)) topics.add(contract.topic);
      }
    }
  }
  return [...topics].sort();
}

type Acl = { resource: { type: string; name?: string; patternType?: string }; operations: string[] };

const topicAcl = (name: string, patternType: 'literal' | 'prefix', operations: string[]): Acl => ({
  resource: { type: 'topic', name, patternType },
  operations,
});
const groupAcl = (prefix: string): Acl => ({ resource: { type: 'group', name: prefix, patternType: 'prefix' }, operations: ['Read', 'Describe'] });

function resource(kind: string, name: string, labels: Record<string, string>, spec: object) {
  return {
    apiVersion: 'kafka.strimzi.io/v1',
    kind,
    metadata: { name, labels: { 'strimzi.io/cluster': KAFKA_CLUSTER, 'app.kubernetes.io/part-of': 'vrijwilligers-platform', ...labels } },
    spec,
  };
}

/** KafkaTopic names must be DNS-1123; the real topic name goes in spec.topicName. */
export const topicResourceName = (topic: string) => topic.replace(/\./g, '-');

export function kafkaTopics(topics: readonly Topic[] = catalogueTopics()) {
  return topics.map((topic) =>
    resource('KafkaTopic', topicResourceName(topic.name), { 'vrijwilligers.platform/privacy': topic.privacy, 'vrijwilligers.platform/producer': topic.producer }, {
      topicName: topic.name,
      partitions: TOPIC_PARTITIONS,
      replicas: TOPIC_REPLICAS,
      config:
        topic.privacy === 'restricted'
          ? {
              // Latest contact record per person; a tombstone erases it, superseded records go within 7 days.
              'cleanup.policy': 'compact',
              'max.compaction.lag.ms': 604_800_000,
              'delete.retention.ms': 86_400_000,
              'min.insync.replicas': 2,
            }
          : {
              // Kept for good: a new consumer group (a new matching region) rebuilds its read models from the start.
              'cleanup.policy': 'delete',
              'retention.ms': -1,
              'min.insync.replicas': 2,
            },
    }),
  );
}

/**
 * One KafkaUser per service: write its own topics, read the topics it consumes, create and write
 * its dead-letter topics (`<topic>.<group>.dlq`, made by the consumer at start), consumer groups
 * under its own name. One per integrator: read public topics by literal name, groups `integrator.<name>.`.
 */
export function kafkaUsers(services: readonly Service[] = discoverApps(), topics: readonly Topic[] = catalogueTopics(), integrators = INTEGRATORS) {
  const users = services.map(({ name }) => {
    const own = topics.filter((t) => t.producer === name).map((t) => t.name);
    const consumed = consumedTopics(name);
    const acls: Acl[] = [
      ...own.map((topic) => topicAcl(topic, 'literal', ['Describe', 'Write'])),
      ...consumed.map((topic) => topicAcl(topic, 'literal', ['Describe', 'Read'])),
      ...consumed.map((topic) => topicAcl(`${topic}.${name}`, 'prefix', ['Create', 'Describe', 'Write'])),
      ...(consumed.length > 0 ? [groupAcl(name)] : []),
      { resource: { type: 'cluster' }, operations: ['IdempotentWrite'] },
    ];
    return resource('KafkaUser', name, { 'app.kubernetes.io/name': name }, { authentication: { type: 'scram-sha-512' }, authorization: { type: 'simple', acls } });
  });
  const publicTopics = topics.filter((t) => t.privacy === 'public').map((t) => t.name);
  const integratorUsers = integrators.map((name) =>
    resource('KafkaUser', `integrator-${name}`, { 'vrijwilligers.platform/integrator': name }, {
      authentication: { type: 'scram-sha-512' },
      authorization: {
        type: 'simple',
        acls: [...publicTopics.map((topic) => topicAcl(topic, 'literal', ['Describe', 'Read'])), groupAcl(`integrator.${name}.`)],
      },
    }),
  );
  return [...users, ...integratorUsers];
}

const HEADER = '# Generated by `npm run deploy:kafka` from libs/contracts and apps/*/src; do not edit by hand.\n';

export function renderYaml(objects: readonly object[]): string {
  return HEADER + objects.map((object) => `---\n${stringify(object, { lineWidth: 0 })}`).join('');
}

export function renderKafkaFiles(): Record<string, string> {
  return { 'topics.yaml': renderYaml(kafkaTopics()), 'users.yaml': renderYaml(kafkaUsers()) };
}

export const kafkaBaseDir = path.join(repositoryRoot, 'k8s', 'base', 'kafka');
