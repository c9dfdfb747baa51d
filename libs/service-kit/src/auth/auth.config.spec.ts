import { BaseServiceConfig } from '../config/base-service.config.js';
import { ConfigError } from '../config/config.error.js';
import { loadConfig } from '../config/load-config.js';
import { authOptionsFromConfig, withAuthConfig } from './auth.config.js';

class ServiceConfig extends withAuthConfig(BaseServiceConfig) {
  override PORT = 3101;
}

const BASE_ENV = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/vc_registrations' };
const SECRET = 'a-local-secret-of-at-least-32-characters';

function problemsFor(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(ServiceConfig, { ...BASE_ENV, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map(({ problem }) => problem);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('withAuthConfig', () => {
  it('reads a secret for local runs, keeping the base variables and the service’s default port', () => {
    const config = loadConfig(ServiceConfig, { ...BASE_ENV, JWT_SECRET: SECRET, JWT_AUDIENCE: 'registrations' });

    expect(config).toMatchObject({ PORT: 3101, LOG_LEVEL: 'info', JWT_SECRET: SECRET, JWT_AUDIENCE: 'registrations' });
    expect(authOptionsFromConfig(config)).toEqual({ jwtSecret: SECRET, audience: 'registrations' });
  });

  it('reads a JWKS URL with issuer and audience for production', () => {
    const config = loadConfig(ServiceConfig, {
      ...BASE_ENV,
      JWT_JWKS_URL: 'https://id.vrijwilligers.example/.well-known/jwks.json',
      JWT_ISSUER: 'https://id.vrijwilligers.example',
      JWT_AUDIENCE: 'registrations',
    });

    expect(authOptionsFromConfig(config)).toEqual({
      jwksUrl: 'https://id.vrijwilligers.example/.well-known/jwks.json',
      issuer: 'https://id.vrijwilligers.example',
      audience: 'registrations',
    });
  });

  it('accepts a plain-HTTP JWKS URL on localhost, for a local identity provider', () => {
    expect(loadConfig(ServiceConfig, { ...BASE_ENV, JWT_JWKS_URL: 'http://localhost:8080/jwks' }).JWT_JWKS_URL).toBe('http://localhost:8080/jwks');
  });

  it.each([
    [{}, ['JWT_SECRET must be at least 32 characters long unless JWT_JWKS_URL is set (not set)']],
    [{ JWT_SECRET: 'too-short' }, ['JWT_SECRET must be at least 32 characters long unless JWT_JWKS_URL is set (got a value that is not shown)']],
    [
      { JWT_SECRET: SECRET, JWT_JWKS_URL: 'https://id.example/jwks' },
      ['JWT_JWKS_URL and JWT_SECRET must not both be set: choose one way to check tokens (got "https://id.example/jwks")'],
    ],
    [{ JWT_JWKS_URL: 'http://id.example/jwks' }, ['JWT_JWKS_URL must be an https:// URL (http:// only for localhost) (got "http://id.example/jwks")']],
    [{ JWT_JWKS_URL: 'jwks' }, ['JWT_JWKS_URL must be an https:// URL (http:// only for localhost) (got "jwks")']],
    [{ JWT_SECRET: SECRET, JWT_ISSUER: '' }, ['JWT_ISSUER must not be empty when set (got "")']],
  ])('rejects %j with a clear message that never shows the secret', (env, expected) => {
    expect(problemsFor(env)).toEqual(expected);
  });
});
