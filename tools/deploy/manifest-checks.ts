// Schema validation of rendered objects (kubernetes-models, with the KEDA and Strimzi types) and
// the invariants issue 9 asks for. Each check returns problems as sentences; empty means fine.
import path from 'node:path';
import { ScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject';
import { TriggerAuthentication } from '@kubernetes-models/keda/keda.sh/v1alpha1/TriggerAuthentication';
import { KafkaTopic } from '@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1/KafkaTopic';
import { KafkaUser } from '@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1/KafkaUser';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import type { K8sObject } from './kustomize.js';

// Each model validates the object it is constructed from.
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'v1/ServiceAccount': ServiceAccount,
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'keda.sh/v1alpha1/ScaledObject': ScaledObject,
  'keda.sh/v1alpha1/TriggerAuthentication': TriggerAuthentication,
  'kafka.strimzi.io/v1/KafkaTopic': KafkaTopic,
  'kafka.strimzi.io/v1/KafkaUser': KafkaUser,
};

const id = (object: K8sObject) => `${object.kind}/${object.metadata.name}`;

/** Schema problems; a kind without a model is a problem too, so nothing goes unchecked. */
export function validateSchemas(objects: readonly K8sObject[]): string[] {
  return objects.flatMap((object) => {
    const Model = MODELS[`${object.apiVersion}/${object.kind}`];
    if (!Model) return [`${id(object)}: no schema for ${object.apiVersion} ${object.kind}`];
    try {
      new Model(object as never).validate();
      return [];
    } catch (error) {
      return [`${id(object)}: ${error instanceof Error ? error.message : String(error)}`];
    }
  });
}

interface Container {
  name: string;
  ports?: Array<{ name?: string; containerPort: number }>;
  image?: string;
  args?: string[];
  envFrom?: Array<{ configMapRef?: { name: string; optional?: boolean } }>;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  livenessProbe?: { httpGet?: { path?: string } };
  readinessProbe?: { httpGet?: { path?: string } };
  lifecycle?: { preStop?: { sleep?: { seconds?: number } } };
  securityContext?: { runAsNonRoot?: boolean; readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean };
}
interface PodSpec {
  terminationGracePeriodSeconds?: number;
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
  containers: Container[];
  initContainers?: Container[];
}
interface DeploymentShape {
  spec: { selector: { matchLabels: Record<string, string> }; template: { metadata: { labels: Record<string, string> }; spec: PodSpec } };
}

const spec = <T>(object: K8sObject) => object as unknown as T;
const ofKind = (objects: readonly K8sObject[], kind: string) => objects.filter((o) => o.kind === kind);
const selects = (selector: Record<string, string> | undefined, labels: Record<string, string>) =>
  selector !== undefined && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);

/** The data of the first ConfigMap a container takes its environment from that is present. */
function configOf(objects: readonly K8sObject[], container: Container): Record<string, string> {
  const names = new Set((container.envFrom ?? []).map((e) => e.configMapRef?.name).filter(Boolean));
  return Object.assign({}, ...ofKind(objects, 'ConfigMap').filter((c) => names.has(c.metadata.name)).map((c) => (c as { data?: Record<string, string> }).data ?? {}));
}

/** Probes, resources, non-root and read-only, grace period, images, and the objects around each Deployment. */
export function checkDeployments(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  for (const deployment of ofKind(objects, 'Deployment')) {
    const name = id(deployment);
    const { spec: deploymentSpec } = spec<DeploymentShape>(deployment);
    const pod = deploymentSpec.template.spec;
    const labels = deploymentSpec.template.metadata.labels;
    const all = [...(pod.initContainers ?? []), ...pod.containers];
    for (const container of all) {
      const where = `${name} container ${container.name}`;
      const { requests = {}, limits = {} } = container.resources ?? {};
      if (!requests.cpu || !requests.memory || !limits.cpu || !limits.memory) problems.push(`${where}: needs cpu and memory requests and limits`);
      if (container.securityContext?.readOnlyRootFilesystem !== true) problems.push(`${where}: root filesystem is not read-only`);
      if (container.securityContext?.allowPrivilegeEscalation !== false) problems.push(`${where}: allows privilege escalation`);
      if (pod.securityContext?.runAsNonRoot !== true && container.securityContext?.runAsNonRoot !== true) problems.push(`${where}: not runAsNonRoot`);
      const tag = /:([^/@]+)$/.exec(container.image ?? '')?.[1];
      if (!tag || tag === 'latest') problems.push(`${where}: image ${container.image} needs a version tag`);
    }
    for (const container of pod.containers) {
      const where = `${name} container ${container.name}`;
      if (container.livenessProbe?.httpGet?.path !== '/health/live') problems.push(`${where}: no liveness probe on /health/live`);
      if (container.readinessProbe?.httpGet?.path !== '/health/ready') problems.push(`${where}: no readiness probe on /health/ready`);
      const shutdownMs = Number(configOf(objects, container).SHUTDOWN_TIMEOUT_MS);
      if (!Number.isFinite(shutdownMs) || shutdownMs <= 0) {
        problems.push(`${where}: SHUTDOWN_TIMEOUT_MS is not set in its ConfigMap`);
        continue;
      }
      const needed = shutdownMs / 1000 + (container.lifecycle?.preStop?.sleep?.seconds ?? 0);
      const grace = pod.terminationGracePeriodSeconds ?? 30;
      if (grace <= needed) problems.push(`${where}: terminationGracePeriodSeconds ${grace} is not longer than shutdown (${needed} s)`);
    }
    const around = (kind: string, selectorOf: (o: K8sObject) => Record<string, string> | undefined) =>
      ofKind(objects, kind).filter((o) => selects(selectorOf(o), labels));
    if (around('Service', (o) => (o as { spec?: { selector?: Record<string, string> } }).spec?.selector).length !== 1) problems.push(`${name}: needs exactly one Service`);
    if (around('PodDisruptionBudget', (o) => (o as { spec?: { selector?: { matchLabels?: Record<string, string> } } }).spec?.selector?.matchLabels).length !== 1) {
      problems.push(`${name}: needs exactly one PodDisruptionBudget`);
    }
    if (around('NetworkPolicy', (o) => (o as { spec?: { podSelector?: { matchLabels?: Record<string, string> } } }).spec?.podSelector?.matchLabels).length === 0) {
      problems.push(`${name}: no NetworkPolicy selects its pods`);
    }
    for (const other of ofKind(objects, 'Deployment')) {
      if (other !== deployment && selects(spec<DeploymentShape>(other).spec.selector.matchLabels, labels)) problems.push(`${name}: its pods are also selected by ${id(other)}`);
    }
  }
  return problems;
}

type EnvVar = { name: string; valueFrom?: { secretKeyRef?: { name: string; key: string }; fieldRef?: { fieldPath: string } } };

/**
 * Every service logs in to Kafka as the KafkaUser of its own name (the pod's component label) over
 * TLS: SASL_SSL from its ConfigMaps, the password from that user's Secret, the CA file mounted.
 */
export function checkKafkaLogins(objects: readonly K8sObject[], kafkaUsers: readonly string[]): string[] {
  const problems: string[] = [];
  for (const deployment of ofKind(objects, 'Deployment')) {
    const pod = spec<DeploymentShape>(deployment).spec.template;
    const component = pod.metadata.labels['app.kubernetes.io/component'] ?? '';
    const container = pod.spec.containers[0]!;
    const where = `${id(deployment)} container ${container.name}`;
    const config = configOf(objects, container);
    const env = new Map(((container as { env?: EnvVar[] }).env ?? []).map((e) => [e.name, e]));
    if (config.KAFKA_SECURITY_PROTOCOL !== 'sasl_ssl') problems.push(`${where}: KAFKA_SECURITY_PROTOCOL is not sasl_ssl`);
    if (!kafkaUsers.includes(component)) problems.push(`${where}: no KafkaUser named ${component}`);
    if (env.get('KAFKA_SASL_USERNAME')?.valueFrom?.fieldRef?.fieldPath !== "metadata.labels['app.kubernetes.io/component']") {
      problems.push(`${where}: KAFKA_SASL_USERNAME is not its component label`);
    }
    const password = env.get('KAFKA_SASL_PASSWORD')?.valueFrom?.secretKeyRef;
    if (password?.name !== `${component}-kafka-user` || password.key !== 'password') problems.push(`${where}: KAFKA_SASL_PASSWORD is not from Secret ${component}-kafka-user`);
    const caDir = path.posix.dirname(config.KAFKA_SSL_CA_FILE ?? '');
    const mounts = (container as { volumeMounts?: Array<{ mountPath: string }> }).volumeMounts ?? [];
    if (!config.KAFKA_SSL_CA_FILE || !mounts.some((m) => m.mountPath === caDir)) problems.push(`${where}: the Kafka CA file is not mounted`);
  }
  const authentications = new Set(ofKind(objects, 'TriggerAuthentication').map((o) => o.metadata.name));
  for (const scaledObject of ofKind(objects, 'ScaledObject')) {
    type Trigger = { type: string; metadata: Record<string, string>; authenticationRef?: { name: string } };
    for (const trigger of (scaledObject as unknown as { spec: { triggers: Trigger[] } }).spec.triggers.filter((t) => t.type === 'kafka')) {
      if (trigger.metadata.sasl !== 'scram_sha512' || trigger.metadata.tls !== 'enable' || !authentications.has(trigger.authenticationRef?.name ?? '')) {
        problems.push(`${id(scaledObject)}: its Kafka trigger does not log in over TLS with a TriggerAuthentication`);
      }
    }
  }
  return problems;
}

/** Secrets are referenced, never committed: a rendered Secret must carry no data. */
export function checkNoSecretValues(objects: readonly K8sObject[]): string[] {
  return ofKind(objects, 'Secret')
    .filter((s) => Object.keys((s.data as object | undefined) ?? {}).length > 0 || Object.keys((s.stringData as object | undefined) ?? {}).length > 0)
    .map((s) => `${id(s)}: carries secret values; create it in the cluster instead (docs/operations.md)`);
}

type ScaledObjectShape = { spec: { scaleTargetRef: { name: string; kind?: string }; triggers: Array<{ type: string; metadata: Record<string, string> }> } };
type HpaShape = { spec: { scaleTargetRef: { name: string; kind: string } } };

/** KEDA creates its own HPA: a second one on the same Deployment would fight it. */
export function checkAutoscaling(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  const deployments = new Set(ofKind(objects, 'Deployment').map((d) => d.metadata.name));
  const hpaTargets = new Set(ofKind(objects, 'HorizontalPodAutoscaler').map((h) => spec<HpaShape>(h).spec.scaleTargetRef.name));
  for (const scaled of ofKind(objects, 'ScaledObject')) {
    const target = spec<ScaledObjectShape>(scaled).spec.scaleTargetRef.name;
    if (!deployments.has(target)) problems.push(`${id(scaled)}: targets ${target}, which is not a Deployment here`);
    if (hpaTargets.has(target)) problems.push(`${id(scaled)}: Deployment ${target} also has a HorizontalPodAutoscaler`);
  }
  return problems;
}

export interface RegionInstance {
  overlay: string;
  deployment: string;
  consumerGroup: string;
  regions: string[];
}

/** One matching region overlay: one Deployment, its own group, its own ScaledObject on that group. */
export function checkRegionOverlay(overlay: string, objects: readonly K8sObject[]): { problems: string[]; instance?: RegionInstance } {
  const deployments = ofKind(objects, 'Deployment');
  const [deployment] = deployments;
  if (deployments.length !== 1 || !deployment) return { problems: [`${overlay}: expected one matching Deployment, found ${deployments.length}`] };
  const container = spec<DeploymentShape>(deployment).spec.template.spec.containers[0];
  const config = container ? configOf(objects, container) : {};
  const consumerGroup = config.MATCHING_CONSUMER_GROUP ?? '';
  const regions = (config.MATCHING_REGIONS ?? '').split(',').filter(Boolean);
  const problems: string[] = [];
  if (!consumerGroup || consumerGroup === 'matching') problems.push(`${overlay}: MATCHING_CONSUMER_GROUP must be set to a group of its own`);
  if (regions.length === 0 || regions.includes('all')) problems.push(`${overlay}: MATCHING_REGIONS must list its regions`);
  const scaled = ofKind(objects, 'ScaledObject').filter((s) => spec<ScaledObjectShape>(s).spec.scaleTargetRef.name === deployment.metadata.name);
  if (scaled.length !== 1) problems.push(`${overlay}: needs one ScaledObject targeting ${deployment.metadata.name}, found ${scaled.length}`);
  for (const s of scaled) {
    const groups = spec<ScaledObjectShape>(s).spec.triggers.filter((t) => t.type === 'kafka').map((t) => t.metadata.consumerGroup);
    if (groups.length === 0 || groups.some((g) => g !== consumerGroup)) problems.push(`${overlay}: ScaledObject watches ${groups.join(', ') || 'no Kafka lag'}, not its group ${consumerGroup}`);
  }
  return { problems, instance: { overlay, deployment: deployment.metadata.name, consumerGroup, regions } };
}

/** Across region overlays: distinct names and groups, and no region served twice. */
export function checkRegionsTogether(instances: readonly RegionInstance[]): string[] {
  const problems: string[] = [];
  const seen = { deployment: new Map<string, string>(), group: new Map<string, string>(), region: new Map<string, string>() };
  for (const instance of instances) {
    const claims: Array<[keyof typeof seen, string]> = [
      ['deployment', instance.deployment],
      ['group', instance.consumerGroup],
      ...instance.regions.map((r): [keyof typeof seen, string] => ['region', r]),
    ];
    for (const [what, value] of claims) {
      const other = seen[what].get(value);
      if (other) problems.push(`${instance.overlay} and ${other} share the ${what} ${value}`);
      else seen[what].set(value, instance.overlay);
    }
  }
  return problems;
}

type TopicShape = { spec: { topicName?: string; config?: Record<string, unknown> } };
type UserShape = { spec: { authorization?: { acls?: Array<{ resource: { type: string; name?: string; patternType?: string }; operations?: string[] }> } } };

/** Restricted topics compacted; integrators read public topics only, by literal name. */
export function checkKafka(objects: readonly K8sObject[], topics: ReadonlyArray<{ name: string; privacy: 'public' | 'restricted' }>): string[] {
  const problems: string[] = [];
  const declared = new Map(ofKind(objects, 'KafkaTopic').map((t) => [spec<TopicShape>(t).spec.topicName ?? t.metadata.name, spec<TopicShape>(t).spec]));
  for (const topic of topics) {
    const found = declared.get(topic.name);
    if (!found) problems.push(`topic ${topic.name} has no KafkaTopic`);
    else if (topic.privacy === 'restricted' && found.config?.['cleanup.policy'] !== 'compact') problems.push(`restricted topic ${topic.name} is not compacted`);
  }
  const publicTopics = new Set(topics.filter((t) => t.privacy === 'public').map((t) => t.name));
  for (const user of ofKind(objects, 'KafkaUser').filter((u) => u.metadata.labels?.['vrijwilligers.platform/integrator'])) {
    const name = user.metadata.labels?.['vrijwilligers.platform/integrator'] ?? '';
    for (const { resource, operations = [] } of spec<UserShape>(user).spec.authorization?.acls ?? []) {
      if (resource.type === 'topic' && (resource.patternType !== 'literal' || !publicTopics.has(resource.name ?? ''))) {
        problems.push(`${id(user)}: may ${operations.join('/')} topic ${resource.patternType ?? 'literal'} ${resource.name}, which is not a public topic by literal name`);
      } else if (resource.type === 'group' && !(resource.patternType === 'prefix' && resource.name === `integrator.${name}.`)) {
        problems.push(`${id(user)}: consumer groups must be the prefix integrator.${name}.`);
      } else if (resource.type !== 'topic' && resource.type !== 'group') {
        problems.push(`${id(user)}: integrators get no ${resource.type} rights`);
      }
    }
  }
  return problems;
}

type PolicyPort = { protocol?: string; port?: number | string };
type PolicyShape = {
  spec: {
    podSelector?: { matchLabels?: Record<string, string> };
    policyTypes?: string[];
    ingress?: Array<{ from?: unknown[]; ports?: PolicyPort[] }>;
    egress?: Array<{ to?: Array<{ ipBlock?: { cidr: string } }>; ports?: PolicyPort[] }>;
  };
};

/**
 * The policy selecting a Deployment's pods restricts both directions: ingress only on the service's
 * own port, egress only on named ports (DNS, Kafka, PostgreSQL at least), never to everything.
 */
export function checkNetworkPolicies(objects: readonly K8sObject[]): string[] {
  const problems: string[] = [];
  for (const deployment of ofKind(objects, 'Deployment')) {
    const pod = spec<DeploymentShape>(deployment).spec.template;
    const ownPorts = new Set(pod.spec.containers.flatMap((c) => (c.ports ?? []).flatMap((p) => [p.containerPort, p.name])).filter((p) => p !== undefined));
    for (const policy of ofKind(objects, 'NetworkPolicy').filter((p) => selects(spec<PolicyShape>(p).spec.podSelector?.matchLabels, pod.metadata.labels))) {
      const where = `${id(policy)} (for ${id(deployment)})`;
      const { policyTypes = [], ingress = [], egress = [] } = spec<PolicyShape>(policy).spec;
      if (!policyTypes.includes('Ingress') || !policyTypes.includes('Egress')) problems.push(`${where}: must restrict both Ingress and Egress`);
      for (const rule of ingress) {
        if (!rule.ports?.length || rule.ports.some((p) => !ownPorts.has(p.port ?? ''))) problems.push(`${where}: ingress allowed beyond the service's own port`);
      }
      for (const rule of egress) {
        if (!rule.ports?.length) problems.push(`${where}: an egress rule allows every port`);
        if (rule.to === undefined || rule.to.length === 0) problems.push(`${where}: an egress rule allows every destination`);
      }
      const egressPorts = new Set(egress.flatMap((r) => (r.ports ?? []).map((p) => p.port)));
      for (const needed of [53, 9092, 5432]) if (!egressPorts.has(needed)) problems.push(`${where}: no egress on port ${needed}`);
    }
  }
  return problems;
}
