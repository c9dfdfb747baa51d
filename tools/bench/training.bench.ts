/**
 * npm run bench:training: (a) 1,000 people enrolling at the same moment in one popular session
 * with 20 places: throughput, and proof that nobody was overbooked (exactly 20 enrolled, the rest
 * on the waiting list in order); (b) public knowledge-base search p99 over 10,000 published
 * articles. The real service (its compiled main.js in a process of its own) on the project's
 * Kafka and PostgreSQL (durable settings).
 */
import 'reflect-metadata';
import { mintDevToken } from '@vc/service-kit';
import { createTestDatabase, testBrokers } from '@vc/testing';
import { spawn } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { startTestInfrastructure } from '../infra/test-infrastructure.mjs';
import { percentile, report, type BenchResult } from './bench-results.js';
import { runHttpLoad } from './http-load.js';
import { freePort } from '../infra/free-port.mjs';

const SECRET = 'benchmark-secret-benchmark-secret-benchmark';
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1_000);
const PLACES = Number(process.env.BENCH_PLACES ?? 20);
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const SEARCH_SECONDS = Number(process.env.BENCH_SECONDS ?? 15);


// Other work on the machine moves these figures a lot; the report says how busy it was.
const loadAtStart = os.loadavg()[0].toFixed(1);
const infrastructure = await startTestInfrastructure({ durablePostgres: true, log: (line) => console.log(`  ${line}`) });
process.env.KAFKA_BROKERS = infrastructure.brokers;
process.env.DATABASE_URL = infrastructure.databaseUrl;
const database = await createTestDatabase('bench_training');
const port = await freePort();
const service = spawn(process.execPath, [path.resolve(import.meta.dirname, '../../apps/training/dist/main.js')], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    KAFKA_BROKERS: testBrokers().join(','),
    PORT: String(port),
    JWT_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    PUBLIC_RATE_LIMIT_PER_MINUTE: '10000000',
    TRAINING_CONSUMER_GROUP: `bench-${randomUUID()}`,
  },
});
const serviceExited = new Promise((resolve) => service.on('exit', resolve));
const baseUrl = `http://127.0.0.1:${port}`;
for (const deadline = Date.now() + 60_000; ; ) {
  const ready = await fetch(`${baseUrl}/health/ready`).then((r) => r.ok, () => false);
  if (ready) break;
  if (Date.now() > deadline || service.exitCode !== null) throw new Error('training did not become ready');
  await new Promise((resolve) => setTimeout(resolve, 250));
}
const results: BenchResult[] = [];
const notes: string[] = [];

async function api(method: string, route: string, body: unknown, token: string) {
  const response = await fetch(baseUrl + route, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<{ id: string }>;
}

const owner = new pg.Client({ connectionString: database.url });
await owner.connect();
try {
  // The centre would arrive from registrations' events; written straight in so the bench needs no producer.
  const centreId = randomUUID();
  await owner.query(`INSERT INTO centre (id, region_id, name) VALUES ($1, 'bench-region', 'Bench centrale')`, [centreId]);
  const trainer = await mintDevToken({ subject: 'bench-trainer', roles: ['trainer'], centreId }, { secret: SECRET });
  const course = await api(
    'POST',
    '/v1/courses',
    { title: 'Omgaan met agressie', description: 'Populair.', audiences: ['volunteers'], topics: [], skills: [], language: 'nl', priceCents: 0, openToConsortium: false },
    trainer,
  );
  const day = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const session = await api(
    'POST',
    `/v1/courses/${course.id}/sessions`,
    { startsAt: `${day}T19:30`, endsAt: `${day}T21:30`, enrolmentDeadline: `${day}T12:00`, location: 'Buurthuis', trainerName: 'Mirjam', capacity: PLACES },
    trainer,
  );

  // (a) Everyone at once: all requests are sent before the first answer comes back.
  const tokens = await Promise.all(
    Array.from({ length: PEOPLE }, (_, i) => mintDevToken({ subject: `bench-${i}`, roles: ['volunteer'], centreId, volunteerId: randomUUID() }, { secret: SECRET })),
  );
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const target = new URL(baseUrl);
  const enrol = (token: string) =>
    new Promise<{ status: number; ms: number }>((resolve) => {
      const started = performance.now();
      const request = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: 'POST',
          path: `/v1/sessions/${session.id}/enrolments`,
          agent,
          headers: { 'content-type': 'application/json', 'content-length': 2, authorization: `Bearer ${token}` },
        },
        (response) => {
          response.resume();
          response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - started }));
        },
      );
      request.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
      request.end('{}');
    });
  const burstStarted = performance.now();
  const answers = await Promise.all(tokens.map(enrol));
  const burstSeconds = (performance.now() - burstStarted) / 1000;
  agent.destroy();
  const statuses: Record<string, number> = {};
  for (const answer of answers) statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
  const [stored] = (
    await owner.query(
      `SELECT count(*) FILTER (WHERE status = 'enrolled')::int AS enrolled, count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
              count(DISTINCT volunteer_id)::int AS people,
              (SELECT count(*)::int FROM (SELECT waitlisted_at FROM enrolment WHERE session_id = $1 AND status = 'waitlisted'
                                           GROUP BY waitlisted_at HAVING count(*) > 1) d) AS tied_places_in_line
         FROM enrolment WHERE session_id = $1`,
      [session.id],
    )
  ).rows;
  const latencies = answers.map((a) => a.ms).sort((a, b) => a - b);
  notes.push(`(a) ${PEOPLE} enrolments sent at once (256 connections) for ${PLACES} places; statuses ${JSON.stringify(statuses)}`);
  notes.push(`(a) stored: ${stored.enrolled} enrolled, ${stored.waitlisted} on the waiting list, ${stored.people} distinct people, ${stored.tied_places_in_line} ties in line`);
  results.push(
    { metric: '(a) enrolments handled', value: PEOPLE / burstSeconds, unit: 'enrolments/s', target: null, better: 'higher' },
    { metric: '(a) whole burst', value: burstSeconds * 1000, unit: 'ms', target: null, better: 'lower' },
    { metric: '(a) enrolment latency p50', value: percentile(latencies, 50), unit: 'ms', target: null, better: 'lower' },
    { metric: '(a) enrolment latency p99', value: percentile(latencies, 99), unit: 'ms', target: null, better: 'lower' },
    { metric: '(a) places overbooked', value: Math.max(0, stored.enrolled - PLACES), unit: 'places', target: 0, better: 'lower' },
    { metric: '(a) people enrolled or waiting', value: stored.enrolled + stored.waitlisted, unit: 'people', target: PEOPLE, better: 'higher' },
  );
  if (stored.enrolled !== PLACES || stored.enrolled + stored.waitlisted !== PEOPLE) {
    notes.push(`(a) WRONG: expected exactly ${PLACES} enrolled and ${PEOPLE - PLACES} waiting`);
  }
  console.log(`  (a) ${(PEOPLE / burstSeconds).toFixed(0)} enrolments/s, ${stored.enrolled} enrolled`);

  // (b) 10,000 published articles written straight into the table (as the owner; the trigger fills
  // the listing), so the benchmark measures the search, not the loading.
  const loadStarted = performance.now();
  await owner.query(
    `WITH words AS (SELECT ARRAY['vrijwilligersvergoeding','belasting','aansprakelijkheid','verzekering','privacy','AVG','bestuur',
                                 'fondsenwerving','subsidie','werving','behoud','begeleiding','agressie','conflicten','nieuwkomers',
                                 'taal','jongeren','maatschappelijke','stage','evenementen','vergunning','EHBO','VOG','statuten'] AS w)
     INSERT INTO article (id, centre_id, title, summary, body, topics, shared_with_consortium, status, author, published_at)
     SELECT gen_random_uuid(), $1,
            initcap(words.w[1 + g % 24]) || ' en ' || words.w[1 + (g / 24) % 24] || ' (' || g || ')',
            'Praktische tips over ' || words.w[1 + (g / 5) % 24] || ' voor vrijwilligersorganisaties.',
            repeat('Dit artikel legt uit hoe een vereniging omgaat met ' || words.w[1 + (g / 3) % 24] || ', ' ||
                   words.w[1 + (g / 7) % 24] || ' en ' || words.w[1 + (g / 11) % 24] || '. ', 12),
            ARRAY[lower(words.w[1 + g % 24])], g % 3 = 0, 'published', 'bench', now() - (g || ' minutes')::interval
       FROM generate_series(1, $2::int) g, words`,
    [centreId, ARTICLES],
  );
  await owner.query('ANALYZE');
  notes.push(`(b) ${ARTICLES.toLocaleString('en-US')} articles loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s; 4 concurrent clients for ${SEARCH_SECONDS} s`);
  const searchRequests = `(i) => {
      const queries = ['q=vergoeding', 'q=aansprakelijk+verzekeren', 'q=vrijwilligers', 'topic=privacy', 'q=subsidies&topic=subsidie',
                       'q=conflict', '', 'q=%22maatschappelijke+stage%22', 'q=nieuwkomer+taal', 'q=belasting+-verzekering'];
      return { method: 'GET', path: '/v1/centres/${centreId}/articles?limit=20&' + queries[i % queries.length], headers: {} };
    }`;
  const search = await runHttpLoad({ baseUrl, concurrency: 4, warmupMs: 2_000, durationMs: SEARCH_SECONDS * 1_000, requestFactory: searchRequests });
  // One client after another: what a search costs when it does not queue behind the others.
  const alone = await runHttpLoad({ baseUrl, concurrency: 1, warmupMs: 1_000, durationMs: 5_000, requestFactory: searchRequests });
  const searchLatency = search.latenciesMs.sort((a, b) => a - b);
  notes.push(`(b) statuses ${JSON.stringify(search.statuses)}`);
  results.push(
    { metric: '(b) knowledge-base search p50', value: percentile(searchLatency, 50), unit: 'ms', target: null, better: 'lower' },
    { metric: '(b) knowledge-base search p99', value: percentile(searchLatency, 99), unit: 'ms', target: 30, better: 'lower' },
    { metric: '(b) knowledge-base searches', value: search.requests / search.seconds, unit: 'searches/s', target: null, better: 'higher' },
    { metric: '(b) search p99, one client at a time', value: percentile(alone.latenciesMs.sort((a, b) => a - b), 99), unit: 'ms', target: null, better: 'lower' },
  );
  notes.push(`${os.cpus().length} cores shared by Kafka, PostgreSQL, the service and the load generator; load average at start ${loadAtStart}, at end ${os.loadavg()[0].toFixed(1)}`);
  report('training', results, notes);
} finally {
  await owner.end();
  service.kill('SIGTERM');
  await serviceExited;
  await database.drop();
  await infrastructure.stop();
}
