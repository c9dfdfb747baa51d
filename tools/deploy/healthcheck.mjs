// @ts-check
// The image's HEALTHCHECK: `node healthcheck.mjs /health/live` asks the service on its port (PORT,
// else the default in the app's package.json). Node's fetch, because the slim image has no curl.
import fs from 'node:fs';
import path from 'node:path';

const root = import.meta.dirname;
const endpoint = process.argv[2] ?? '/health/live';
const app = process.env.APP ?? '';
const port = process.env.PORT ?? JSON.parse(fs.readFileSync(path.join(root, 'apps', app, 'package.json'), 'utf8')).vc?.port;

try {
  const response = await fetch(`http://127.0.0.1:${port}${endpoint}`, { signal: AbortSignal.timeout(2500) });
  process.exit(response.ok ? 0 : 1);
} catch {
  process.exit(1);
}
