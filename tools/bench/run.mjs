// @ts-check
// `npm run bench:<name>`: runs tools/bench/<name>.bench.ts (TypeScript through tsx, libraries
// from source) after the first-run install. Benchmarks print a table and write
// bench-results/<name>.json; they are never part of `npm test`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { bootstrap } from '../bootstrap.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const name = process.argv[2];
if (!name) {
  console.error('usage: node tools/bench/run.mjs <name>');
  process.exit(2);
}
await bootstrap({ kafka: true });
// Benchmarks run compiled code (as production does): tsx would drop the decorator metadata Nest and
// class-transformer rely on. The bench script itself runs through tsx and imports the built libs.
const build = spawn(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
if ((await new Promise((resolve) => build.on('exit', resolve))) !== 0) process.exit(1);
const child = spawn(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'tools', 'bench', `${name}.bench.ts`), ...process.argv.slice(3)],
  {
    cwd: root,
    stdio: 'inherit',
    // Legacy decorators, as everywhere in the workspace (class-validator contracts).
    env: { ...process.env, TSX_TSCONFIG_PATH: path.join(root, 'tsconfig.base.json') },
  },
);
child.on('exit', (code) => process.exit(code ?? 1));
