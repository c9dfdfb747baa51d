// `npm run docs:events`: writes everything generated from the contracts (docs/events.md, the JSON
// Schemas, the AsyncAPI document and its HTML page), so none of it can drift from the code (a test
// compares the two). It refuses to overwrite a published schema with a breaking change: that needs a
// new major version beside the old one (docs/integrators.md, Versioning).
import fs from 'node:fs';
import path from 'node:path';
import { committedSchemas, compatibilityProblems, renderContractDocs, ROOT, SCHEMAS_DIR } from './contracts/contract-docs.js';

const generated = renderContractDocs();
const problems = compatibilityProblems(generated, committedSchemas()).filter((problem) => !problem.includes('no longer generated'));
if (problems.length > 0) {
  console.error(`Breaking changes to published event schemas; nothing written:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
for (const [file, content] of generated) {
  fs.mkdirSync(path.dirname(path.join(ROOT, file)), { recursive: true });
  fs.writeFileSync(path.join(ROOT, file), content);
}
for (const file of committedSchemas().keys()) {
  if (!generated.has(file)) console.warn(`! ${file} is no longer generated: delete it only when its deprecation period is over`);
}
console.log(`wrote docs/events.md, docs/contracts/asyncapi.{json,html} and ${[...generated.keys()].filter((f) => f.startsWith(SCHEMAS_DIR)).length} schemas`);
