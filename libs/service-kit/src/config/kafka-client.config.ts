import { readFileSync } from 'node:fs';
import type { KafkaSecurity } from '@vc/messaging';
import type { BaseServiceConfig } from './base-service.config.js';
import { ConfigError } from './config.error.js';

type KafkaFields = Pick<
  BaseServiceConfig,
  'KAFKA_BROKERS' | 'KAFKA_CLIENT_ID' | 'KAFKA_SECURITY_PROTOCOL' | 'KAFKA_SASL_MECHANISM' | 'KAFKA_SASL_USERNAME' | 'KAFKA_SASL_PASSWORD' | 'KAFKA_SSL_CA_FILE'
>;

/** What `createKafka` needs from a service's configuration; reads the CA file once, at start. */
export function kafkaClientOptionsOf(config: KafkaFields, defaultClientId: string): { clientId: string; brokers: string[]; security?: KafkaSecurity } {
  const clientId = config.KAFKA_CLIENT_ID ?? defaultClientId;
  const protocol = config.KAFKA_SECURITY_PROTOCOL;
  if (protocol === 'plaintext') return { clientId, brokers: config.KAFKA_BROKERS };
  const tls = protocol === 'ssl' || protocol === 'sasl_ssl';
  const security: KafkaSecurity = { tls };
  if (tls && config.KAFKA_SSL_CA_FILE) security.ca = readCa(config.KAFKA_SSL_CA_FILE);
  if (protocol.startsWith('sasl_')) {
    security.sasl = { mechanism: config.KAFKA_SASL_MECHANISM, username: config.KAFKA_SASL_USERNAME!, password: config.KAFKA_SASL_PASSWORD! };
  }
  return { clientId, brokers: config.KAFKA_BROKERS, security };
}

function readCa(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError([{ variable: 'KAFKA_SSL_CA_FILE', problem: `KAFKA_SSL_CA_FILE cannot be read: ${(error as Error).message}` }]);
  }
}
