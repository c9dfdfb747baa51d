// The demo data `npm start` loads: registrations first (the tenants and people everything else
// refers to), then every other service's `seed-<service>.ts`. Each seed checks whether its data is
// there already, so a second `npm start` adds nothing.
import fs from 'node:fs';
import path from 'node:path';
import seedRegistrations from './seed-registrations.js';

await seedRegistrations();
const order = ['matching', 'training', 'partnerships', 'notifications'];
for (const service of order) {
  const file = path.join(import.meta.dirname, `seed-${service}.ts`);
  if (!fs.existsSync(file) || !process.env[`${service.toUpperCase()}_URL`]) continue;
  const seed = (await import(`./seed-${service}.js`)) as { default: () => Promise<void> };
  await seed.default();
}
