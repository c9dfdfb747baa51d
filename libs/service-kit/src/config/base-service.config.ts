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

  @IsInt({ message: '$property must be a whole number of milliseconds, at least 1' })
  @Min(1, { message: '$property must be a whole number of milliseconds, at least 1' })
  SHUTDOWN_TIMEOUT_MS: number = 25_000;
}
