// `npm run token -- --role consultant --centre <uuid> [--subject id] [--organisation id] [--volunteer id]`
// Mints a development JWT (HS256) for local runs with the secret `npm start` gives the services.
import { mintDevToken, ROLES, type Role } from '@vc/service-kit';
import { DEV_JWT_SECRET } from './dev-secrets.mjs';

const args = new Map<string, string>();
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) args.set(argv[i].replace(/^--/, ''), argv[i + 1]);

const role = args.get('role') as Role | undefined;
if (!role || !ROLES.includes(role)) {
  console.error(`usage: npm run token -- --role <${ROLES.join('|')}> [--centre <uuid>] [--subject <id>] [--organisation <uuid>] [--volunteer <uuid>]`);
  process.exit(2);
}
const token = await mintDevToken(
  {
    subject: args.get('subject') ?? `dev-${role}`,
    roles: [role],
    centreId: args.get('centre'),
    organisationId: args.get('organisation'),
    volunteerId: args.get('volunteer'),
  },
  { secret: process.env.JWT_SECRET ?? DEV_JWT_SECRET },
);
console.log(token);
