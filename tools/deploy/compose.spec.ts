import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { discoverApps, repositoryRoot } from './kafka-resources.js';
import { configVariables } from './service-config.js';

interface ComposeService {
  image?: string;
  build?: { context: string; target?: string; args?: Record<string, string> };
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  stop_grace_period?: string;
}

const compose = parse(fs.readFileSync(path.join(repositoryRoot, 'docker-compose.yml'), 'utf8')) as { services: Record<string, ComposeService> };
const apps = discoverApps();
const startScript = fs.readFileSync(path.join(repositoryRoot, 'tools', 'start.mjs'), 'utf8');

describe('docker-compose.yml', () => {
  it('runs Kafka in KRaft mode from the official image, PostgreSQL and a mail catcher', () => {
    expect(compose.services.kafka?.image).toMatch(/^apache\/kafka:\d+\.\d+\.\d+$/);
    expect(compose.services.kafka?.environment?.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(compose.services.postgres?.image).toMatch(/^postgres:\d+/);
    expect(compose.services.mailpit?.ports).toContain('1025:1025');
  });

  it.each(apps)('runs $name from the Dockerfile on port $port with a readiness health check', ({ name, port }) => {
    const service = compose.services[name];
    expect(service?.build?.args?.APP).toBe(name);
    expect(service?.ports).toContain(`${port}:${port}`);
    expect(service?.environment?.PORT).toBe(String(port));
    expect(service?.healthcheck?.test.join(' ')).toContain('/health/ready');
    expect(service?.command?.join(' ')).toContain('service/migrate.js');
    expect(service?.depends_on).toMatchObject({ kafka: { condition: 'service_healthy' }, postgres: { condition: 'service_healthy' } });
    expect(Number.parseInt(service?.stop_grace_period ?? '10', 10)).toBeGreaterThan(25);
  });

  it.each(apps)('gives $name the variables `npm start` gives it: its own database, the broker and the JWT secret', ({ name }) => {
    const environment = compose.services[name]?.environment ?? {};
    for (const variable of ['PORT', 'DATABASE_URL', 'KAFKA_BROKERS', 'JWT_SECRET']) {
      expect(startScript).toContain(`${variable}:`);
      expect(environment[variable]).toBeDefined();
    }
    expect(new URL(environment.DATABASE_URL ?? '').pathname).toBe(`/vc_${name.replace(/-/g, '_')}`);
    expect(environment.KAFKA_BROKERS).toBe('kafka:9092');
    const known = configVariables(name);
    expect(Object.keys(environment).filter((variable) => !known.has(variable))).toEqual([]);
  });

  it('loads the demo data once every service is ready, with each <SVC>_URL as npm start passes them', () => {
    const seed = compose.services['demo-seed'];
    expect(seed?.command).toEqual(['node', '--conditions=@vc/source', '--import', 'tsx', 'tools/demo/seed-demo.ts']);
    for (const { name, port } of apps) {
      expect(seed?.environment?.[`${name.toUpperCase()}_URL`]).toBe(`http://${name}:${port}`);
      expect(seed?.depends_on?.[name]).toEqual({ condition: 'service_healthy' });
    }
    expect(seed?.environment?.JWT_SECRET).toBeDefined();
  });
});
