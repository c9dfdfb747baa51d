import 'reflect-metadata';
import { Controller, Get, Inject, Module, type DynamicModule } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Counter, type Registry } from 'prom-client';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  createLogger,
  createMetricsRegistry,
  createServiceApp,
  databaseReadinessCheck,
  ensureDatabase,
  kafkaReadinessCheck,
  METRICS_REGISTRY,
  SERVICE_LOGGER,
  ServiceKitModule,
  type ReadinessCheck,
  type ServiceLogger,
} from '../src/index.js';

const SERVICE = 'service-kit-int';
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

function requiredEnv(name: 'DATABASE_URL' | 'KAFKA_BROKERS'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run through \`npm run test:int\``);
  return value;
}

const serverUrl = requiredEnv('DATABASE_URL');
const brokers = requiredEnv('KAFKA_BROKERS').split(',');

function urlOfDatabase(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

const uniqueSuffix = () => `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const databaseExists = (name: string) =>
  onServer(async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);

const dropDatabase = (name: string) =>
  onServer((client) => client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`));

/** A port nothing listens on. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Accepts connections and never answers: a hung dependency. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      sockets.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function quietKafka(brokerList: string[], options: { retries?: number } = {}): Kafka {
  return new Kafka({
    clientId: SERVICE,
    brokers: brokerList,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 5000,
    retry: options.retries === undefined ? undefined : { retries: options.retries },
  });
}

@Controller('probe')
class ProbeHttpController {
  private readonly probes: Counter;

  constructor(
    @Inject(SERVICE_LOGGER) private readonly logger: ServiceLogger,
    @Inject(METRICS_REGISTRY) registry: Registry,
  ) {
    this.probes = new Counter({ name: 'probe_requests_total', help: 'Requests to /probe', registers: [registry] });
  }

  @Get()
  async probe(): Promise<{ ok: true }> {
    // An await first: the context must survive the hop to another tick, as it must in real handlers.
    await new Promise((resolve) => setImmediate(resolve));
    this.logger.info({ probe: true }, 'probe handled');
    this.probes.inc();
    return { ok: true };
  }
}

@Module({})
class ProbeAppModule {
  static with(readinessChecks: ReadinessCheck[], logger: ServiceLogger, readinessTimeoutMs?: number): DynamicModule {
    return {
      module: ProbeAppModule,
      imports: [
        ServiceKitModule.forRoot({ service: SERVICE, logger, registry: createMetricsRegistry(SERVICE), readinessChecks, readinessTimeoutMs }),
      ],
      controllers: [ProbeHttpController],
    };
  }
}

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    service: SERVICE,
    level: 'info',
    destination: { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  });
  return { logger, lines };
}

async function startApp(readinessChecks: ReadinessCheck[], readinessTimeoutMs?: number) {
  const { logger, lines } = capturingLogger();
  const app = await createServiceApp(ProbeAppModule.with(readinessChecks, logger, readinessTimeoutMs), { logger });
  await app.init();
  return { app, lines };
}

describe('service kit against real PostgreSQL and Kafka', () => {
  const databaseName = `vc_service_kit_int_${uniqueSuffix()}`;
  const oddDatabaseName = `Service-Kit "quoted" ${uniqueSuffix()}`;
  const cleanups: Array<() => Promise<unknown>> = [];
  let createdSuiteDatabase: boolean;
  let dataSource: DataSource;
  let admin: Admin;

  beforeAll(async () => {
    createdSuiteDatabase = await ensureDatabase(urlOfDatabase(databaseName));
    cleanups.push(() => dropDatabase(databaseName));
    dataSource = new DataSource({ type: 'postgres', url: urlOfDatabase(databaseName) });
    await dataSource.initialize();
    cleanups.push(() => dataSource.destroy());
    admin = quietKafka(brokers).admin();
    await admin.connect();
    cleanups.push(() => admin.disconnect());
  });

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    // Leaves nothing behind, so the suite can run again right away.
    expect(await databaseExists(databaseName)).toBe(false);
    expect(await databaseExists(oddDatabaseName)).toBe(false);
  });

  describe('ensureDatabase', () => {
    it('created the suite database, and finds it the second time instead of failing', async () => {
      expect(createdSuiteDatabase).toBe(true);
      expect(await databaseExists(databaseName)).toBe(true);

      await expect(ensureDatabase(urlOfDatabase(databaseName))).resolves.toBe(false);
    });

    it('creates a database whose name needs quoting exactly once when two instances race', async () => {
      cleanups.push(() => dropDatabase(oddDatabaseName));

      const results = await Promise.all([ensureDatabase(urlOfDatabase(oddDatabaseName)), ensureDatabase(urlOfDatabase(oddDatabaseName))]);

      expect(results.sort()).toEqual([false, true]);
      expect(await databaseExists(oddDatabaseName)).toBe(true);
    });
  });

  describe('with healthy dependencies', () => {
    let app: NestExpressApplication;
    let lines: Record<string, unknown>[];

    beforeAll(async () => {
      ({ app, lines } = await startApp([databaseReadinessCheck(dataSource), kafkaReadinessCheck(admin)]));
      cleanups.push(() => app.close());
    });

    it('answers /health/live with 200 ok', async () => {
      const response = await request(app.getHttpServer()).get('/health/live');

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok' });
    });

    it('answers /health/ready with 200 when PostgreSQL and Kafka both answer', async () => {
      const response = await request(app.getHttpServer()).get('/health/ready');

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok', checks: { database: { status: 'ok' }, kafka: { status: 'ok' } } });
    });

    it('serves Prometheus text with default metrics, the service label and metrics other code registered', async () => {
      await request(app.getHttpServer()).get('/probe');

      const response = await request(app.getHttpServer()).get('/metrics');

      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
      expect(response.text).toMatch(/^process_cpu_user_seconds_total\{service="service-kit-int"\} \d/m);
      expect(response.text).toMatch(/^probe_requests_total\{service="service-kit-int"\} 1$/m);
    });

    it('echoes x-correlation-id and logs it, with the trace id, in JSON lines written during the request', async () => {
      const correlationId = `int-${uniqueSuffix()}`;

      const response = await request(app.getHttpServer()).get('/probe').set('x-correlation-id', correlationId).set('traceparent', TRACEPARENT);

      expect(response.status).toBe(200);
      expect(response.headers['x-correlation-id']).toBe(correlationId);
      const logged = lines.filter((line) => line.msg === 'probe handled' && line.correlationId === correlationId);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({
        service: SERVICE,
        level: 'info',
        causationId: null,
        traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      });
    });

    it('generates a correlation id when the caller sends none', async () => {
      const response = await request(app.getHttpServer()).get('/probe');

      const correlationId = response.headers['x-correlation-id'];
      expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines.some((line) => line.msg === 'probe handled' && line.correlationId === correlationId)).toBe(true);
    });

    it('writes Nest’s own start-up logs as JSON too', () => {
      expect(lines).toContainEqual(
        expect.objectContaining({ service: SERVICE, level: 'info', context: 'RouterExplorer', msg: expect.stringContaining('/health/ready') }),
      );
    });
  });

  describe('with PostgreSQL unreachable', () => {
    it('answers /health/ready with 503 naming database', async () => {
      const unreachable = new DataSource({ type: 'postgres', host: '127.0.0.1', port: await deadPort(), username: 'postgres', database: 'postgres' });
      await expect(unreachable.initialize()).rejects.toThrow();
      const { app } = await startApp([databaseReadinessCheck(unreachable), kafkaReadinessCheck(admin)]);
      cleanups.push(() => app.close());

      const response = await request(app.getHttpServer()).get('/health/ready');

      expect(response.status).toBe(503);
      expect(response.body).toEqual({
        status: 'down',
        checks: {
          database: { status: 'down', error: 'not connected: DataSource.initialize() has not succeeded' },
          kafka: { status: 'ok' },
        },
      });
    });
  });

  describe('with Kafka unreachable', () => {
    it('answers /health/ready with 503 naming kafka', async () => {
      const deadAdmin = quietKafka([`127.0.0.1:${await deadPort()}`], { retries: 0 }).admin();
      cleanups.push(() => deadAdmin.disconnect());
      const { app } = await startApp([databaseReadinessCheck(dataSource), kafkaReadinessCheck(deadAdmin)]);
      cleanups.push(() => app.close());

      const response = await request(app.getHttpServer()).get('/health/ready');

      expect(response.status).toBe(503);
      expect(response.body.status).toBe('down');
      expect(response.body.checks.database).toEqual({ status: 'ok' });
      expect(response.body.checks.kafka).toEqual({ status: 'down', error: expect.stringMatching(/ECONNREFUSED|Connection error/) });
    });

    it('answers within the timeout when the broker accepts connections but never replies', async () => {
      const hung = await silentServer();
      const hungAdmin = quietKafka([`127.0.0.1:${hung.port}`], { retries: 0 }).admin();
      // Cleanups run in reverse: drop the hung sockets first, or disconnect() waits out the request timeout.
      cleanups.push(() => hungAdmin.disconnect(), () => hung.close());
      const { app } = await startApp([kafkaReadinessCheck(hungAdmin)], 500);
      cleanups.push(() => app.close());

      const started = Date.now();
      const response = await request(app.getHttpServer()).get('/health/ready');

      expect(Date.now() - started).toBeLessThan(2000);
      expect(response.status).toBe(503);
      expect(response.body.checks.kafka).toEqual({ status: 'down', error: 'timed out after 500 ms' });
    });
  });
});

const fixtureProcesses: ChildProcess[] = [];

/** Runs test/fixtures/signal-shutdown.main.ts as a real process; resolves once it listens. */
async function startFixtureProcess(env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    ['--conditions=@vc/source', '--import', 'tsx', fileURLToPath(new URL('./fixtures/signal-shutdown.main.ts', import.meta.url))],
    {
      // The base config covers every file, so other libraries' decorators (class-validator in
      // @vc/contracts) are compiled as legacy decorators too, as tsc does; a lib's own config covers only its src/.
      env: { ...process.env, TSX_TSCONFIG_PATH: fileURLToPath(new URL('../../../tsconfig.base.json', import.meta.url)), ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  fixtureProcesses.push(child);
  const lines: Record<string, unknown>[] = [];
  const output = createInterface({ input: child.stdout });
  // 'exit' can fire before the last lines of stdout are read; wait for both streams to end too.
  const exited = Promise.all([once(child, 'close'), once(output, 'close')]).then(([[code]]) => code as number | null);
  const listening = new Promise<void>((resolve, reject) => {
    output.on('line', (line) => {
      lines.push(JSON.parse(line) as Record<string, unknown>);
      if (lines.at(-1)!.msg === 'listening') resolve();
    });
    exited.then((code) => reject(new Error(`fixture exited with ${code} before listening`)));
  });
  await listening;
  return { child, lines, exited };
}

describe('graceful shutdown of a real service process', () => {
  afterEach(() => {
    // A failed assertion must not leave a process behind that keeps Jest waiting.
    for (const child of fixtureProcesses.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('runs the steps on SIGTERM and exits 0, with no second owner of the signal racing it', async () => {
    const { child, lines, exited } = await startFixtureProcess({ SHUTDOWN_TIMEOUT_MS: '5000' });

    child.kill('SIGTERM');

    expect(await exited).toBe(0);
    expect(lines.filter((line) => line.msg === 'shutdown step finished').map((line) => line.step)).toEqual(['http server', 'consumers']);
    expect(lines.at(-1)).toMatchObject({ msg: 'shutdown finished', failed: false });
  });

  it('ignores a second signal, and exits 1 naming the step that hung past the timeout', async () => {
    const { child, lines, exited } = await startFixtureProcess({ SHUTDOWN_TIMEOUT_MS: '1000', HANG_IN_STEP: 'consumers' });

    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill('SIGINT');

    expect(await exited).toBe(1);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', signal: 'SIGINT', msg: 'shutdown already in progress; ignoring signal' }));
    expect(lines.at(-1)).toMatchObject({ level: 'error', step: 'consumers', msg: 'shutdown timed out after 1000 ms in step "consumers"' });
  });
});
