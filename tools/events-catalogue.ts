// `npm run docs:events`: writes docs/events.md from the contracts, so the catalogue can't drift
// from the code (a unit test compares the two).
import fs from 'node:fs';
import path from 'node:path';
import { renderEventsCatalogue } from './events-catalogue.render.js';

const target = path.resolve(import.meta.dirname, '../docs/events.md');
fs.writeFileSync(target, renderEventsCatalogue());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
