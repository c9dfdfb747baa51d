/**
 * npm run bench:matching: one region with 100,000 volunteers and 10,000 open vacancies (seeded
 * random, around Utrecht). The real service (apps/matching/dist/main.js, same wiring as in
 * production) against the project's Kafka and PostgreSQL; registrations' events published onto
 * their topics as registrations would. Measures (a) ingest of volunteer events into the read
 * model, (b) top-20 latency through HTTP in both directions, (c) published vacancy event to
 * queryable suggestions, (d) the instance's memory, and (e) the index against a naive full scan
 * of the same data in this process.
 */
import 'reflect-metadata';
import {
  centreCreatedV1,
  vacancyPublishedV1,
  volunteerRegisteredV1,
  type VacancyPublishedV1,
  type VolunteerRegisteredV1,
} from '@vc/contracts';
import { Pc4Centroids } from '@vc/geo';
import { createIdempotentProducer, EventFactory, toKafkaRecord } from '@vc/messaging';
import { mintDevToken } from '@vc/service-kit';
import { createTestDatabase, createTopics, testBrokers, testKafka } from '@vc/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { VacancyRecord, VolunteerRecord } from '../../apps/matching/src/read-models/read-model-change.js';
import { naiveTopVacancies, naiveTopVolunteers } from '../../apps/matching/src/suggestions/naive-suggestions.js';
import { DEFAULT_WEIGHTS } from '../../apps/matching/src/suggestions/scoring/scoring.js';
import { SuggestionIndex } from '../../apps/matching/src/suggestions/suggestion-index.js';
import { syntheticRegion } from '../../apps/matching/src/suggestions/synthetic-region.js';
import { startTestInfrastructure } from '../infra/test-infrastructure.mjs';
import { percentile, report, type BenchResult } from './bench-results.js';
import { freePort } from '../infra/free-port.mjs';

const SECRET = 'benchmark-secret-benchmark-secret-benchmark';
const VOLUNTEERS = Number(process.env.BENCH_VOLUNTEERS ?? 100_000);
const VACANCIES = Number(process.env.BENCH_VACANCIES ?? 10_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 500);
/** No request of the benchmark waits longer (a stalled one fails the run, or is asked again while settling). */
const REQUEST_TIMEOUT_MS = 10_000;
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());


const slotsOf = (slots: string[]) => slots.map((s) => ({ day: s.split('/')[0], part: s.split('/')[1] })) as VolunteerRegisteredV1['availability'];

function volunteerPayload(r: VolunteerRecord): VolunteerRegisteredV1 {
  return {
    volunteerId: r.volunteerId,
    centreId: r.centreId,
    regionId: r.regionId,
    skills: r.skills,
    interests: r.interests,
    availability: slotsOf(r.availability),
    hoursPerWeek: r.hoursPerWeek,
    postcodeArea: r.postcodeArea,
    travelRadiusKm: r.travelRadiusKm,
    languages: r.languages,
    dutchLevel: r.dutchLevel as VolunteerRegisteredV1['dutchLevel'],
    ageBand: r.ageBand as VolunteerRegisteredV1['ageBand'],
    vogValidUntil: r.vogValidUntil,
    flags: { isStudent: r.isStudent, needsGuidance: r.needsGuidance },
    status: 'active',
  };
}

function vacancyPayload(r: VacancyRecord): VacancyPublishedV1 {
  const present = <K extends string, V>(key: K, value: V | null) => (value === null ? {} : { [key]: value });
  return {
    vacancyId: r.vacancyId,
    organisationId: r.organisationId,
    centreId: r.centreId,
    kind: r.kind,
    title: r.title,
    sector: r.sector,
    skills: r.skills,
    requirements: { vogRequired: r.vogRequired, ...present('minimumAge', r.minimumAge), ...present('dutchLevel', r.dutchLevel) },
    suitability: { students: r.suitableForStudents, newcomersWithoutDutch: r.suitableForNewcomers, needsGuidance: r.suitableWithGuidance },
    remote: r.remote,
    ...present('postcodeArea', r.postcodeArea),
    ...present('date', r.activityDate),
    ...present('startTime', r.startTime),
    ...present('endTime', r.endTime),
    ...present('places', r.places),
    ...present('placesLeft', r.placesLeft),
    availability: slotsOf(r.availability),
    ...present('hoursPerWeek', r.hoursPerWeek),
    status: 'published',
  } as VacancyPublishedV1;
}

const infrastructure = await startTestInfrastructure({ durablePostgres: true, log: (line) => console.log(`  ${line}`) });
process.env.KAFKA_BROKERS = infrastructure.brokers;
process.env.DATABASE_URL = infrastructure.databaseUrl;
const database = await createTestDatabase('bench_matching');
const centroids = Pc4Centroids.load();
const region = syntheticRegion(centroids, 42, randomUUID());
let service: ChildProcess | undefined;
let serviceExited: Promise<unknown> = Promise.resolve();
let baseUrl = '';
const results: BenchResult[] = [];
const notes: string[] = [];
const owner = new pg.Client({ connectionString: database.url });
await owner.connect();
const producer = createIdempotentProducer(testKafka());
await producer.connect();
const factory = new EventFactory('registrations');

async function publish<P extends object>(contract: { topic: string } & Parameters<EventFactory['create']>[0], items: Array<{ subject: string; centreId: string; payload: P }>) {
  for (let i = 0; i < items.length; i += 2_000) {
    const messages = items.slice(i, i + 2_000).map((item) => toKafkaRecord(factory.create(contract, { ...item, regionId: region.regionId })));
    await producer.send({ topic: contract.topic, acks: -1, messages });
  }
}

async function waitForCount(table: string, count: number, timeoutMs = 600_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; ; ) {
    const { rows } = await owner.query(`SELECT count(*)::int AS n FROM ${table}`);
    if (rows[0].n >= count) return;
    if (Date.now() > deadline) throw new Error(`${table}: ${rows[0].n} of ${count} rows after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The V8 options matching is deployed with (k8s/base/matching/deployment.yaml): the heap it runs in there. */
function deployedNodeOptions(): string[] {
  const manifest = fs.readFileSync(path.resolve(import.meta.dirname, '../../k8s/base/matching/deployment.yaml'), 'utf8');
  const value = /name: NODE_OPTIONS\s+value: "([^"]*)"/.exec(manifest)?.[1];
  if (!value) throw new Error('k8s/base/matching/deployment.yaml sets no NODE_OPTIONS for matching');
  return value.split(/\s+/).filter(Boolean);
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function timedGet(url: string, token: string): Promise<{ ms: number; status: number; body: unknown }> {
  const started = performance.now();
  const response = await fetch(baseUrl + url, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const body = await response.json();
  return { ms: performance.now() - started, status: response.status, body };
}

try {
  // The service creates these at start, with the same partitions; here they are filled before it runs.
  await createTopics(testKafka(), [centreCreatedV1, vacancyPublishedV1, volunteerRegisteredV1].map((c) => ({ topic: c.topic, numPartitions: 6 })));
  await publish(centreCreatedV1, region.centres.map((c) => ({
    subject: c.centreId,
    centreId: c.centreId,
    payload: { centreId: c.centreId, regionId: region.regionId, name: c.name, municipalities: c.municipalities, sharesVacanciesWithConsortium: c.sharesVacancies },
  })));
  const vacancies = Array.from({ length: VACANCIES }, (_, i) => region.vacancy(i));
  await publish(vacancyPublishedV1, vacancies.map((v) => ({ subject: v.vacancyId, centreId: v.centreId, payload: vacancyPayload(v) })));
  const volunteers = Array.from({ length: VOLUNTEERS }, (_, i) => region.volunteer(i));
  const publishStarted = performance.now();
  await publish(volunteerRegisteredV1, volunteers.map((v) => ({ subject: v.volunteerId, centreId: v.centreId, payload: volunteerPayload(v) })));
  notes.push(`(a) the benchmark published ${VOLUNTEERS.toLocaleString('en-US')} volunteer events in ${((performance.now() - publishStarted) / 1000).toFixed(1)} s before the service started`);

  // (a) Ingest: the topics are full when the service starts; from its first volunteer row to the last.
  const port = await freePort();
  // BENCH_PROFILE=1 writes a CPU profile of the service to bench-results/prof/ (or BENCH_PROFILE_DIR);
  // BENCH_TRACE_GC=1 its --trace-gc lines to matching-gc.log there (where the p99 comes from);
  // BENCH_SERVICE_LOG=<file> its log (otherwise dropped).
  const profDir = process.env.BENCH_PROFILE_DIR ?? path.resolve(import.meta.dirname, '../../bench-results/prof');
  fs.mkdirSync(profDir, { recursive: true });
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
  const traceGc = process.env.BENCH_TRACE_GC ? ['--trace-gc'] : [];
  const child = spawn(process.execPath, [...profile, ...traceGc, ...deployedNodeOptions(), path.resolve(import.meta.dirname, '../../apps/matching/dist/main.js')], {
  stdio: ['ignore', traceGc.length > 0 ? fs.openSync(path.join(profDir, 'matching-gc.log'), 'w') : process.env.BENCH_SERVICE_LOG ? fs.openSync(process.env.BENCH_SERVICE_LOG, 'w') : 'ignore', 'inherit'],
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    KAFKA_BROKERS: testBrokers().join(','),
    PORT: String(port),
    JWT_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    MATCHING_REGIONS: region.regionId,
    MATCHING_CONSUMER_GROUP: `bench-matching-${randomUUID()}`,
  },
});
  service = child;
  serviceExited = new Promise((resolve) => child.on('exit', resolve));
  baseUrl = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 120_000; ; ) {
    if (await fetch(`${baseUrl}/health/ready`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('matching did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  const ingest = await (async () => {
    let first: number | undefined;
    for (const deadline = Date.now() + 900_000; ; ) {
      const { rows } = await owner.query(`SELECT count(*)::int AS n FROM volunteer`);
      if (rows[0].n > 0) first ??= performance.now();
      if (rows[0].n >= VOLUNTEERS) return { seconds: (performance.now() - first!) / 1000 };
      if (Date.now() > deadline) throw new Error(`volunteer: ${rows[0].n} of ${VOLUNTEERS} rows`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  await waitForCount('vacancy', VACANCIES);
  // The index follows the change feed a moment behind the tables: (b) measures a settled service,
  // not one still applying the last batches (which would add their work and garbage to the queries).
  const settleToken = await mintDevToken({ subject: 'bench-admin', roles: ['consortium-admin'] }, { secret: SECRET });
  // Every volunteer and vacancy (b) asks for: partitions are consumed side by side, so the last
  // events published are not the last applied, and the vacancies' topic may come after.
  const settlePaths = Array.from({ length: QUERIES + 20 }, (_, i) => [
    `/v1/volunteers/${volunteers[(i * 104_729) % VOLUNTEERS]!.volunteerId}/suggestions?limit=1`,
    `/v1/vacancies/${vacancies[(i * 7919) % VACANCIES]!.vacancyId}/suggestions?limit=1`,
  ]).flat();
  // What has not arrived by the deadline never will: the run fails and says which (this is how a
  // change feed that skipped rows was found: docs/benchmarks.md, Matching, 2026-11-28 10:45).
  const settleDeadline = Date.now() + 120_000;
  const neverArrived: string[] = [];
  for (const settlePath of settlePaths) {
    for (let status = 0; status !== 200; ) {
      // A request that hangs is given up and asked again (one run stalled here once on a connection
      // whose answer the client never read), instead of hanging the benchmark.
      status = await fetch(`${baseUrl}${settlePath}`, { headers: { authorization: `Bearer ${settleToken}` }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).then(
        async (response) => (await response.arrayBuffer(), response.status),
        () => 0,
      );
      if (status === 200) break;
      if (Date.now() > settleDeadline) {
        neverArrived.push(`${settlePath} (${status})`);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  if (neverArrived.length > 0) {
    throw new Error(`${neverArrived.length} of the ${settlePaths.length} suggestions (b) asks for never became available: ${neverArrived.slice(0, 5).join(', ')}`);
  }
  results.push({ metric: '(a) volunteer events into the read model', value: VOLUNTEERS / ingest.seconds, unit: 'events/s', target: 5_000, better: 'higher' });
  notes.push(`(a) ${VOLUNTEERS.toLocaleString('en-US')} volunteer events applied in ${ingest.seconds.toFixed(1)} s (first row to last; inbox, validation, read model and index)`);
  console.log(`  (a) ${(VOLUNTEERS / ingest.seconds).toFixed(0)} events/s`);

  // (b) Top 20 through HTTP, one client: a consortium admin (every centre of the region).
  const admin = await mintDevToken({ subject: 'bench-admin', roles: ['consortium-admin'] }, { secret: SECRET });
  const forVacancy: number[] = [];
  const forVolunteer: number[] = [];
  const found: number[] = [];
  for (let i = 0; i < QUERIES + 20; i++) {
    const vacancy = vacancies[(i * 7919) % VACANCIES]!;
    const volunteer = volunteers[(i * 104_729) % VOLUNTEERS]!;
    const a = await timedGet(`/v1/vacancies/${vacancy.vacancyId}/suggestions?limit=20`, admin);
    const b = await timedGet(`/v1/volunteers/${volunteer.volunteerId}/suggestions?limit=20`, admin);
    if (a.status !== 200 || b.status !== 200) throw new Error(`suggestions answered ${a.status} / ${b.status}`);
    if (i < 20) continue; // warm-up
    forVacancy.push(a.ms);
    forVolunteer.push(b.ms);
    found.push((a.body as { suggestions: unknown[] }).suggestions.length);
  }
  forVacancy.sort((x, y) => x - y);
  forVolunteer.sort((x, y) => x - y);
  results.push(
    { metric: '(b) top-20 volunteers for a vacancy p50', value: percentile(forVacancy, 50), unit: 'ms', target: null, better: 'lower' },
    { metric: '(b) top-20 volunteers for a vacancy p99', value: percentile(forVacancy, 99), unit: 'ms', target: 20, better: 'lower' },
    { metric: '(b) top-20 vacancies for a volunteer p50', value: percentile(forVolunteer, 50), unit: 'ms', target: null, better: 'lower' },
    { metric: '(b) top-20 vacancies for a volunteer p99', value: percentile(forVolunteer, 99), unit: 'ms', target: 20, better: 'lower' },
  );
  notes.push(`(b) ${QUERIES} queries each way through HTTP (client-side time, JSON with explanations); volunteers per vacancy answer: mean ${(found.reduce((s, n) => s + n, 0) / found.length).toFixed(1)} of 20`);

  // (c) A newly published vacancy: from publishing its event to its suggestions being answered.
  const propagation: number[] = [];
  for (let i = 0; i < 20; i++) {
    const vacancy = { ...region.vacancy(VACANCIES + 1_000 + i) };
    const started = performance.now();
    await publish(vacancyPublishedV1, [{ subject: vacancy.vacancyId, centreId: vacancy.centreId, payload: vacancyPayload(vacancy) }]);
    for (;;) {
      const response = await fetch(`${baseUrl}/v1/vacancies/${vacancy.vacancyId}/suggestions?limit=20`, { headers: { authorization: `Bearer ${admin}` }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      await response.arrayBuffer();
      if (response.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    propagation.push(performance.now() - started);
  }
  propagation.sort((x, y) => x - y);
  results.push(
    { metric: '(c) vacancy published to suggestions queryable p50', value: percentile(propagation, 50), unit: 'ms', target: null, better: 'lower' },
    { metric: '(c) vacancy published to suggestions queryable max', value: propagation.at(-1)!, unit: 'ms', target: null, better: 'lower' },
  );

  // (d) Memory of the instance, holding both read models and the index.
  results.push({ metric: '(d) instance memory (RSS)', value: rssMb(service!.pid!), unit: 'MB', target: 500, better: 'lower' });
  notes.push(`(d) the service runs with the V8 options it is deployed with: ${deployedNodeOptions().join(' ')}`);

  // (e) The same queries in this process: index against a naive full scan over the same data.
  const index = new SuggestionIndex(centroids, DEFAULT_WEIGHTS);
  for (const record of region.centres) index.apply({ kind: 'centre-upsert', record });
  for (const record of vacancies) index.apply({ kind: 'vacancy-upsert', record });
  for (const record of volunteers) index.apply({ kind: 'volunteer-upsert', record, keepPause: false });
  const context = index.context(TODAY);
  const allVolunteers = volunteers.map((v) => index.matchVolunteer(v.volunteerId)!);
  const allVacancies = vacancies.map((v) => index.matchVacancy(v.vacancyId)!);
  const time = (work: () => unknown) => {
    const started = performance.now();
    work();
    return performance.now() - started;
  };
  // The timed queries are the same as before warm-up existed (i >= 0); warm-up ones are others.
  const vacancyOf = (i: number) => vacancies[((i >= 0 ? i : 1_000 - i) * 7919) % VACANCIES]!;
  const volunteerOf = (i: number) => volunteers[((i >= 0 ? i : 1_000 - i) * 104_729) % VOLUNTEERS]!;
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  // Each way of answering runs its own 100 queries after 20 warm-up ones (compiled by the JIT, its
  // data in the cache as it would be while serving), as one times two implementations. Alternating
  // them query by query makes the index pay for the cache the full scan just flushed; that figure
  // is reported too, without a target.
  const timed = (query: (i: number) => unknown) => {
    const times: number[] = [];
    for (let i = -20; i < 100; i++) {
      const took = time(() => query(i));
      if (i >= 0) times.push(took);
    }
    return times;
  };
  const kinds = {
    indexedVolunteers: (i: number) => index.topVolunteersFor(vacancyOf(i).vacancyId, 20, TODAY),
    indexedVacancies: (i: number) => index.topVacanciesFor(volunteerOf(i).volunteerId, 20, TODAY),
    naiveVolunteers: (i: number) => naiveTopVolunteers(allVolunteers, index.matchVacancy(vacancyOf(i).vacancyId)!, 20, context, DEFAULT_WEIGHTS),
    naiveVacancies: (i: number) => naiveTopVacancies(allVacancies, index.matchVolunteer(volunteerOf(i).volunteerId)!, 20, context, DEFAULT_WEIGHTS),
  };
  // A first pass of every kind untimed: the index was just built in this process, and whichever
  // kind ran first would otherwise pay for the JIT and the collection of what building left.
  for (const query of Object.values(kinds)) timed(query);
  const indexedVolunteers = timed(kinds.indexedVolunteers);
  const indexedVacancies = timed(kinds.indexedVacancies);
  const naiveVolunteers = timed(kinds.naiveVolunteers);
  const naiveVacancies = timed(kinds.naiveVacancies);
  const alternating = { indexed: [] as number[], naive: [] as number[] };
  let differences = 0;
  for (let i = -20; i < 100; i++) {
    const vacancy = vacancyOf(i);
    const volunteer = volunteerOf(i);
    const timings = { indexed: i >= 0 ? alternating.indexed : [], naive: i >= 0 ? alternating.naive : [] };
    let fast: Array<{ item: { volunteerId: string } }> = [];
    let slow: Array<{ id: string }> = [];
    timings.indexed.push(time(() => (fast = index.topVolunteersFor(vacancy.vacancyId, 20, TODAY))));
    timings.naive.push(time(() => (slow = naiveTopVolunteers(allVolunteers, index.matchVacancy(vacancy.vacancyId)!, 20, context, DEFAULT_WEIGHTS))));
    if (fast.map((r) => r.item.volunteerId).join() !== slow.map((r) => r.id).join()) differences++;
    let fastVacancies: Array<{ item: { vacancyId: string } }> = [];
    let slowVacancies: Array<{ id: string }> = [];
    timings.indexed.push(time(() => (fastVacancies = index.topVacanciesFor(volunteer.volunteerId, 20, TODAY))));
    timings.naive.push(time(() => (slowVacancies = naiveTopVacancies(allVacancies, index.matchVolunteer(volunteer.volunteerId)!, 20, context, DEFAULT_WEIGHTS))));
    if (fastVacancies.map((r) => r.item.vacancyId).join() !== slowVacancies.map((r) => r.id).join()) differences++;
  }
  const indexed = mean([...indexedVolunteers, ...indexedVacancies]);
  const naive = mean([...naiveVolunteers, ...naiveVacancies]);
  results.push(
    { metric: '(e) index top-20, mean of both directions', value: indexed, unit: 'ms', target: null, better: 'lower' },
    { metric: '(e) naive full-scan top-20, same queries', value: naive, unit: 'ms', target: null, better: 'lower' },
    { metric: '(e) speed-up of the index over the full scan', value: naive / indexed, unit: 'x', target: 20, better: 'higher' },
    { metric: '(e) speed-up, the two alternating query by query', value: mean(alternating.naive) / mean(alternating.indexed), unit: 'x', target: null, better: 'higher' },
  );
  notes.push(
    `(e) mean ms per query, index vs full scan: volunteers for a vacancy ${mean(indexedVolunteers).toFixed(3)} vs ${mean(naiveVolunteers).toFixed(2)}; ` +
      `vacancies for a volunteer ${mean(indexedVacancies).toFixed(3)} vs ${mean(naiveVacancies).toFixed(2)}`,
  );
  notes.push(
    `(e) 100 queries each way and each kind, each kind in its own loop after 20 warm-up ones (and an untimed pass of all four first); then the same alternating query by query (index ${mean(alternating.indexed).toFixed(3)} ms, full scan ${mean(alternating.naive).toFixed(2)} ms); answers differing from the full scan: ${differences} (of ${2 * 120})`,
  );
  notes.push(`${os.cpus().length} cores shared by Kafka, PostgreSQL, the service and the load generator`);
  report('matching', results, notes);
} finally {
  await producer.disconnect();
  await owner.end();
  service?.kill('SIGTERM');
  await serviceExited;
  await database.drop();
  await infrastructure.stop();
}
