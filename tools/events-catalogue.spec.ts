import fs from 'node:fs';
import path from 'node:path';
import { renderEventsCatalogue } from './events-catalogue.render.js';

describe('docs/events.md', () => {
  it('is what the contracts generate (run `npm run docs:events` after changing a contract)', () => {
    const committed = fs.readFileSync(path.resolve(import.meta.dirname, '../docs/events.md'), 'utf8');
    expect(committed).toBe(renderEventsCatalogue());
  });
});
