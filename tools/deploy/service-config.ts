// The environment variables a service reads: the properties of its `<svc>.config.ts` class and of
// the service-kit classes it extends. Manifests and compose may set only these, so a renamed or
// misspelt variable fails a test instead of being silently ignored by the running service.
import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from './kafka-resources.js';

const SHARED = ['libs/service-kit/src/config/base-service.config.ts', 'libs/service-kit/src/auth/auth.config.ts'];
const PROPERTY = /^\s+(?:override\s+)?([A-Z][A-Z0-9_]+)[!?]?\s*[:=;]/gm;

function propertiesOf(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  return [...fs.readFileSync(file, 'utf8').matchAll(PROPERTY)].map((match) => match[1] ?? '');
}

export function configVariables(service: string, root = repositoryRoot): Set<string> {
  const srcDir = path.join(root, 'apps', service, 'src');
  const own = fs.existsSync(srcDir) ? fs.readdirSync(srcDir).filter((f) => f.endsWith('.config.ts')).map((f) => path.join(srcDir, f)) : [];
  return new Set([...SHARED.map((f) => path.join(root, f)), ...own].flatMap(propertiesOf));
}
