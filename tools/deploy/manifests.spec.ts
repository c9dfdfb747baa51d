import fs from 'node:fs';
import path from 'node:path';
import { catalogueTopics, discoverApps, kafkaBaseDir, kafkaUsers, renderKafkaFiles, type Topic } from './kafka-resources.js';
import { configVariables } from './service-config.js';
import { findRenderer, isRegionOverlay, k8sRoot, listOverlays, type K8sObject } from './kustomize.js';
import {
  checkAutoscaling,
  checkDeployments,
  checkKafka,
  checkKafkaLogins,
  checkNetworkPolicies,
  checkNoSecretValues,
  checkRegionOverlay,
  checkRegionsTogether,
  validateSchemas,
  type RegionInstance,
} from './manifest-checks.js';

type UserSpec = { authorization: { acls: Array<{ resource: { type: string; name?: string }; operations: string[] }> } };

const overlays = listOverlays();
const rendered = new Map<string, K8sObject[]>();
let topics: Topic[];

beforeAll(async () => {
  // Fails with what to install when no kustomize 5 is on this machine.
  const renderer = findRenderer();
  const outputs = await Promise.all(overlays.map((overlay) => renderer.render(path.join(k8sRoot, overlay))));
  overlays.forEach((overlay, i) => rendered.set(overlay, outputs[i] ?? []));
  topics = catalogueTopics();
  // kubectl takes about a second per overlay on a busy machine; they render in parallel.
}, 60_000);

const objectsOf = (overlay: string) => rendered.get(overlay) ?? [];
const named = (objects: K8sObject[], kind: string) => objects.filter((o) => o.kind === kind).map((o) => o.metadata.name).sort();

describe('the Kubernetes overlays', () => {
  it('are the environments, their Kafka resources and at least two matching regions', () => {
    expect(overlays).toEqual(expect.arrayContaining(['overlays/dev', 'overlays/dev/kafka', 'overlays/prod', 'overlays/prod/kafka']));
    expect(overlays.filter(isRegionOverlay).length).toBeGreaterThanOrEqual(2);
  });

  it.each(overlays)('%s renders objects that all match their schemas', (overlay) => {
    expect(objectsOf(overlay).length).toBeGreaterThan(0);
    expect(validateSchemas(objectsOf(overlay))).toEqual([]);
  });

  it.each(overlays)('%s: every Deployment has probes, resources, non-root read-only containers and a long enough grace period', (overlay) => {
    expect(checkDeployments(objectsOf(overlay))).toEqual([]);
  });

  it.each(overlays)('%s: every NetworkPolicy lets in only the service port and out only DNS, Kafka, PostgreSQL and named ports', (overlay) => {
    expect(checkNetworkPolicies(objectsOf(overlay))).toEqual([]);
  });

  it.each(overlays)('%s commits no Secret values and autoscales nothing twice', (overlay) => {
    expect([...checkNoSecretValues(objectsOf(overlay)), ...checkAutoscaling(objectsOf(overlay))]).toEqual([]);
  });

  it('runs every app in apps/ in dev once, and in prod with matching once per region overlay', () => {
    const apps = discoverApps().map((a) => a.name);
    expect(named(objectsOf('overlays/dev'), 'Deployment')).toEqual([...apps].sort());
    const regionDeployments = overlays.filter(isRegionOverlay).flatMap((o) => named(objectsOf(o), 'Deployment'));
    expect(named(objectsOf('overlays/prod'), 'Deployment')).toEqual([...apps.filter((a) => a !== 'matching'), ...regionDeployments].sort());
    expect(named(objectsOf('overlays/prod'), 'ScaledObject')).toEqual([...regionDeployments].sort());
  });

  it('gives every matching region its own consumer group, regions, and ScaledObject on that group', () => {
    const instances: RegionInstance[] = [];
    const problems: string[] = [];
    for (const overlay of overlays.filter(isRegionOverlay)) {
      const { problems: found, instance } = checkRegionOverlay(overlay, objectsOf(overlay));
      problems.push(...found);
      if (instance) instances.push(instance);
    }
    expect([...problems, ...checkRegionsTogether(instances)]).toEqual([]);
    expect(new Set(instances.map((i) => i.consumerGroup)).size).toBe(instances.length);
  });

  it.each(overlays.filter((o) => !o.endsWith('/kafka')))('%s sets only variables the services read (from their config classes)', (overlay) => {
    const objects = objectsOf(overlay);
    const configMaps = new Map(objects.filter((o) => o.kind === 'ConfigMap').map((o) => [o.metadata.name, Object.keys((o as { data?: object }).data ?? {})]));
    const unknown: string[] = [];
    for (const deployment of objects.filter((o) => o.kind === 'Deployment')) {
      const service = deployment.metadata.labels?.['app.kubernetes.io/component'] ?? '';
      const known = configVariables(service);
      const pod = (deployment as unknown as { spec: { template: { spec: { containers: Array<{ env?: Array<{ name: string }>; envFrom?: Array<{ configMapRef?: { name: string } }> }> } } } }).spec.template.spec;
      for (const container of pod.containers) {
        const names = [...(container.env ?? []).map((e) => e.name), ...(container.envFrom ?? []).flatMap((e) => configMaps.get(e.configMapRef?.name ?? '') ?? [])];
        unknown.push(...names.filter((name) => !known.has(name)).map((name) => `${deployment.metadata.name}: ${name}`));
      }
    }
    expect(unknown).toEqual([]);
  });

  it('logs every production service in to Kafka as its own KafkaUser over TLS', () => {
    const users = objectsOf('overlays/prod/kafka').filter((o) => o.kind === 'KafkaUser').map((o) => o.metadata.name);
    expect(checkKafkaLogins(objectsOf('overlays/prod'), users)).toEqual([]);
    // Dev keeps the plain listener: reported, which shows the check looks.
    expect(checkKafkaLogins(objectsOf('overlays/dev'), users).join('\n')).toMatch(/registrations container registrations: KAFKA_SECURITY_PROTOCOL is not sasl_ssl/);
    const region = overlays.find(isRegionOverlay)!;
    expect(checkKafkaLogins(objectsOf(region), users).join('\n')).toMatch(/ScaledObject.*its Kafka trigger does not log in/);
  });

  it('renders the migrations before the service in every pod (init container running migrate.js)', () => {
    for (const deployment of objectsOf('overlays/prod').filter((o) => o.kind === 'Deployment')) {
      const pod = (deployment as unknown as { spec: { template: { spec: { initContainers?: Array<{ args?: string[] }> } } } }).spec.template.spec;
      expect(pod.initContainers?.[0]?.args).toEqual(['node', 'service/migrate.js']);
    }
  });
});

describe('Kafka topics and users', () => {
  it('are committed exactly as `npm run deploy:kafka` generates them from the catalogues', () => {
    const stale = Object.entries(renderKafkaFiles())
      .filter(([file, content]) => fs.readFileSync(path.join(kafkaBaseDir, file), 'utf8') !== content)
      .map(([file]) => `k8s/base/kafka/${file} is stale: run \`npm run deploy:kafka\` and commit it`);
    expect(stale).toEqual([]);
  });

  it.each(['overlays/dev/kafka', 'overlays/prod/kafka'])('%s declares every topic, compacts restricted ones, and lets integrators read public topics only', (overlay) => {
    expect(checkKafka(objectsOf(overlay), topics)).toEqual([]);
    expect(named(objectsOf(overlay), 'KafkaUser')).toEqual(expect.arrayContaining(discoverApps().map((a) => a.name)));
  });

  it('grants a service its own topics to write and never another producer’s', () => {
    for (const user of kafkaUsers()) {
      const acls = (user.spec as UserSpec).authorization.acls;
      const written = acls.filter((a) => a.resource.type === 'topic' && a.operations.includes('Write') && !a.operations.includes('Create'));
      for (const acl of written) expect(acl.resource.name?.split('.')[0]).toBe(user.metadata.name);
    }
  });

  it('lets notifications, which offers every public event as a webhook, read every public topic and only the restricted ones it names', () => {
    const notifications = kafkaUsers().find((user) => user.metadata.name === 'notifications')!;
    const read = (notifications.spec as UserSpec).authorization.acls
      .filter((a) => a.resource.type === 'topic' && a.operations.includes('Read'))
      .map((a) => a.resource.name);
    expect(read).toEqual(expect.arrayContaining(topics.filter((t) => t.privacy === 'public').map((t) => t.name)));
    expect(read.filter((name) => topics.find((t) => t.name === name)?.privacy === 'restricted').sort()).toEqual([
      'matching.mas-sign-off.v1',
      'partnerships.business-contact.v1',
      'registrations.organisation-contact.v1',
      'registrations.volunteer-contact.v1',
    ]);
  });
});

describe('the checks themselves', () => {
  const deployment = (changes: { grace?: number; probe?: boolean; readOnly?: boolean; image?: string }): K8sObject[] => [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'x' },
      spec: {
        selector: { matchLabels: { app: 'x' } },
        template: {
          metadata: { labels: { app: 'x' } },
          spec: {
            terminationGracePeriodSeconds: changes.grace ?? 40,
            securityContext: { runAsNonRoot: true },
            containers: [
              {
                name: 'x',
                image: changes.image ?? 'x:1.0.0',
                envFrom: [{ configMapRef: { name: 'x-config' } }],
                resources: { requests: { cpu: '1', memory: '1Mi' }, limits: { cpu: '1', memory: '1Mi' } },
                livenessProbe: { httpGet: { path: '/health/live' } },
                readinessProbe: changes.probe === false ? undefined : { httpGet: { path: '/health/ready' } },
                lifecycle: { preStop: { sleep: { seconds: 5 } } },
                securityContext: { readOnlyRootFilesystem: changes.readOnly ?? true, allowPrivilegeEscalation: false },
              },
            ],
          },
        },
      },
    },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x-config' }, data: { SHUTDOWN_TIMEOUT_MS: '25000' } },
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'x' }, spec: { selector: { app: 'x' } } },
    { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'x' }, spec: { selector: { matchLabels: { app: 'x' } } } },
    { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'x' }, spec: { podSelector: { matchLabels: { app: 'x' } } } },
  ];

  it.each([
    ['a grace period within shutdown plus preStop', { grace: 30 }, /not longer than shutdown \(30 s\)/],
    ['a missing readiness probe', { probe: false }, /no readiness probe/],
    ['a writable root filesystem', { readOnly: false }, /not read-only/],
    ['the latest image', { image: 'x:latest' }, /needs a version tag/],
  ])('reports %s', (_case, changes, expected) => {
    expect(checkDeployments(deployment({}))).toEqual([]);
    expect(checkDeployments(deployment(changes)).join('\n')).toMatch(expected);
  });

  it('reports a Secret with values, an HPA beside a ScaledObject, and a schema violation', () => {
    const objects: K8sObject[] = [
      ...deployment({}),
      { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, stringData: { JWT_SECRET: 'x' } },
      { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'h' }, spec: { scaleTargetRef: { kind: 'Deployment', name: 'x' }, maxReplicas: 2 } },
      { apiVersion: 'keda.sh/v1alpha1', kind: 'ScaledObject', metadata: { name: 'x' }, spec: { scaleTargetRef: { name: 'x' }, triggers: [{ type: 'kafka', metadata: { consumerGroup: 'g' } }] } },
      { apiVersion: 'kafka.strimzi.io/v1', kind: 'KafkaTopic', metadata: { name: 't' }, spec: { partitions: 'six' } },
    ];
    expect(checkNoSecretValues(objects)).toEqual([expect.stringContaining('Secret/s')]);
    expect(checkAutoscaling(objects)).toEqual([expect.stringContaining('also has a HorizontalPodAutoscaler')]);
    expect(validateSchemas(objects).join('\n')).toMatch(/KafkaTopic\/t: .*partitions must be integer/);
  });

  it('reports a NetworkPolicy open to every port or missing Kafka', () => {
    const [deploymentObject, ...rest] = deployment({});
    const pod = (deploymentObject as unknown as { spec: { template: { spec: { containers: Array<{ ports?: object[] }> } } } }).spec.template.spec;
    pod.containers[0]!.ports = [{ name: 'http', containerPort: 3101 }];
    const policy = rest.find((o) => o.kind === 'NetworkPolicy')!;
    Object.assign(policy.spec as object, {
      policyTypes: ['Ingress', 'Egress'],
      ingress: [{ ports: [{ port: 'http' }] }, {}],
      egress: [{ to: [{ namespaceSelector: {} }], ports: [{ protocol: 'UDP', port: 53 }, { port: 5432 }] }, { to: [] }],
    });
    expect(checkNetworkPolicies([deploymentObject!, ...rest])).toEqual([
      'NetworkPolicy/x (for Deployment/x): ingress allowed beyond the service\'s own port',
      'NetworkPolicy/x (for Deployment/x): an egress rule allows every port',
      'NetworkPolicy/x (for Deployment/x): an egress rule allows every destination',
      'NetworkPolicy/x (for Deployment/x): no egress on port 9092',
    ]);
  });

  it('knows a service reads its own, the base and the token variables, and nothing else', () => {
    const matching = configVariables('matching');
    expect([...['MATCHING_CONSUMER_GROUP', 'SHUTDOWN_TIMEOUT_MS', 'JWT_JWKS_URL', 'DATABASE_URL'].filter((v) => !matching.has(v))]).toEqual([]);
    expect(matching.has('TRAINING_CONSUMER_GROUP')).toBe(false);
    expect(configVariables('registrations').has('VACANCY_EXPIRY_BATCH_SIZE')).toBe(true);
  });

  it('reports region overlays that share a group or a region', () => {
    const a = { overlay: 'a', deployment: 'matching-a', consumerGroup: 'matching.a', regions: ['r1'] };
    expect(checkRegionsTogether([a, { overlay: 'b', deployment: 'matching-b', consumerGroup: 'matching.a', regions: ['r1'] }])).toEqual([
      'b and a share the group matching.a',
      'b and a share the region r1',
    ]);
  });

  it('reports an uncompacted restricted topic and an integrator prefix that reaches restricted topics', () => {
    const objects: K8sObject[] = [
      { apiVersion: 'kafka.strimzi.io/v1', kind: 'KafkaTopic', metadata: { name: 'c' }, spec: { topicName: 'r.contact.v1', config: {} } },
      {
        apiVersion: 'kafka.strimzi.io/v1',
        kind: 'KafkaUser',
        metadata: { name: 'integrator-x', labels: { 'vrijwilligers.platform/integrator': 'x' } },
        spec: { authorization: { acls: [{ resource: { type: 'topic', name: 'r.', patternType: 'prefix' }, operations: ['Read'] }] } },
      },
    ];
    expect(checkKafka(objects, [{ name: 'r.contact.v1', privacy: 'restricted' }])).toEqual([
      'restricted topic r.contact.v1 is not compacted',
      'KafkaUser/integrator-x: may Read topic prefix r., which is not a public topic by literal name',
    ]);
  });
});
