// @ts-check
// `npm test`: everything, in the order a failure is cheapest to find. Lint, typecheck, unit tests,
// then integration tests against a real Kafka broker and PostgreSQL (started and stopped by the
// Jest global setup unless KAFKA_BROKERS / DATABASE_URL point at running ones).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bootstrap } from './bootstrap.mjs';

const root = path.resolve(import.meta.dirname, '..');
const jest = ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js'];
const reports = path.join(root, '.cache', 'test-reports');

/**
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 */
function run(name, command, args) {
  return new Promise((resolve) => {
    const started = Date.now();
    console.log(`\n━━ ${name} ━━`);
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
    child.on('exit', (code, signal) => resolve({ name, ok: code === 0, seconds: (Date.now() - started) / 1000, signal }));
  });
}

/** @param {string} file */
function jestCounts(file) {
  try {
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    return { passed: report.numPassedTests, failed: report.numFailedTests + report.numRuntimeErrorTestSuites };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

await bootstrap({ kafka: true });
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });
const unitReport = path.join(reports, 'unit.json');
const intReport = path.join(reports, 'int.json');

/** @type {Array<{ name: string, ok: boolean, seconds: number }>} */
const steps = [];
steps.push(/** @type {any} */ (await run('lint', process.execPath, ['tools/lint.mjs'])));
steps.push(/** @type {any} */ (await run('typecheck', process.execPath, ['node_modules/typescript/bin/tsc', '-b', 'tsconfig.json'])));
steps.push(/** @type {any} */ (await run('unit tests', process.execPath, [...jest, '-c', 'jest.unit.config.mjs', '--json', `--outputFile=${unitReport}`])));
steps.push(
  /** @type {any} */ (
    await run('integration tests (real Kafka and PostgreSQL)', process.execPath, [
      ...jest,
      '-c',
      'jest.int.config.mjs',
      '--runInBand',
      '--json',
      `--outputFile=${intReport}`,
    ])
  ),
);

const unit = jestCounts(unitReport);
const int = jestCounts(intReport);
console.log('\n━━ summary ━━');
for (const step of steps) console.log(`${step.ok ? '✔' : '✖'} ${step.name.padEnd(48)} ${step.seconds.toFixed(1)} s`);
const failedSteps = steps.filter((s) => !s.ok).length;
// Lint and typecheck count as one test each; Jest's own counts cover the rest.
const checks = steps.slice(0, 2);
const checksFailed = checks.filter((s) => !s.ok).length;
console.log(
  `tests: ${unit.passed + int.passed + checks.length - checksFailed} passed, ${unit.failed + int.failed + checksFailed} failed`,
);
process.exitCode = failedSteps > 0 ? 1 : 0;
