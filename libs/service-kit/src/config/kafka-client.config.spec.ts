import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BaseServiceConfig } from './base-service.config.js';
import { ConfigError } from './config.error.js';
import { kafkaClientOptionsOf } from './kafka-client.config.js';
import { loadConfig } from './load-config.js';

const config = (env: Record<string, string>) => loadConfig(BaseServiceConfig, { DATABASE_URL: 'postgres://x@db/app', KAFKA_BROKERS: 'kafka:9093', ...env });

describe('kafkaClientOptionsOf', () => {
  it('connects in plaintext by default, as the service named itself unless KAFKA_CLIENT_ID says otherwise', () => {
    expect(kafkaClientOptionsOf(config({}), 'training')).toEqual({ clientId: 'training', brokers: ['kafka:9093'] });
    expect(kafkaClientOptionsOf(config({ KAFKA_CLIENT_ID: 'training-2' }), 'training').clientId).toBe('training-2');
  });

  it('uses TLS with the CA from KAFKA_SSL_CA_FILE and SCRAM for sasl_ssl', () => {
    const caFile = path.join(mkdtempSync(path.join(tmpdir(), 'vc-ca-')), 'ca.crt');
    writeFileSync(caFile, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const options = kafkaClientOptionsOf(
      config({ KAFKA_SECURITY_PROTOCOL: 'sasl_ssl', KAFKA_SASL_USERNAME: 'training', KAFKA_SASL_PASSWORD: 'pw', KAFKA_SSL_CA_FILE: caFile }),
      'training',
    );
    expect(options.security).toEqual({
      tls: true,
      ca: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
      sasl: { mechanism: 'scram-sha-512', username: 'training', password: 'pw' },
    });
  });

  it('uses the system CAs without KAFKA_SSL_CA_FILE, and no TLS for sasl_plaintext', () => {
    expect(kafkaClientOptionsOf(config({ KAFKA_SECURITY_PROTOCOL: 'ssl' }), 'x').security).toEqual({ tls: true });
    expect(
      kafkaClientOptionsOf(config({ KAFKA_SECURITY_PROTOCOL: 'sasl_plaintext', KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' }), 'x')
        .security,
    ).toEqual({ tls: false, sasl: { mechanism: 'plain', username: 'u', password: 'p' } });
  });

  it('names KAFKA_SSL_CA_FILE when it cannot be read', () => {
    const attempt = () => kafkaClientOptionsOf(config({ KAFKA_SECURITY_PROTOCOL: 'ssl', KAFKA_SSL_CA_FILE: '/nonexistent/ca.crt' }), 'x');
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/KAFKA_SSL_CA_FILE cannot be read: ENOENT/);
  });
});
