import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The service's one metrics registry: default Node.js process metrics, and a `service` label on
 * every series so dashboards can tell services apart. Other libraries register their metrics on it.
 */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}
