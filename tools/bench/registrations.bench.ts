/**
 * npm run bench:registrations: (a) sustained volunteer self-registrations per second through HTTP
 * (validation, database write, outbox), with p50/p99 latency; (b) public vacancy search p99 over
 * 100,000 published vacancies. The real service (same wiring as main.ts) on the project's Kafka and
 * PostgreSQL (durable settings); load from a worker thread.
 */
import 'reflect-metadata';
import { mintDevToken } from '@vc/service-kit';
import { createTestDatabase, testBrokers } from '@vc/testing';
import { spawn } from 'node:child_process';
import path from 'node:path';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { startTestInfrastructure } from '../infra/test-infrastructure.mjs';
import { percentile, report, type BenchResult } from './bench-results.js';
import { runHttpLoad } from './http-load.js';
import { freePort } from '../infra/free-port.mjs';

const SECRET = 'benchmark-secret-benchmark-secret-benchmark';
const REGISTRATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const VACANCIES = Number(process.env.BENCH_VACANCIES ?? 100_000);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 3_000);
const SEARCH_QUERIES = [
  'q=koken',
  'q=tuinieren',
  'sector=zorg',
  'q=vervoer&sector=welzijn',
  'near=3511AB&withinKm=10',
  'q=begeleiding&near=3521CD&withinKm=5',
  `kind=one-off&dateFrom=${new Date().toISOString().slice(0, 10)}`,
  'students=true',
  '',
  'q=taalmaatje&newcomersWithoutDutch=true',
];


const loadAtStart = os.loadavg();
const infrastructure = await startTestInfrastructure({ durablePostgres: true, log: (line) => console.log(`  ${line}`) });
process.env.KAFKA_BROKERS = infrastructure.brokers;
process.env.DATABASE_URL = infrastructure.databaseUrl;
const database = await createTestDatabase('bench_registrations');
const port = await freePort();
// The service runs as it does in production: its compiled main.js in a process of its own.
// BENCH_PROFILE=1 writes a CPU profile of the service to bench-results/prof/.
const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(import.meta.dirname, '../../bench-results/prof')}`] : [];
// BENCH_SERVICE_MAIN runs another build of the service (a copy of an earlier dist/) for a before/after comparison.
const serviceMain = process.env.BENCH_SERVICE_MAIN ?? path.resolve(import.meta.dirname, '../../apps/registrations/dist/main.js');
const service = spawn(process.execPath, [...profile, serviceMain], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    KAFKA_BROKERS: testBrokers().join(','),
    PORT: String(port),
    JWT_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    PUBLIC_RATE_LIMIT_PER_MINUTE: '10000000',
  },
});
const serviceExited = new Promise((resolve) => service.on('exit', resolve));
const baseUrl = `http://127.0.0.1:${port}`;
for (const deadline = Date.now() + 60_000; ; ) {
  const ready = await fetch(`${baseUrl}/health/ready`).then((r) => r.ok, () => false);
  if (ready) break;
  if (Date.now() > deadline || service.exitCode !== null) throw new Error('registrations did not become ready');
  await new Promise((resolve) => setTimeout(resolve, 250));
}
const results: BenchResult[] = [];
const notes: string[] = [];

async function api(method: string, path: string, body: unknown, token: string) {
  const response = await fetch(baseUrl + path, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<{ id: string }>;
}

try {
  const admin = await mintDevToken({ subject: 'bench-admin', roles: ['consortium-admin'] }, { secret: SECRET });
  const region = await api('POST', '/v1/regions', { name: 'Bench' }, admin);
  const centre = await api('POST', '/v1/centres', { regionId: region.id, name: 'Bench centrale', municipalities: ['GM0344'] }, admin);

  // (a) Registrations: each request a new person, as the public form sends it.
  const registration = await runHttpLoad({
    baseUrl,
    concurrency: 32,
    warmupMs: 3_000,
    durationMs: REGISTRATION_SECONDS * 1_000,
    requestFactory: `(i) => ({
      method: 'POST',
      path: '/v1/centres/${centre.id}/volunteers/registrations',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        firstName: 'Sanne', lastName: 'de Vries ' + i, email: 'sanne.' + i + '.' + ${Date.now()} + '@example.org',
        preferredLanguage: 'nl', dateOfBirth: '1990-04-0' + (1 + (i % 9)), postcode: '3511 AB', travelRadiusKm: 10,
        skills: ['koken', 'administratie'], interests: ['welzijn'],
        availability: [{ day: 'tuesday', part: 'evening' }, { day: 'saturday', part: 'morning' }],
        hoursPerWeek: 4, languages: ['nl', 'en'], dutchLevel: 'C1',
        consents: [{ purpose: 'registration', textVersion: '2026-01' }],
      }),
    })`,
  });
  const registrationLatency = registration.latenciesMs.sort((a, b) => a - b);
  notes.push(`(a) 32 concurrent clients, ${REGISTRATION_SECONDS} s after 3 s warm-up; statuses ${JSON.stringify(registration.statuses)}`);
  results.push(
    { metric: '(a) volunteer registrations through HTTP', value: (registration.requests - registration.failures) / registration.seconds, unit: 'registrations/s', target: 1_000, better: 'higher' },
    { metric: '(a) registration latency p50', value: percentile(registrationLatency, 50), unit: 'ms', target: null, better: 'lower' },
    { metric: '(a) registration latency p99', value: percentile(registrationLatency, 99), unit: 'ms', target: null, better: 'lower' },
  );
  console.log(`  (a) ${results[0].value.toFixed(0)} registrations/s`);

  const metrics = await fetch(`${baseUrl}/metrics`).then((response) => response.text());
  const batchSum = Number(/^registrations_write_batch_size_sum(?:\{[^}]*\})? (\S+)/m.exec(metrics)?.[1]);
  const batchCount = Number(/^registrations_write_batch_size_count(?:\{[^}]*\})? (\S+)/m.exec(metrics)?.[1]);
  if (batchCount > 0) notes.push(`(a) ${batchCount} write transactions, ${(batchSum / batchCount).toFixed(1)} registrations per transaction on average`);

  // The relay keeps up when few events wait in the outbox as the load ends and they are gone soon
  // after (a row is deleted once Kafka acknowledged it).
  const outbox = new pg.Client({ connectionString: database.url });
  await outbox.connect();
  const pendingEvents = async () => Number((await outbox.query(`SELECT count(*)::int AS n FROM outbox_message`)).rows[0].n);
  const backlog = await pendingEvents();
  const drainStarted = performance.now();
  while ((await pendingEvents()) > 0 && performance.now() - drainStarted < 60_000) await new Promise((resolve) => setTimeout(resolve, 20));
  const drainSeconds = (performance.now() - drainStarted) / 1000;
  // The relay on its own: events written straight into the outbox in one go (about the size of a
  // registration's), then the time until Kafka acknowledged them all.
  const RELAY_EVENTS = 20_000;
  await outbox.query(
    `INSERT INTO outbox_message (event_id, event_type, topic, message_key, bucket, headers, value)
     SELECT gen_random_uuid(), 'registrations.volunteer.registered', 'registrations.volunteer.v1', k, mod(abs(hashtext(k)::bigint), 16),
            jsonb_build_object('ce_type', 'registrations.volunteer.registered', 'ce_subject', k), repeat('x', 600)
       FROM (SELECT gen_random_uuid()::text AS k FROM generate_series(1, ${RELAY_EVENTS})) AS keys;
     SELECT pg_notify('outbox_message', '')`,
  );
  const relayStarted = performance.now();
  while ((await pendingEvents()) > 0 && performance.now() - relayStarted < 120_000) await new Promise((resolve) => setTimeout(resolve, 20));
  const relaySeconds = (performance.now() - relayStarted) / 1000;
  await outbox.end();
  // 1,000 registrations/s would need about 2,000 events/s.
  results.push({ metric: '(a) outbox relay alone', value: RELAY_EVENTS / relaySeconds, unit: 'events/s', target: null, better: 'higher' });
  notes.push(
    `(a) outbox: ${backlog} events waiting as the load ended (${(backlog / (2 * results[0].value)).toFixed(2)} s of registrations), all relayed ${drainSeconds.toFixed(2)} s later; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min) after (a)`,
  );

  // (b) Search: 100,000 published vacancies of verified organisations, written straight into the
  // tables (as the owner) so the benchmark measures the search, not the loading.
  const owner = new pg.Client({ connectionString: database.url });
  await owner.connect();
  const loadStarted = performance.now();
  await owner.query(
    `INSERT INTO organisation (id, centre_id, name, kvk_number, sector, postcode, city, status, verified_at)
     SELECT gen_random_uuid(), $1, 'Organisatie ' || g, lpad(g::text, 8, '0'), (ARRAY['welzijn','zorg','sport','cultuur','natuur','onderwijs'])[1 + g % 6],
            '3511AB', 'Utrecht', 'verified', now()
       FROM generate_series(1, 500) g`,
    [centre.id],
  );
  await owner.query(
    `WITH orgs AS (SELECT array_agg(id) AS ids FROM organisation WHERE centre_id = $1),
          words AS (SELECT ARRAY['koken','maaltijden','tuin','tuinieren','taalmaatje','huiswerk','begeleiding','wandelen','rijden','vervoer',
                                 'computerles','administratie','boodschappen','bezoek','activiteiten','sport','muziek','voorlezen','klussen','schilderen'] AS w)
     INSERT INTO vacancy (id, centre_id, organisation_id, kind, status, title, description, sector, skills, remote, postcode,
                          activity_date, start_time, end_time, places, places_left, hours_per_week, suitable_for_students,
                          suitable_for_newcomers, suitable_with_guidance, published_at)
     SELECT gen_random_uuid(), $1, orgs.ids[1 + g % 500], CASE WHEN g % 5 = 0 THEN 'one-off' ELSE 'structural' END, 'published',
            initcap(words.w[1 + g % 20]) || ' en ' || words.w[1 + (g / 20) % 20],
            'Wij zoeken iemand voor ' || words.w[1 + (g / 7) % 20] || ', ' || words.w[1 + (g / 3) % 20] || ' en ' || words.w[1 + (g / 11) % 20] || ' in de wijk.',
            (ARRAY['welzijn','zorg','sport','cultuur','natuur','onderwijs'])[1 + g % 6], ARRAY[words.w[1 + g % 20]], g % 10 = 0,
            CASE WHEN g % 10 = 0 THEN NULL ELSE (ARRAY['3511AB','3521CD','3581EF','3431GH','3721JK','9711LM','1012NP','2511QR'])[1 + g % 8] END,
            CASE WHEN g % 5 = 0 THEN current_date + (g % 90) END, CASE WHEN g % 5 = 0 THEN time '10:00' END, CASE WHEN g % 5 = 0 THEN time '14:00' END,
            CASE WHEN g % 5 = 0 THEN 10 END, CASE WHEN g % 5 = 0 THEN 5 END, CASE WHEN g % 5 = 0 THEN NULL ELSE 2 + g % 8 END,
            g % 3 = 0, g % 4 = 0, g % 7 = 0, now() - (g || ' seconds')::interval
       FROM generate_series(1, $2::int) g, orgs, words`,
    [centre.id, VACANCIES],
  );
  await owner.query('ANALYZE');
  await owner.end();
  notes.push(`(b) ${VACANCIES.toLocaleString('en-US')} vacancies loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s; ${SEARCHES} searches, 4 concurrent clients`);

  const search = await runHttpLoad({
    baseUrl,
    concurrency: 4,
    warmupMs: 2_000,
    durationMs: Math.max(5_000, SEARCHES * 3),
    requestFactory: `(i) => {
      const queries = ${JSON.stringify(SEARCH_QUERIES)};
      return { method: 'GET', path: '/v1/centres/${centre.id}/vacancies?limit=20&' + queries[i % queries.length], headers: {} };
    }`,
  });
  const searchLatency = search.latenciesMs.sort((a, b) => a - b);
  // Each kind of search on its own, one client, so a slow kind shows instead of hiding in the mix.
  const perQuery: string[] = [];
  for (const query of SEARCH_QUERIES) {
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/v1/centres/${centre.id}/vacancies?limit=20&${query}`);
      await response.arrayBuffer();
      if (i >= 5) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    perQuery.push(`${query || '(no filter)'}: p50 ${percentile(times, 50).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
  }
  notes.push(`(b) one client, each kind of search 35 times: ${perQuery.join('; ')}`);
  notes.push(`(b) statuses ${JSON.stringify(search.statuses)}`);
  results.push(
    { metric: '(b) public search p50', value: percentile(searchLatency, 50), unit: 'ms', target: null, better: 'lower' },
    { metric: '(b) public search p99', value: percentile(searchLatency, 99), unit: 'ms', target: 30, better: 'lower' },
    { metric: '(b) public searches', value: search.requests / search.seconds, unit: 'searches/s', target: null, better: 'higher' },
  );
  notes.push(`load average at the start ${loadAtStart.map((l) => l.toFixed(1)).join(' / ')}, at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min)`);
  notes.push(`${os.cpus().length} cores shared by Kafka, PostgreSQL, the service and the load generator`);
  report('registrations', results, notes);
} finally {
  service.kill('SIGTERM');
  await serviceExited;
  await database.drop();
  await infrastructure.stop();
}
