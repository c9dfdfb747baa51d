// @ts-check
// `npm start`: the whole platform on this machine. Kafka (KRaft, from the Maven jars) and
// PostgreSQL (embedded) unless KAFKA_BROKERS / DATABASE_URL point elsewhere, then every service
// in apps/ with its own database. Ctrl-C stops everything, services first.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { bootstrap } from './bootstrap.mjs';

const root = path.resolve(import.meta.dirname, '..');
await bootstrap({ kafka: true });

const { kafkaBrokersFromEnv, startKafka } = await import('./infra/kafka.mjs');
const { postgresServerUrlFromEnv, startPostgres } = await import('./infra/postgres.mjs');
const { isPortFree } = await import('./infra/free-port.mjs');
const { discoverServices } = await import('./services.mjs');
const { DEV_JWT_SECRET } = await import('./dev-secrets.mjs');

/** @type {Array<{ name: string, stop: () => Promise<void> }>} */
const running = [];
let stopping = false;

async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log('\n› stopping…');
  for (const item of running.reverse()) {
    try {
      await item.stop();
      console.log(`  stopped ${item.name}`);
    } catch (error) {
      console.error(`  could not stop ${item.name}: ${error instanceof Error ? error.message : error}`);
    }
  }
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

try {
  /** @type {Array<[string, string]>} */
  const listening = [];

  let brokers = kafkaBrokersFromEnv()?.join(',');
  if (!brokers) {
    const port = Number(process.env.KAFKA_PORT ?? 9092);
    console.log(`› starting Kafka on 127.0.0.1:${port} (data in .data/kafka)…`);
    const kafka = await startKafka({
      dataDir: path.join(root, '.data', 'kafka'),
      port,
      controllerPort: port + 1,
      log: (line) => console.log(`  ${line}`),
    });
    running.push({ name: 'Kafka', stop: kafka.stop });
    brokers = kafka.brokers;
  }
  listening.push(['Kafka', brokers]);

  let databaseUrl = postgresServerUrlFromEnv();
  if (!databaseUrl) {
    const port = Number(process.env.EMBEDDED_PG_PORT ?? 55432);
    if (!(await isPortFree(port))) {
      throw new Error(`port ${port} is in use: set EMBEDDED_PG_PORT to another port, or DATABASE_URL to use an existing server`);
    }
    console.log(`› starting PostgreSQL on 127.0.0.1:${port} (data in .data/postgres)…`);
    const postgres = await startPostgres({ dataDir: path.join(root, '.data', 'postgres', 'data'), port });
    running.push({ name: 'PostgreSQL', stop: postgres.stop });
    databaseUrl = postgres.url;
  }
  listening.push(['PostgreSQL', new URL(databaseUrl).host]);

  const services = discoverServices();
  if (services.length > 0) {
    console.log('› building services…');
    await new Promise((resolve, reject) => {
      const build = spawn(process.execPath, ['node_modules/typescript/bin/tsc', '-b', 'tsconfig.build.json'], {
        cwd: root,
        stdio: 'inherit',
      });
      build.on('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error('build failed'))));
    });
  }
  for (const service of services) {
    const url = new URL(databaseUrl);
    url.pathname = `/vc_${service.name.replace(/-/g, '_')}`;
    const child = spawn(process.execPath, [service.main], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        PORT: String(service.port),
        DATABASE_URL: url.toString(),
        KAFKA_BROKERS: brokers,
        JWT_SECRET: process.env.JWT_SECRET ?? DEV_JWT_SECRET,
      },
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.on('exit', (code) => {
      if (!stopping) {
        console.error(`✖ ${service.name} exited (${code}); stopping the platform`);
        stopAll(1);
      }
    });
    running.push({
      name: service.name,
      stop: async () => {
        if (child.exitCode === null) child.kill('SIGTERM');
        await exited;
      },
    });
    listening.push([service.name, `http://127.0.0.1:${service.port}  (health: /health/ready, metrics: /metrics)`]);
  }

  console.log('\nThe platform is up:');
  for (const [name, where] of listening) console.log(`  ${name.padEnd(16)} ${where}`);
  if (services.length === 0) console.log('  (no services in apps/ yet)');
  console.log('\nCtrl-C stops everything.');
  // Stay up until a signal arrives.
  await new Promise(() => {});
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
  await stopAll(1);
}
