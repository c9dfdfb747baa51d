// @ts-check
// `npm run lint`: ESLint over the workspace with Nx's module-boundary rule. The rule reads Nx's
// cached project graph and silently skips itself when there is none, so the graph is computed
// here first, offline and without the daemon.
import { ESLint } from 'eslint';
import { prepareNx } from './nx-offline.mjs';

const started = Date.now();
await prepareNx();
const eslint = new ESLint({ cwd: process.cwd() });
const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
const output = await formatter.format(results);
if (output) console.log(output);
const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
console.log(`lint: ${results.length} files, ${errors} errors (${Date.now() - started} ms)`);
process.exitCode = errors > 0 ? 1 : 0;
