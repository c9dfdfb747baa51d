// @ts-check
// `npm start`: the whole platform on this machine. Kafka (KRaft, from the Maven jars) and
// PostgreSQL (embedded) unless KAFKA_BROKERS / DATABASE_URL point elsewhere, then every service
// in apps/ with its own database. Ctrl-C stops everything, services first.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
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

/**
 * @param {string} name
 * @param {string} url
 */
async function waitUntilReady(name, url) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} did not become ready within 90 s (${url})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Loads the demo data once (regions, centres, organisations, vacancies, volunteers) through the
 * services' own APIs, so a newcomer has something to look at.
 * @param {Array<{ name: string, port: number }>} services
 */
async function seedDemo(services) {
  if (process.env.DEMO_SEED === 'off') return;
  const seed = path.join(root, 'tools', 'demo', 'seed-demo.ts');
  if (!fs.existsSync(seed)) return;
  await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=@vc/source', '--import', 'tsx', seed], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        TSX_TSCONFIG_PATH: path.join(root, 'tsconfig.base.json'),
        JWT_SECRET: process.env.JWT_SECRET ?? DEV_JWT_SECRET,
        ...Object.fromEntries(services.map((s) => [`${s.name.toUpperCase()}_URL`, `http://127.0.0.1:${s.port}`])),
      },
    });
    child.on('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error('demo seed failed'))));
  });
}

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

  // Emails the platform sends land here instead of in anybody's mailbox (notifications' SMTP_HOST
  // and SMTP_PORT default to it).
  const smtpPort = Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 1025);
  const { startMailCatcher } = await import('./mail-catcher/mail-catcher.mjs');
  const catcher = await startMailCatcher({ smtpPort, httpPort: Number(process.env.MAIL_CATCHER_HTTP_PORT ?? 1080) });
  running.push({ name: 'mail catcher', stop: catcher.stop });
  listening.push(['mail catcher', `http://localhost:${catcher.httpPort}  (SMTP 127.0.0.1:${catcher.smtpPort})`]);

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
        SMTP_HOST: process.env.SMTP_HOST ?? '127.0.0.1',
        SMTP_PORT: process.env.SMTP_PORT ?? String(catcher.smtpPort),
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

  for (const service of services) {
    await waitUntilReady(service.name, `http://127.0.0.1:${service.port}/health/ready`);
  }
  if (services.length > 0) await seedDemo(services);

  console.log('\nThe platform is up:');
  for (const [name, where] of listening) console.log(`  ${name.padEnd(16)} ${where}`);
  if (services.length === 0) console.log('  (no services in apps/ yet)');
  else {
    console.log('\nAPI documentation: http://127.0.0.1:<port>/docs for each service above.');
    console.log('A token to call them with: npm run token -- --role consortium-admin');
    console.log('                           npm run token -- --role consultant --centre <centre id>');
  }
  console.log('\nCtrl-C stops everything.');
  // Stay up until a signal arrives.
  await new Promise(() => {});
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
  await stopAll(1);
}
