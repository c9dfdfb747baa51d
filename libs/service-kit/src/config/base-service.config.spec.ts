import { IsString } from 'class-validator';
import { BaseServiceConfig } from './base-service.config.js';
import { ConfigError } from './config.error.js';
import { loadConfig } from './load-config.js';

const VALID_ENV = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/vc_registrations' };

function problemsFor(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(BaseServiceConfig, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map(({ problem }) => problem);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig(BaseServiceConfig)', () => {
  it('reads and converts every variable', () => {
    const config = loadConfig(BaseServiceConfig, {
      PORT: '8080',
      LOG_LEVEL: 'debug',
      DATABASE_URL: 'postgresql://app:secret@db:5432/vc_matching',
      KAFKA_BROKERS: 'kafka-0:9092, kafka-1:9092,',
      KAFKA_CLIENT_ID: 'matching-noord',
      KAFKA_SECURITY_PROTOCOL: 'SASL_SSL',
      KAFKA_SASL_MECHANISM: 'SCRAM-SHA-256',
      KAFKA_SASL_USERNAME: 'matching',
      KAFKA_SASL_PASSWORD: 'secret',
      KAFKA_SSL_CA_FILE: '/etc/kafka-ca/ca.crt',
      SHUTDOWN_TIMEOUT_MS: '10000',
    });

    expect({ ...config }).toEqual({
      PORT: 8080,
      LOG_LEVEL: 'debug',
      DATABASE_URL: 'postgresql://app:secret@db:5432/vc_matching',
      KAFKA_BROKERS: ['kafka-0:9092', 'kafka-1:9092'],
      KAFKA_CLIENT_ID: 'matching-noord',
      KAFKA_SECURITY_PROTOCOL: 'sasl_ssl',
      KAFKA_SASL_MECHANISM: 'scram-sha-256',
      KAFKA_SASL_USERNAME: 'matching',
      KAFKA_SASL_PASSWORD: 'secret',
      KAFKA_SSL_CA_FILE: '/etc/kafka-ca/ca.crt',
      SHUTDOWN_TIMEOUT_MS: 10000,
    });
  });

  it('fills in defaults for everything but DATABASE_URL', () => {
    const config = loadConfig(BaseServiceConfig, VALID_ENV);

    expect(config.PORT).toBe(3000);
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092']);
    expect(config.KAFKA_CLIENT_ID).toBeUndefined();
    expect(config.KAFKA_SECURITY_PROTOCOL).toBe('plaintext');
    expect(config.KAFKA_SASL_USERNAME).toBeUndefined();
    expect(config.SHUTDOWN_TIMEOUT_MS).toBe(25000);
  });

  it('accepts a log level in any case', () => {
    expect(loadConfig(BaseServiceConfig, { ...VALID_ENV, LOG_LEVEL: 'WARN' }).LOG_LEVEL).toBe('warn');
  });

  it('ignores unrelated environment variables', () => {
    const config = loadConfig(BaseServiceConfig, { ...VALID_ENV, HOME: '/root', PATH: '/usr/bin' });

    expect(config).not.toHaveProperty('HOME');
    expect(config).not.toHaveProperty('PATH');
  });

  it('returns a frozen object, since configuration is read once at start', () => {
    expect(Object.isFrozen(loadConfig(BaseServiceConfig, VALID_ENV))).toBe(true);
  });

  it.each([
    ['PORT', 'abc', 'PORT must be an integer between 1 and 65535 (got "abc")'],
    ['PORT', '0', 'PORT must be an integer between 1 and 65535 (got "0")'],
    ['PORT', '70000', 'PORT must be an integer between 1 and 65535 (got "70000")'],
    ['PORT', '80.5', 'PORT must be an integer between 1 and 65535 (got "80.5")'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")'],
    ['DATABASE_URL', undefined, 'DATABASE_URL must be a postgres:// or postgresql:// URL (not set)'],
    ['DATABASE_URL', 'mysql://db/app', 'DATABASE_URL must be a postgres:// or postgresql:// URL (got "mysql://db/app")'],
    ['KAFKA_BROKERS', 'kafka-0', 'KAFKA_BROKERS must be a comma-separated list of host:port (got "kafka-0")'],
    ['KAFKA_BROKERS', ' , ', 'KAFKA_BROKERS must be a comma-separated list of host:port (got " , ")'],
    ['KAFKA_CLIENT_ID', '', 'KAFKA_CLIENT_ID must not be empty when set (got "")'],
    ['SHUTDOWN_TIMEOUT_MS', '-5', 'SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds, at least 1 (got "-5")'],
    ['SHUTDOWN_TIMEOUT_MS', 'soon', 'SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds, at least 1 (got "soon")'],
    ['KAFKA_SECURITY_PROTOCOL', 'tls', 'KAFKA_SECURITY_PROTOCOL must be one of plaintext, ssl, sasl_plaintext, sasl_ssl (got "tls")'],
    ['KAFKA_SASL_MECHANISM', 'gssapi', 'KAFKA_SASL_MECHANISM must be one of scram-sha-512, scram-sha-256, plain (got "gssapi")'],
  ])('rejects %s=%j with a clear message', (variable, value, expected) => {
    expect(problemsFor({ ...VALID_ENV, [variable]: value })).toEqual([expected]);
  });

  it('requires a SASL username and password when the protocol uses SASL, without showing the password', () => {
    expect(problemsFor({ ...VALID_ENV, KAFKA_SECURITY_PROTOCOL: 'sasl_ssl', KAFKA_SASL_PASSWORD: '' })).toEqual([
      'KAFKA_SASL_USERNAME is required when KAFKA_SECURITY_PROTOCOL is sasl_plaintext or sasl_ssl (not set)',
      'KAFKA_SASL_PASSWORD is required when KAFKA_SECURITY_PROTOCOL is sasl_plaintext or sasl_ssl (got a value that is not shown)',
    ]);
    expect(() => loadConfig(BaseServiceConfig, { ...VALID_ENV, KAFKA_SECURITY_PROTOCOL: 'ssl', KAFKA_SASL_PASSWORD: '' })).not.toThrow();
  });

  it('lists every bad variable at once in the error message', () => {
    const attempt = () => loadConfig(BaseServiceConfig, { PORT: 'abc', LOG_LEVEL: 'loud' });

    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT must be.*\n.*LOG_LEVEL must be.*\n.*DATABASE_URL must be/);
  });

  it('never repeats the password of a bad URL', () => {
    const [problem] = problemsFor({ DATABASE_URL: 'postgres://app:hunter2@db:5432' + ' spaces' });

    expect(problem).toContain('postgres://app:***@db');
    expect(problem).not.toContain('hunter2');
  });
});

describe('loadConfig with a service config', () => {
  class MatchingConfig extends BaseServiceConfig {
    override PORT = 3102;

    @IsString()
    MATCHING_REGIONS!: string;

    @IsString()
    SMTP_PASSWORD!: string;
  }

  it('keeps the base variables and adds its own, with its own default port', () => {
    const config = loadConfig(MatchingConfig, { ...VALID_ENV, MATCHING_REGIONS: 'noord', SMTP_PASSWORD: 's3cret' });

    expect(config).toMatchObject({ PORT: 3102, LOG_LEVEL: 'info', MATCHING_REGIONS: 'noord' });
  });

  it('does not show the value of a secret-named variable', () => {
    const config = () => loadConfig(MatchingConfig, { ...VALID_ENV, MATCHING_REGIONS: 'noord', SMTP_PASSWORD: ['x'] as unknown as string });

    expect(config).toThrow('SMTP_PASSWORD must be a string (got a value that is not shown)');
  });
});
