// @ts-check
// The services `npm start` runs: every app in apps/ whose package.json declares `vc.port`.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** @returns {Array<{ name: string, port: number, main: string }>} */
export function discoverServices() {
  const appsDir = path.join(root, 'apps');
  if (!fs.existsSync(appsDir)) return [];
  return fs
    .readdirSync(appsDir)
    .map((name) => path.join(appsDir, name, 'package.json'))
    .filter((file) => fs.existsSync(file))
    .map((file) => ({ dir: path.dirname(file), pkg: JSON.parse(fs.readFileSync(file, 'utf8')) }))
    .filter(({ pkg }) => pkg.vc?.port)
    .map(({ dir, pkg }) => ({
      name: path.basename(dir),
      port: Number(pkg.vc.port),
      main: path.join(dir, 'dist', 'main.js'),
    }))
    .sort((a, b) => a.port - b.port);
}
