// Everything generated from the contracts, as path → content: the events catalogue, one JSON Schema
// per event type and version, the AsyncAPI document and its HTML page. `npm run docs:events` writes
// it; a test compares it with what is committed.
import fs from 'node:fs';
import path from 'node:path';
import { producers, renderEventsCatalogue } from '../events-catalogue.render.js';
import { renderAsyncApiHtml } from './asyncapi-html.js';
import { asyncApiDocument } from './asyncapi.js';
import { breakingChanges } from './compatibility.js';
import { payloadSchemas, schemaFileOf, type JsonSchema } from './json-schemas.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCHEMAS_DIR = 'docs/contracts/schemas';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function allContracts() {
  return producers.flatMap(({ contracts }) => contracts);
}

export function renderContractDocs(): Map<string, string> {
  const schemas = payloadSchemas(allContracts());
  const document = asyncApiDocument(producers, schemas);
  const files = new Map<string, string>([['docs/events.md', renderEventsCatalogue()]]);
  for (const [contract, schema] of schemas) files.set(`${SCHEMAS_DIR}/${schemaFileOf(contract)}`, json(schema));
  files.set('docs/contracts/asyncapi.json', json(document));
  files.set('docs/contracts/asyncapi.html', renderAsyncApiHtml(document));
  return files;
}

/** The committed schemas: what integrators were given, so the baseline for the compatibility guard. */
export function committedSchemas(root = ROOT): Map<string, JsonSchema> {
  const dir = path.join(root, SCHEMAS_DIR);
  if (!fs.existsSync(dir)) return new Map();
  return new Map(
    fs
      .readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [`${SCHEMAS_DIR}/${file}`, JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as JsonSchema]),
  );
}

/**
 * Breaking changes of the generated schemas against the committed ones, and committed schemas the
 * code no longer generates (a published version may only go after its deprecation period, by
 * deleting its file on purpose).
 */
export function compatibilityProblems(generated: Map<string, string>, committed: Map<string, JsonSchema>): string[] {
  const problems: string[] = [];
  for (const [file, before] of committed) {
    const after = generated.get(file);
    const event = path.basename(file, '.json');
    if (after === undefined) {
      problems.push(`${event}: no longer generated, but it was published (delete ${file} only when its deprecation period is over)`);
      continue;
    }
    problems.push(...breakingChanges(event, before, JSON.parse(after) as JsonSchema));
  }
  return problems;
}
