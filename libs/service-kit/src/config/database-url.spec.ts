import { databaseNameOf, databaseUrlFromEnv, withDatabase } from './database-url.js';

describe('databaseUrlFromEnv', () => {
  it.each([
    ['DATABASE_URL wins over everything', { DATABASE_URL: 'postgres://x@db/y', PGHOST: 'other' }, 'postgres://x@db/y'],
    ['defaults to the local server and vc_<service>', {}, 'postgres://postgres@127.0.0.1:5432/vc_registrations'],
    [
      'uses the libpq variables',
      { PGHOST: 'db.internal', PGPORT: '6432', PGUSER: 'app', PGPASSWORD: 'pw', PGDATABASE: 'custom' },
      'postgres://app:pw@db.internal:6432/custom',
    ],
    ['escapes credentials', { PGUSER: 'a@b', PGPASSWORD: 'p:w/@?#' }, 'postgres://a%40b:p%3Aw%2F%40%3F%23@127.0.0.1:5432/vc_registrations'],
    ['brackets an IPv6 host', { PGHOST: '::1' }, 'postgres://postgres@[::1]:5432/vc_registrations'],
    [
      'passes a Unix socket directory as ?host=',
      { PGHOST: '/var/run/postgresql' },
      'postgres://postgres@localhost:5432/vc_registrations?host=%2Fvar%2Frun%2Fpostgresql',
    ],
    ['treats an empty DATABASE_URL as unset', { DATABASE_URL: '' }, 'postgres://postgres@127.0.0.1:5432/vc_registrations'],
  ])('%s', (_case, env, expected) => {
    expect(databaseUrlFromEnv('registrations', env)).toBe(expected);
  });

  it('turns hyphens of the service name into underscores', () => {
    expect(databaseUrlFromEnv('service-kit', {})).toBe('postgres://postgres@127.0.0.1:5432/vc_service_kit');
  });
});

describe('databaseNameOf and withDatabase', () => {
  it.each([
    ['postgres://u:p@h:5432/vc_matching', 'vc_matching', 'postgres://u:p@h:5432/postgres'],
    ['postgresql://h/odd%20name?sslmode=require', 'odd name', 'postgresql://h/postgres?sslmode=require'],
    ['postgres://u@localhost/vc_x?host=%2Ftmp', 'vc_x', 'postgres://u@localhost/postgres?host=%2Ftmp'],
  ])('reads the database of %s and swaps it', (url, name, maintenanceUrl) => {
    expect(databaseNameOf(url)).toBe(name);
    expect(withDatabase(url, 'postgres')).toBe(maintenanceUrl);
  });

  it('refuses a URL without a database', () => {
    expect(() => databaseNameOf('postgres://u@h:5432')).toThrow('names no database');
  });
});
