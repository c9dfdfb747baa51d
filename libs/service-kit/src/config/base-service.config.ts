import { Transform } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';
import { LOG_LEVELS, type LogLevel } from '../logging/create-logger.js';

const HOST_PORT = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9._-]+):\d{1,5}$/;

function IsPostgresUrl(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPostgresUrl',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^postgres(ql)?:\/\/[^\s]+$/.test(value),
        defaultMessage: () => '$property must be a postgres:// or postgresql:// URL',
      },
    },
    options,
  );
}

function commaList({ value }: { value: unknown }): unknown {
  return typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item.length > 0)
    : value;
}

/**
 * What every service configures the same way. A service extends it with its own variables
 * and may change a default by re-declaring the property (`override PORT = 3101;`).
 */
const lowercase = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export const KAFKA_SECURITY_PROTOCOLS = ['plaintext', 'ssl', 'sasl_plaintext', 'sasl_ssl'] as const;
export const KAFKA_SASL_MECHANISMS = ['scram-sha-512', 'scram-sha-256', 'plain'] as const;
const usesSasl = (config: BaseServiceConfig) => config.KAFKA_SECURITY_PROTOCOL.startsWith('sasl_');
const SASL_REQUIRED = '$property is required when KAFKA_SECURITY_PROTOCOL is sasl_plaintext or sasl_ssl';

export class BaseServiceConfig {
  @IsInt({ message: '$property must be an integer between 1 and 65535' })
  @Min(1, { message: '$property must be an integer between 1 and 65535' })
  @Max(65535, { message: '$property must be an integer between 1 and 65535' })
  PORT: number = 3000;

  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsIn(LOG_LEVELS, { message: `$property must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevel = 'info';

  @IsPostgresUrl()
  DATABASE_URL!: string;

  @Transform(commaList)
  @ArrayNotEmpty({ message: '$property must be a comma-separated list of host:port' })
  @Matches(HOST_PORT, { each: true, message: '$property must be a comma-separated list of host:port' })
  KAFKA_BROKERS: string[] = ['127.0.0.1:9092'];

  @IsOptional()
  @IsString()
  @MinLength(1, { message: '$property must not be empty when set' })
  KAFKA_CLIENT_ID?: string;

  /** As Kafka's own `security.protocol`: TLS and/or SASL towards the brokers. */
  @Transform(lowercase)
  @IsIn(KAFKA_SECURITY_PROTOCOLS, { message: `$property must be one of ${KAFKA_SECURITY_PROTOCOLS.join(', ')}` })
  KAFKA_SECURITY_PROTOCOL: (typeof KAFKA_SECURITY_PROTOCOLS)[number] = 'plaintext';

  @Transform(lowercase)
  @IsIn(KAFKA_SASL_MECHANISMS, { message: `$property must be one of ${KAFKA_SASL_MECHANISMS.join(', ')}` })
  KAFKA_SASL_MECHANISM: (typeof KAFKA_SASL_MECHANISMS)[number] = 'scram-sha-512';

  @ValidateIf(usesSasl)
  @IsString({ message: SASL_REQUIRED })
  @MinLength(1, { message: SASL_REQUIRED })
  KAFKA_SASL_USERNAME?: string;

  @ValidateIf(usesSasl)
  @IsString({ message: SASL_REQUIRED })
  @MinLength(1, { message: SASL_REQUIRED })
  KAFKA_SASL_PASSWORD?: string;

  /** PEM file of the CA that signed the brokers' certificates, when the system does not trust it. */
  @IsOptional()
  @IsString()
  @MinLength(1, { message: '$property must not be empty when set' })
  KAFKA_SSL_CA_FILE?: string;

  @IsInt({ message: '$property must be a whole number of milliseconds, at least 1' })
  @Min(1, { message: '$property must be a whole number of milliseconds, at least 1' })
  SHUTDOWN_TIMEOUT_MS: number = 25_000;
}
