// The environment variables a service reads: the properties of its `*.config.ts` classes (the
// service's own and its modules') and of the service-kit classes it extends. Manifests and compose
// may set only these (and NODE_OPTIONS, Node's own), so a renamed or misspelt variable fails a test
// instead of being ignored.
import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from './kafka-resources.js';

const SHARED = ['libs/service-kit/src/config/base-service.config.ts', 'libs/service-kit/src/auth/auth.config.ts'];
const PROPERTY = /^\s+(?:override\s+)?([A-Z][A-Z0-9_]+)[!?]?\s*[:=;]/gm;

function propertiesOf(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  return [...fs.readFileSync(file, 'utf8').matchAll(PROPERTY)].map((match) => match[1] ?? '');
}

function configFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return configFiles(file);
    return entry.name.endsWith('.config.ts') ? [file] : [];
  });
}

/** Read by Node.js itself, not by a config class: V8's heap sized to the container (matching). */
const RUNTIME = ['NODE_OPTIONS'];

export function configVariables(service: string, root = repositoryRoot): Set<string> {
  const own = configFiles(path.join(root, 'apps', service, 'src'));
  return new Set([...RUNTIME, ...[...SHARED.map((f) => path.join(root, f)), ...own].flatMap(propertiesOf)]);
}
