// @ts-check
/**
 * A real single-node Apache Kafka broker (KRaft, combined broker+controller)
 * for tests and local runs, started from the official jars on Maven Central.
 *
 * Library use (tests):
 *   const kafka = await startKafka({ dataDir, port, controllerPort });
 *   ...use kafka.brokers...
 *   await kafka.stop();
 *
 * CLI use (local runs), data in <repo>/.data/kafka:
 *   node tools/infra/kafka.mjs start|stop|status
 *
 * Needs a JDK (11+, 17 recommended) and, the first time only, Maven to fetch
 * the jars into <repo>/.cache/kafka/<version>/lib.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Kafka, Partitioners, logLevel } from 'kafkajs';

export const KAFKA_VERSION = '3.9.2';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const POM_FILE = path.join(REPO_ROOT, 'tools', 'kafka', 'pom.xml');
const LOG4J_FILE = path.join(REPO_ROOT, 'tools', 'kafka', 'log4j.properties');
const LIB_DIR = path.join(REPO_ROOT, '.cache', 'kafka', KAFKA_VERSION, 'lib');
/** Written into LIB_DIR only after Maven copied every jar. */
const LIB_MARKER = '.complete';
const DEFAULT_DATA_DIR = path.join(REPO_ROOT, '.data', 'kafka');

const READY_TIMEOUT_MS = 60_000;
const READY_POLL_MS = 250;
const STOP_GRACE_MS = 20_000;

/** @typedef {(message: string) => void} Logger */

/**
 * @typedef {object} KafkaBroker
 * @property {string} brokers Bootstrap address, e.g. "127.0.0.1:9092".
 * @property {number} pid Process id of the broker JVM.
 * @property {() => Promise<void>} stop SIGTERM (controlled shutdown), SIGKILL after 20 s; removes the pid file.
 * @property {{ brokers: string, caFile: string }} [secure] The SASL_SSL listener, when one was asked for; caFile is the PEM clients trust.
 */

/**
 * A second listener that requires TLS and SCRAM-SHA-512 logins, as a production cluster does
 * (Strimzi's `tls` listener with `scram-sha-512` authentication). The broker's certificate is
 * self-signed, for 127.0.0.1, and written with the CA PEM into dataDir.
 * @typedef {object} SecureListenerOptions
 * @property {number} port
 * @property {Array<{ username: string, password: string }>} users SCRAM-SHA-512 credentials the broker accepts.
 */

/**
 * @typedef {object} StartKafkaOptions
 * @property {string} [dataDir] Where server.properties, the Kafka log dirs, kafka.out, server.log and kafka.pid live. Default <repo>/.data/kafka.
 * @property {number} [port] PLAINTEXT listener port (default 9092).
 * @property {number} [controllerPort] KRaft CONTROLLER listener port (default 9093).
 * @property {Logger} [log] Progress messages (default: silent).
 * @property {string} [heap] JVM heap for -Xms/-Xmx, e.g. "1g" or "512m" (default "1g").
 * @property {SecureListenerOptions} [secure] Also listen with SASL_SSL (tests of client security).
 */

/** @type {Logger} */
const silent = () => {};

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {string} p */
const rel = (p) => path.relative(process.cwd(), p) || '.';

/**
 * @param {unknown} err
 * @returns {string | undefined}
 */
function errorCode(err) {
  return err && typeof err === 'object' && 'code' in err ? String(err.code) : undefined;
}

/**
 * Run a command to completion, capturing its output.
 * @param {string} command
 * @param {string[]} args
 * @param {{ timeoutMs?: number }} [options] timeoutMs: SIGKILL it after this long (code is then null)
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>} rejects (e.g. ENOENT) if it cannot be started
 */
function run(command, args, { timeoutMs } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * @param {string} text
 * @param {number} [lines]
 */
function lastLines(text, lines = 30) {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * The last lines of a file, or '' if it does not exist.
 * @param {string} file
 * @param {number} [lines]
 */
function tailFile(file, lines = 30) {
  try {
    const size = fs.statSync(file).size;
    const length = Math.min(size, 64 * 1024);
    const buffer = Buffer.alloc(length);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, buffer, 0, length, size - length);
    } finally {
      fs.closeSync(fd);
    }
    return lastLines(buffer.toString('utf8'), lines);
  } catch {
    return '';
  }
}

/** Path of the java launcher: $JAVA_HOME/bin/java if JAVA_HOME is set, else java from PATH. */
function javaCommand() {
  const home = process.env['JAVA_HOME'];
  return home ? path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java') : 'java';
}

/** @type {Promise<void> | undefined} */
let javaChecked;

/** Throws a clear Error unless a usable Java runtime (11+) is available. */
function checkJava() {
  javaChecked ??= (async () => {
    const java = javaCommand();
    const where = process.env['JAVA_HOME'] ? `JAVA_HOME=${process.env['JAVA_HOME']}` : 'PATH';
    /** @type {{ code: number | null, stdout: string, stderr: string }} */
    let result;
    try {
      result = await run(java, ['-version']);
    } catch (err) {
      throw new Error(
        `No Java runtime found: install a JDK 17+ (java on PATH or JAVA_HOME) [tried ${java} from ${where}: ${errorCode(err) ?? String(err)}]`,
      );
    }
    const output = result.stderr + result.stdout;
    if (result.code !== 0) {
      throw new Error(
        `No Java runtime found: install a JDK 17+ (java on PATH or JAVA_HOME) [${java} -version exited with ${result.code}: ${lastLines(output, 5)}]`,
      );
    }
    // `version "17.0.15"`, `version "21"`, or the old `version "1.8.0_392"`.
    const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
    if (match) {
      const major = match[1] === '1' ? Number(match[2]) : Number(match[1]);
      if (major < 11) {
        throw new Error(
          `Java ${major} found (${java}), but Kafka ${KAFKA_VERSION} needs Java 11 or newer: install a JDK 17+ (java on PATH or JAVA_HOME)`,
        );
      }
    }
  })();
  // A failed check is not cached: the developer may fix it and retry in the same process.
  javaChecked.catch(() => (javaChecked = undefined));
  return javaChecked;
}

/** Throws a clear Error unless Maven is available. */
async function checkMaven() {
  try {
    const result = await run('mvn', ['-v']);
    if (result.code !== 0) {
      throw new Error(`mvn -v exited with ${result.code}: ${lastLines(result.stderr + result.stdout, 5)}`);
    }
  } catch (err) {
    const detail = errorCode(err) ?? (err instanceof Error ? err.message : String(err));
    throw new Error(`Maven not found: install Apache Maven (mvn on PATH) [${detail}]`);
  }
}

/**
 * Make sure the Kafka broker jars are in <repo>/.cache/kafka/<version>/lib,
 * resolving them from Maven Central with tools/kafka/pom.xml the first time.
 * @param {{ log?: Logger }} [options]
 * @returns {Promise<string>} the lib directory (use "<lib>/*" as classpath)
 */
export async function ensureKafkaJars({ log = silent } = {}) {
  if (fs.existsSync(path.join(LIB_DIR, LIB_MARKER))) return LIB_DIR;

  await checkJava();
  await checkMaven();

  log(`Fetching Apache Kafka ${KAFKA_VERSION} jars from Maven Central into ${rel(LIB_DIR)} (first run only)...`);
  const started = Date.now();
  // Copy into a private directory and rename it into place, so a concurrent
  // or interrupted run never leaves a half-filled lib directory behind.
  const tmpDir = `${LIB_DIR}.tmp-${process.pid}`;
  await fsp.rm(tmpDir, { recursive: true, force: true });
  await fsp.mkdir(path.dirname(LIB_DIR), { recursive: true });
  const result = await run('mvn', [
    '-q',
    '-B',
    '-Dstyle.color=never',
    '-f',
    POM_FILE,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${tmpDir}`,
  ]);
  if (result.code !== 0) {
    await fsp.rm(tmpDir, { recursive: true, force: true });
    throw new Error(
      `Maven could not resolve the Kafka ${KAFKA_VERSION} jars (mvn exited with ${result.code}); ` +
        `is Maven Central reachable?\n${lastLines(result.stdout + result.stderr)}`,
    );
  }
  const mainJar = `kafka_2.13-${KAFKA_VERSION}.jar`;
  if (!fs.existsSync(path.join(tmpDir, mainJar))) {
    await fsp.rm(tmpDir, { recursive: true, force: true });
    throw new Error(`Maven finished but ${mainJar} is missing from ${tmpDir}`);
  }
  await fsp.writeFile(path.join(tmpDir, LIB_MARKER), `${new Date().toISOString()}\n`);

  if (fs.existsSync(path.join(LIB_DIR, LIB_MARKER))) {
    // Another process finished first.
    await fsp.rm(tmpDir, { recursive: true, force: true });
  } else {
    await fsp.rm(LIB_DIR, { recursive: true, force: true }); // leftovers without marker
    try {
      await fsp.rename(tmpDir, LIB_DIR);
    } catch (err) {
      await fsp.rm(tmpDir, { recursive: true, force: true });
      if (!fs.existsSync(path.join(LIB_DIR, LIB_MARKER))) throw err;
    }
  }
  log(`Kafka jars ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return LIB_DIR;
}

/**
 * Fail with a clear message if something already listens on 127.0.0.1:port.
 * @param {number} port
 * @returns {Promise<void>}
 */
function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (err) => {
      const code = errorCode(err);
      reject(
        code === 'EADDRINUSE'
          ? new Error(
              `port ${port} is already in use: stop what listens there or set KAFKA_BROKERS to use an existing broker`,
            )
          : new Error(`cannot use port ${port} for Kafka: ${err.message}`),
      );
    });
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolve()));
  });
}

/**
 * A self-signed certificate for 127.0.0.1 in a PKCS12 keystore (the JDK's keytool), and its PEM
 * for clients to trust.
 * @param {string} dataDir
 * @returns {Promise<{ keystore: string, password: string, caFile: string }>}
 */
async function createTlsMaterial(dataDir) {
  const java = javaCommand();
  const command = java === 'java' ? 'keytool' : path.join(path.dirname(java), 'keytool');
  const keystore = path.join(dataDir, 'broker.p12');
  const caFile = path.join(dataDir, 'ca.pem');
  const password = randomUUID();
  await fsp.mkdir(dataDir, { recursive: true });
  await fsp.rm(keystore, { force: true });
  const common = ['-alias', 'broker', '-keystore', keystore, '-storetype', 'PKCS12', '-storepass', password];
  const generated = await run(command, [
    '-genkeypair', ...common, '-keypass', password, '-keyalg', 'EC', '-groupname', 'secp256r1', '-validity', '2',
    '-dname', 'CN=127.0.0.1', '-ext', 'SAN=IP:127.0.0.1,DNS:localhost',
  ]);
  if (generated.code !== 0) throw new Error(`keytool could not create the broker's certificate: ${generated.stderr || generated.stdout}`);
  const exported = await run(command, ['-exportcert', '-rfc', ...common]);
  if (exported.code !== 0) throw new Error(`keytool could not export the broker's certificate: ${exported.stderr || exported.stdout}`);
  await fsp.writeFile(caFile, exported.stdout);
  return { keystore, password, caFile };
}

/**
 * A cluster id like `kafka-storage random-uuid`: a random (v4) 16-byte UUID,
 * base64url without padding, never starting with '-'.
 */
function randomClusterId() {
  for (;;) {
    const id = Buffer.from(randomUUID().replaceAll('-', ''), 'hex').toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

/**
 * @param {{ dataDir: string, port: number, controllerPort: number, secure?: { port: number, keystore: string, password: string } }} options
 */
function serverProperties({ dataDir, port, controllerPort, secure }) {
  const secureListener = secure ? `,SASL_SSL://127.0.0.1:${secure.port}` : '';
  const secureSettings = secure
    ? `
# SASL_SSL: TLS with the self-signed certificate in ${path.basename(secure.keystore)}, SCRAM-SHA-512 logins.
sasl.enabled.mechanisms=SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
ssl.keystore.type=PKCS12
ssl.keystore.location=${secure.keystore}
ssl.keystore.password=${secure.password}
ssl.key.password=${secure.password}
`
    : '';
  return `# Written by tools/infra/kafka.mjs on every start; edits are overwritten.
# Single-node KRaft: this process is both broker and (sole) controller.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:${controllerPort}
listeners=PLAINTEXT://127.0.0.1:${port}${secureListener},CONTROLLER://127.0.0.1:${controllerPort}
advertised.listeners=PLAINTEXT://127.0.0.1:${port}${secureListener}
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT
${secureSettings}controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=${path.join(dataDir, 'logs')}

# Topics are created explicitly by the services/tests.
auto.create.topics.enable=false
num.partitions=3
default.replication.factor=1

# One broker: every internal topic has a single replica.
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=10
min.insync.replicas=1

# Fast start-up and fast consumer-group joins.
group.initial.rebalance.delay.ms=0
# The log cleaner (for compacted topics such as __consumer_offsets) would
# otherwise take a 128 MiB dedupe buffer out of the heap.
log.cleaner.dedupe.buffer.size=16777216
`;
}

/**
 * @param {string} file
 * @returns {number | undefined}
 */
function readPid(file) {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether pid is a live (non-zombie) process that looks like a Kafka broker.
 * @param {number} pid
 */
function isKafkaProcess(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    // ESRCH: gone. EPERM: exists but belongs to someone else, so it is not ours.
    return false;
  }
  if (process.platform !== 'linux') return true;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X') return false;
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('kafka.Kafka');
  } catch {
    return false; // vanished meanwhile
  }
}

/**
 * @param {string} dataDir
 * @returns {string | undefined} bootstrap address from the server.properties in dataDir
 */
function advertisedAddress(dataDir) {
  try {
    const props = fs.readFileSync(path.join(dataDir, 'server.properties'), 'utf8');
    const match = /^advertised\.listeners=PLAINTEXT:\/\/(.+)$/m.exec(props);
    return match?.[1]?.trim();
  } catch {
    return undefined;
  }
}

/**
 * Resolves once a metadata request (admin describeCluster) succeeds.
 * @param {string} address
 * @param {number} deadline epoch ms
 * @param {Promise<never>} exited rejects when the JVM exits
 */
async function waitUntilReady(address, deadline, exited) {
  let lastError = '';
  while (Date.now() < deadline) {
    const remaining = deadline - Date.now();
    const admin = new Kafka({
      clientId: 'kafka-mjs-ready-check',
      brokers: [address],
      logLevel: logLevel.NOTHING,
      connectionTimeout: Math.min(1000, remaining),
      requestTimeout: Math.max(1000, Math.min(5000, remaining)),
      retry: { retries: 0 },
    }).admin();
    try {
      const attempt = (async () => {
        await admin.connect();
        return admin.describeCluster();
      })();
      attempt.catch(() => {}); // may lose the race below
      const cluster = await Promise.race([attempt, exited]);
      if (cluster.brokers.length > 0) return;
      lastError = 'no brokers in metadata yet';
    } catch (err) {
      if (err instanceof JvmExitedError) throw err;
      lastError = err instanceof Error ? err.message : String(err);
    } finally {
      admin.disconnect().catch(() => {});
    }
    await Promise.race([sleep(READY_POLL_MS), exited]);
  }
  throw new Error(`timed out (last attempt: ${lastError || 'none'})`);
}

class JvmExitedError extends Error {}

/**
 * Right after start-up the first FindCoordinator creates __consumer_offsets
 * ("group coordinator is not available") and the first InitProducerId waits
 * for a producer-id block from the controller ("coordinator is loading").
 * KafkaJS retries both but logs them at ERROR, and the delay lands in the
 * first test. Trigger both here, silently, so the broker is fully ready.
 * @param {string} address
 * @param {number} deadline epoch ms
 * @param {Promise<never>} exited rejects when the JVM exits
 */
async function warmUp(address, deadline, exited) {
  const kafka = new Kafka({
    clientId: 'kafka-mjs-warm-up',
    brokers: [address],
    logLevel: logLevel.NOTHING,
    retry: { initialRetryTime: 100, maxRetryTime: 1000, retries: 100 },
  });
  const admin = kafka.admin();
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  /** @type {Promise<never>} */
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('consumer-group/producer-id coordinators not ready')), deadline - Date.now());
  });
  try {
    const work = (async () => {
      await admin.connect();
      await admin.describeGroups(['kafka-mjs-warm-up']);
      await producer.connect(); // idempotent: performs InitProducerId
    })();
    work.catch(() => {});
    await Promise.race([work, exited, timedOut]);
  } finally {
    clearTimeout(timer);
    await Promise.allSettled([admin.disconnect(), producer.disconnect()]);
  }
}

/**
 * Format storage once, then spawn the broker and wait until it answers.
 * @param {Required<Omit<StartKafkaOptions, 'secure'>> & Pick<StartKafkaOptions, 'secure'>} options
 * @param {{ detached: boolean }} mode detached: survive this process (CLI); else tied to it (tests)
 * @returns {Promise<KafkaBroker>}
 */
async function launch({ dataDir, port, controllerPort, log, heap, secure }, { detached }) {
  if (!/^\d+[kKmMgG]?$/.test(heap)) throw new Error(`invalid heap size "${heap}" (expected e.g. "1g" or "512m")`);
  if (port === controllerPort) throw new Error(`port and controllerPort must differ (both ${port})`);
  dataDir = path.resolve(dataDir);

  const libDir = await ensureKafkaJars({ log });
  await checkJava();

  const pidFile = path.join(dataDir, 'kafka.pid');
  const existing = readPid(pidFile);
  if (existing !== undefined) {
    if (isKafkaProcess(existing)) {
      throw new Error(
        `a Kafka broker from ${rel(dataDir)} is already running (pid ${existing}); stop it first (node tools/infra/kafka.mjs stop)`,
      );
    }
    fs.rmSync(pidFile, { force: true }); // stale
  }
  await assertPortFree(port);
  await assertPortFree(controllerPort);

  const started = Date.now();
  const deadline = started + READY_TIMEOUT_MS;
  const address = `127.0.0.1:${port}`;
  const java = javaCommand();
  const outFile = path.join(dataDir, 'kafka.out');
  const logFile = path.join(dataDir, 'server.log');
  const propsFile = path.join(dataDir, 'server.properties');
  const jvmBase = [
    `-Dkafka.logs.dir=${dataDir}`,
    `-Dlog4j.configuration=${pathToFileURL(LOG4J_FILE).href}`,
    '-Djava.awt.headless=true',
    '-cp',
    path.join(libDir, '*'),
  ];

  await fsp.mkdir(path.join(dataDir, 'logs'), { recursive: true });
  const tls = secure ? await createTlsMaterial(dataDir) : undefined;
  if (secure) await assertPortFree(secure.port);
  await fsp.writeFile(
    propsFile,
    serverProperties({ dataDir, port, controllerPort, secure: secure && tls && { port: secure.port, keystore: tls.keystore, password: tls.password } }),
  );
  // Start both output files afresh so failure messages only show this run.
  await fsp.writeFile(outFile, '');
  await fsp.writeFile(logFile, '');

  /** @param {string} why */
  const failure = (why) =>
    new Error(
      `Kafka broker on ${address} failed to start: ${why}\n` +
        `--- last lines of ${rel(outFile)} ---\n${tailFile(outFile) || '(empty)'}\n` +
        `--- last lines of ${rel(logFile)} ---\n${tailFile(logFile) || '(empty)'}`,
    );

  if (!fs.existsSync(path.join(dataDir, 'logs', 'meta.properties'))) {
    const clusterId = randomClusterId();
    log(`Formatting Kafka storage in ${rel(path.join(dataDir, 'logs'))} (cluster id ${clusterId})`);
    const result = await run(
      java,
      [
        '-Xmx256m',
        ...jvmBase,
        'kafka.tools.StorageTool',
        'format',
        '-t',
        clusterId,
        '-c',
        propsFile,
        // KRaft keeps SCRAM credentials in the metadata log; they are written with the storage.
        ...(secure?.users ?? []).flatMap(({ username, password }) => ['--add-scram', `SCRAM-SHA-512=[name=${username},password=${password}]`]),
      ],
      { timeoutMs: Math.max(1, deadline - Date.now()) },
    );
    await fsp.appendFile(outFile, result.stdout + result.stderr);
    if (result.code !== 0) {
      throw failure(
        result.code === null
          ? `kafka-storage format did not finish within ${READY_TIMEOUT_MS / 1000} s`
          : `kafka-storage format exited with ${result.code}`,
      );
    }
  }

  const out = fs.openSync(outFile, 'a');
  const child = (() => {
    try {
      return spawn(
        java,
        [
          `-Xms${heap}`,
          `-Xmx${heap}`,
          '-XX:+UseG1GC',
          '-XX:MaxGCPauseMillis=20',
          '-XX:+ExitOnOutOfMemoryError',
          ...jvmBase,
          'kafka.Kafka',
          propsFile,
        ],
        { cwd: dataDir, detached, stdio: ['ignore', out, out] },
      );
    } finally {
      fs.closeSync(out);
    }
  })();
  // Do not keep the caller's event loop alive just for the broker; library
  // callers stop() it (or the exit hooks below kill it).
  child.unref();

  /** @type {Promise<never>} */
  const exited = new Promise((_, reject) => {
    child.once('error', (err) => reject(new JvmExitedError(`could not run ${java}: ${err.message}`)));
    child.once('exit', (code, signal) =>
      reject(new JvmExitedError(`the java process exited early (${signal ?? `exit code ${code}`})`)),
    );
  });
  exited.catch(() => {});
  const pid = child.pid;

  /** @type {(() => void) | undefined} */
  let killOnExit;
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let watchdog;
  if (!detached && pid !== undefined) {
    // Our own exit (normal, process.exit, uncaught error): kill the JVM.
    killOnExit = () => {
      try {
        child.kill('SIGKILL');
      } catch {}
      try {
        watchdog?.kill('SIGKILL');
      } catch {}
      try {
        if (readPid(pidFile) === pid) fs.rmSync(pidFile, { force: true });
      } catch {}
    };
    process.on('exit', killOnExit);
    // Deaths that skip 'exit' handlers (SIGKILL, unhandled SIGTERM): a tiny
    // shell holds a pipe from us and kills the JVM once that pipe closes.
    if (process.platform !== 'win32') {
      // (On Linux it double-checks the pid is still a Kafka JVM.)
      const script = [
        'read _ && exit 0',
        'if [ -r "/proc/$1/cmdline" ] && ! grep -qa "kafka[.]Kafka" "/proc/$1/cmdline"; then exit 0; fi',
        'kill -9 "$1" 2>/dev/null',
      ].join('\n');
      const dog = spawn('/bin/sh', ['-c', script, 'kafka-watchdog', String(pid)], {
        stdio: ['pipe', 'ignore', 'ignore'],
      });
      dog.on('error', () => {});
      dog.unref();
      // Once the JVM is gone the watchdog has nothing left to guard.
      child.once('exit', () => dog.kill('SIGKILL'));
      watchdog = dog;
      const pipe = /** @type {import('node:net').Socket} */ (/** @type {unknown} */ (watchdog.stdin));
      pipe.on('error', () => {});
      pipe.unref();
    }
  }

  /** @type {Promise<void> | undefined} */
  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      if (killOnExit) process.off('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        /** @type {Promise<void>} */
        const gone = new Promise((resolve) => child.once('exit', () => resolve()));
        /**
         * Whether the JVM exited within ms.
         * @param {number} ms
         * @returns {Promise<boolean>}
         */
        const exitsWithin = async (ms) => {
          /** @type {NodeJS.Timeout | undefined} */
          let timer;
          const timedOut = new Promise((resolve) => (timer = setTimeout(resolve, ms)));
          try {
            return await Promise.race([gone.then(() => true), timedOut.then(() => false)]);
          } finally {
            clearTimeout(timer);
          }
        };
        child.kill('SIGTERM');
        if (!(await exitsWithin(STOP_GRACE_MS))) {
          log(`Kafka (pid ${pid}) did not stop within ${STOP_GRACE_MS / 1000} s; killing it`);
          child.kill('SIGKILL');
          await exitsWithin(5000);
        }
      }
      watchdog?.kill('SIGKILL');
      if (readPid(pidFile) === pid) await fsp.rm(pidFile, { force: true });
    })();
    return stopping;
  };

  if (pid === undefined) {
    await exited.catch((err) => {
      throw failure(err.message);
    });
    throw failure('the java process could not be started');
  }
  await fsp.writeFile(pidFile, `${pid}\n`);

  try {
    await waitUntilReady(address, deadline, exited);
    await warmUp(address, deadline, exited);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    await stop().catch(() => {});
    throw failure(err instanceof JvmExitedError ? why : `not ready within ${READY_TIMEOUT_MS / 1000} s: ${why}`);
  }
  log(`Kafka ${KAFKA_VERSION} ready at ${address} (pid ${pid}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { brokers: address, pid, stop, ...(secure && tls ? { secure: { brokers: `127.0.0.1:${secure.port}`, caFile: tls.caFile } } : {}) };
}

/**
 * Start a single-node KRaft Kafka broker and wait until it serves metadata.
 * The JVM is tied to this process: call stop() when done (it is also killed
 * if this process exits first).
 * @param {StartKafkaOptions} [options]
 * @returns {Promise<KafkaBroker>}
 */
export function startKafka({
  dataDir = DEFAULT_DATA_DIR,
  port = 9092,
  controllerPort = 9093,
  log = silent,
  heap = '1g',
  secure = undefined,
} = {}) {
  return launch({ dataDir, port, controllerPort, log, heap, secure }, { detached: false });
}

/**
 * Stop a broker started earlier (e.g. by `kafka.mjs start`) via its pid file.
 * @param {{ dataDir?: string, log?: Logger }} [options] log defaults to console.log
 * @returns {Promise<boolean>} whether a running broker was stopped
 */
export async function stopKafka({ dataDir = DEFAULT_DATA_DIR, log = console.log } = {}) {
  const pidFile = path.join(path.resolve(dataDir), 'kafka.pid');
  const pid = readPid(pidFile);
  if (pid === undefined || !isKafkaProcess(pid)) {
    if (pid !== undefined) fs.rmSync(pidFile, { force: true });
    log(`No Kafka broker is running from ${rel(dataDir)}`);
    return false;
  }
  log(`Stopping Kafka broker (pid ${pid})...`);
  process.kill(pid, 'SIGTERM');
  const until = Date.now() + STOP_GRACE_MS;
  while (isKafkaProcess(pid) && Date.now() < until) await sleep(200);
  if (isKafkaProcess(pid)) {
    log(`Kafka (pid ${pid}) did not stop within ${STOP_GRACE_MS / 1000} s; killing it`);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
    const killUntil = Date.now() + 5000;
    while (isKafkaProcess(pid) && Date.now() < killUntil) await sleep(100);
  }
  fs.rmSync(pidFile, { force: true });
  log('Kafka broker stopped');
  return true;
}

/**
 * Brokers from KAFKA_BROKERS ("host:port,host:port"); when set, callers use
 * that cluster instead of starting a broker.
 * @returns {string[] | undefined}
 */
export function kafkaBrokersFromEnv() {
  const brokers = (process.env['KAFKA_BROKERS'] ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  return brokers.length > 0 ? brokers : undefined;
}

/** @param {string[]} argv */
async function main(argv) {
  const [command] = argv;
  const dataDir = DEFAULT_DATA_DIR;
  const log = console.log;
  switch (command) {
    case 'start': {
      const pid = readPid(path.join(dataDir, 'kafka.pid'));
      if (pid !== undefined && isKafkaProcess(pid)) {
        log(`Kafka is already running (pid ${pid}) at ${advertisedAddress(dataDir) ?? '?'}`);
        return 0;
      }
      const broker = await launch({ dataDir, port: 9092, controllerPort: 9093, log, heap: '1g' }, { detached: true });
      log(`Kafka running in the background; bootstrap servers: ${broker.brokers}`);
      log(`Data and logs: ${rel(dataDir)}. Stop it with: node tools/infra/kafka.mjs stop`);
      return 0;
    }
    case 'stop':
      await stopKafka({ dataDir, log });
      return 0;
    case 'status': {
      const pid = readPid(path.join(dataDir, 'kafka.pid'));
      if (pid !== undefined && isKafkaProcess(pid)) {
        log(`Kafka is running (pid ${pid}) at ${advertisedAddress(dataDir) ?? '?'}`);
        return 0;
      }
      log(`Kafka is not running (data dir ${rel(dataDir)})`);
      return 3;
    }
    default:
      console.error('Usage: node tools/infra/kafka.mjs start|stop|status');
      return 2;
  }
}

/** Whether this module is the script node was started with (not an import). */
function isMainModule() {
  if (!process.argv[1]) return false;
  try {
    return fs.realpathSync.native(process.argv[1]) === fs.realpathSync.native(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainModule()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exitCode = 1;
    },
  );
}
