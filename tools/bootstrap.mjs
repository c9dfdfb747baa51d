// @ts-check
// First-run installer behind `npm start` and `npm test`: installs the locked npm dependencies
// when they are missing or stale, and fetches the Kafka broker jars through Maven. Imports only
// Node built-ins at the top, because it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** @param {string} message */
function fail(message) {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 11)) {
    fail(`Node.js 20.11 or newer is needed (this is ${process.versions.node}).`);
  }
}

/** npm writes node_modules/.package-lock.json on every install; older than the lockfile = stale. */
function dependenciesStale() {
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  if (!fs.existsSync(installed)) return true;
  return fs.statSync(path.join(root, 'package-lock.json')).mtimeMs > fs.statSync(installed).mtimeMs;
}

export async function bootstrap({ kafka = true } = {}) {
  checkNode();
  if (dependenciesStale()) {
    console.log('› installing npm dependencies from package-lock.json (first run)…');
    const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) fail('npm ci failed; see the output above.');
  }
  if (kafka && !process.env.KAFKA_BROKERS) {
    const { ensureKafkaJars } = await import('./infra/kafka.mjs');
    try {
      await ensureKafkaJars({ log: (line) => console.log(`› ${line}`) });
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await bootstrap({ kafka: process.argv.includes('--kafka') });
}
