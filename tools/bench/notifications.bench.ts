/**
 * npm run bench:notifications: (a) events to delivered emails per second against a local SMTP
 * peer, with p99 from the event's publication to the message arriving; (b) public events to
 * webhook deliveries per second against a local HTTP receiver, with the same p99. The real service
 * (its compiled main.js in a process of its own) on the project's Kafka and PostgreSQL.
 */
import 'reflect-metadata';
import { centreCreatedV1, vacancyPublishedV1, volunteerRegisteredV1, type VacancyPublishedV1, type VolunteerRegisteredV1 } from '@vc/contracts';
import { createIdempotentProducer, createKafka, EventFactory, toKafkaRecord } from '@vc/messaging';
import { mintDevToken } from '@vc/service-kit';
import { createTestDatabase, testBrokers, testLogger } from '@vc/testing';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { startTestInfrastructure } from '../infra/test-infrastructure.mjs';
import { percentile, report, type BenchResult } from './bench-results.js';
import { freePort } from '../infra/free-port.mjs';

const SECRET = 'benchmark-secret-benchmark-secret-benchmark';
const EMAILS = Number(process.env.BENCH_EMAILS ?? 3_000);
const WEBHOOKS = Number(process.env.BENCH_WEBHOOKS ?? 3_000);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 180_000);


async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const loadAtStart = os.loadavg()[0]!.toFixed(1);
const infrastructure = await startTestInfrastructure({ durablePostgres: true, log: (line) => console.log(`  ${line}`) });
process.env.KAFKA_BROKERS = infrastructure.brokers;
process.env.DATABASE_URL = infrastructure.databaseUrl;
const database = await createTestDatabase('bench_notifications');

// The SMTP peer: when each recipient's message arrived.
const emailArrivals = new Map<string, number>();
const smtpPort = await freePort();
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, callback) {
    stream.on('data', () => undefined);
    stream.on('end', () => {
      for (const r of session.envelope.rcptTo) emailArrivals.set(r.address, performance.now());
      callback();
    });
  },
});
await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', () => resolve()));

// The webhook receiver: when each event id arrived.
const hookArrivals = new Map<string, number>();
const receiver = http.createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    hookArrivals.set(String(request.headers['webhook-id']), performance.now());
    response.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', () => resolve()));
const receiverPort = (receiver.address() as net.AddressInfo).port;

const port = await freePort();
// BENCH_PROFILE=1 writes a CPU profile of the service to bench-results/prof/.
const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(import.meta.dirname, '../../bench-results/prof')}`] : [];
const service = spawn(process.execPath, [...profile, path.resolve(import.meta.dirname, '../../apps/notifications/dist/main.js')], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    KAFKA_BROKERS: testBrokers().join(','),
    PORT: String(port),
    JWT_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    NOTIFICATIONS_CONSUMER_GROUP: `bench-${randomUUID()}`,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    DATABASE_POOL_SIZE: '20',
  },
});
const serviceExited = new Promise((resolve) => service.on('exit', resolve));
const baseUrl = `http://127.0.0.1:${port}`;
for (const deadline = Date.now() + 90_000; ; ) {
  const ready = await fetch(`${baseUrl}/health/ready`).then((r) => r.ok, () => false);
  if (ready) break;
  if (Date.now() > deadline || service.exitCode !== null) throw new Error('notifications did not become ready');
  await new Promise((resolve) => setTimeout(resolve, 250));
}

const results: BenchResult[] = [];
const notes: string[] = [`load average at start ${loadAtStart} on ${os.cpus().length} CPUs`];
const owner = new pg.Client({ connectionString: database.url });
await owner.connect();
const producer = createIdempotentProducer(createKafka({ clientId: 'bench-upstream', brokers: testBrokers(), logger: testLogger('bench') }));
await producer.connect();
try {
  const centreId = randomUUID();
  const regionId = randomUUID();
  const registrations = new EventFactory('registrations');
  await producer.send({
    topic: centreCreatedV1.topic,
    acks: -1,
    messages: [toKafkaRecord(registrations.create(centreCreatedV1, { subject: centreId, centreId, regionId, payload: { centreId, regionId, name: 'Bench centrale', municipalities: ['GM0344'], sharesVacanciesWithConsortium: true } }))],
  });
  // Contacts as the restricted topic would leave them, written straight in (the bench measures sending, not the directory).
  const people = Array.from({ length: EMAILS }, () => randomUUID());
  for (let i = 0; i < people.length; i += 1000) {
    const slice = people.slice(i, i + 1000);
    await owner.query(
      `INSERT INTO contact (volunteer_id, centre_id, first_name, last_name, email, language)
       SELECT id, $2, 'Bench', 'Persoon', id || '@example.org', 'nl' FROM unnest($1::text[]) AS id`,
      [slice, centreId],
    );
  }

  // (a) Registrations to welcome emails.
  const sentAt = new Map<string, number>();
  const example = volunteerRegisteredV1.example as VolunteerRegisteredV1;
  const started = performance.now();
  // When the consumer had queued every welcome email: splits the time between consuming and sending.
  let allQueuedAt: number | undefined;
  const queuedPoll = setInterval(() => {
    void owner.query(`SELECT count(*)::int AS n FROM delivery WHERE template = 'welcome' AND channel = 'email'`).then(({ rows }) => {
      if (allQueuedAt === undefined && rows[0].n >= people.length) allQueuedAt = performance.now();
    });
  }, 50);
  for (let i = 0; i < people.length; i += 500) {
    const batch = people.slice(i, i + 500);
    const now = performance.now();
    for (const volunteerId of batch) sentAt.set(`${volunteerId}@example.org`, now);
    await producer.send({
      topic: volunteerRegisteredV1.topic,
      acks: -1,
      messages: batch.map((volunteerId) =>
        toKafkaRecord(registrations.create(volunteerRegisteredV1, { subject: volunteerId, centreId, regionId, payload: { ...example, volunteerId, centreId, regionId } })),
      ),
    });
  }
  await until(() => emailArrivals.size >= people.length || service.exitCode !== null, `${people.length} emails (${emailArrivals.size} so far)`);
  await until(() => allQueuedAt !== undefined, 'every welcome email queued');
  clearInterval(queuedPoll);
  const emailSeconds = (Math.max(...emailArrivals.values()) - started) / 1000;
  const emailLatencies = [...emailArrivals].map(([address, at]) => at - sentAt.get(address)!).sort((a, b) => a - b);
  results.push(
    { metric: '(a) events to delivered emails', value: people.length / emailSeconds, unit: 'emails/s', target: 500, better: 'higher' },
    { metric: '(a) event to email p50', value: percentile(emailLatencies, 50), unit: 'ms', target: null, better: 'lower' },
    { metric: '(a) event to email p99', value: percentile(emailLatencies, 99), unit: 'ms', target: null, better: 'lower' },
    { metric: '(a) events consumed (every email queued)', value: people.length / ((allQueuedAt! - started) / 1000), unit: 'events/s', target: null, better: 'higher' },
  );
  notes.push(`(a) ${people.length} registrations published in batches of 500; each queues an email and an in-app message`);

  // (b) Public events to webhook deliveries.
  const integrator = await mintDevToken({ subject: 'bench-integrator', roles: ['integrator'], centreId }, { secret: SECRET });
  const registered = await fetch(`${baseUrl}/v1/webhook-endpoints`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${integrator}` },
    body: JSON.stringify({ url: `http://127.0.0.1:${receiverPort}/hook`, eventTypes: ['registrations.vacancy.published'] }),
  });
  if (registered.status !== 201) throw new Error(`webhook registration: ${registered.status} ${await registered.text()}`);
  const vacancyExample = vacancyPublishedV1.example as VacancyPublishedV1;
  const published = new Map<string, number>();
  const hooksStarted = performance.now();
  for (let i = 0; i < WEBHOOKS; i += 500) {
    const events = Array.from({ length: Math.min(500, WEBHOOKS - i) }, () => {
      const vacancyId = randomUUID();
      return registrations.create(vacancyPublishedV1, { subject: vacancyId, centreId, regionId, payload: { ...vacancyExample, vacancyId, centreId, organisationId: randomUUID() } });
    });
    const now = performance.now();
    for (const event of events) published.set(event.id, now);
    await producer.send({ topic: vacancyPublishedV1.topic, acks: -1, messages: events.map(toKafkaRecord) });
  }
  await until(() => hookArrivals.size >= WEBHOOKS || service.exitCode !== null, `${WEBHOOKS} webhook deliveries (${hookArrivals.size} so far)`);
  const hookSeconds = (Math.max(...hookArrivals.values()) - hooksStarted) / 1000;
  const hookLatencies = [...hookArrivals].map(([id, at]) => at - published.get(id)!).sort((a, b) => a - b);
  results.push(
    { metric: '(b) events to webhook deliveries', value: WEBHOOKS / hookSeconds, unit: 'deliveries/s', target: 1000, better: 'higher' },
    { metric: '(b) event to webhook p50', value: percentile(hookLatencies, 50), unit: 'ms', target: null, better: 'lower' },
    { metric: '(b) event to webhook p99', value: percentile(hookLatencies, 99), unit: 'ms', target: null, better: 'lower' },
  );
  const [{ duplicates }] = (await owner.query(`SELECT count(*) - count(DISTINCT delivery_key) AS duplicates FROM delivery`)).rows as Array<{ duplicates: string }>;
  notes.push(`(b) ${WEBHOOKS} vacancy.published events to one endpoint; signed, over kept-alive connections; duplicate delivery keys: ${duplicates}`);
} finally {
  await producer.disconnect();
  await owner.end();
  service.kill('SIGTERM');
  await serviceExited;
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
  await database.drop();
  await infrastructure.stop();
}
report('notifications', results, notes);
