// `npm run deploy:check`: renders every overlay under k8s/overlays and runs the same schema and
// invariant checks as tools/deploy/manifests.spec.ts, printing each problem. Exit 1 on any.
import path from 'node:path';
import { catalogueTopics } from './kafka-resources.js';
import { findRenderer, isRegionOverlay, k8sRoot, listOverlays, RendererMissing } from './kustomize.js';
import {
  checkAutoscaling,
  checkDeployments,
  checkKafka,
  checkNetworkPolicies,
  checkNoSecretValues,
  checkRegionOverlay,
  checkRegionsTogether,
  validateSchemas,
  type RegionInstance,
} from './manifest-checks.js';

try {
  const renderer = findRenderer();
  console.log(`rendering with ${renderer.describe}`);
  const topics = catalogueTopics();
  const instances: RegionInstance[] = [];
  let failures = 0;
  for (const overlay of listOverlays()) {
    const objects = await renderer.render(path.join(k8sRoot, overlay));
    const problems = [...validateSchemas(objects), ...checkDeployments(objects), ...checkNetworkPolicies(objects), ...checkNoSecretValues(objects), ...checkAutoscaling(objects)];
    if (objects.some((o) => o.kind === 'KafkaTopic')) problems.push(...checkKafka(objects, topics));
    if (isRegionOverlay(overlay)) {
      const { problems: found, instance } = checkRegionOverlay(overlay, objects);
      problems.push(...found);
      if (instance) instances.push(instance);
    }
    console.log(`${problems.length === 0 ? '✓' : '✖'} ${overlay}: ${objects.length} objects`);
    for (const problem of problems) console.log(`    ${problem}`);
    failures += problems.length;
  }
  for (const problem of checkRegionsTogether(instances)) {
    console.log(`✖ ${problem}`);
    failures++;
  }
  process.exitCode = failures > 0 ? 1 : 0;
} catch (error) {
  if (!(error instanceof RendererMissing)) throw error;
  console.error(`✖ ${error.message}`);
  process.exitCode = 1;
}
