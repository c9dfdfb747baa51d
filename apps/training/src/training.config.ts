import { BaseServiceConfig, withAuthConfig } from '@vc/service-kit';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';

/** JWT_SECRET / JWT_JWKS_URL / JWT_ISSUER / JWT_AUDIENCE come from the kit's auth mixin. */
export class TrainingConfig extends withAuthConfig(BaseServiceConfig) {
  override PORT = 3104;

  /** The non-owner role the service's queries run as, so row-level security applies to them. */
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: '$property must be a lower-case PostgreSQL role name' })
  DATABASE_APP_ROLE = 'training_app';

  /** Kafka consumer group for the events training consumes; tests give every app instance its own. */
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: '$property must be a Kafka group id' })
  TRAINING_CONSUMER_GROUP = 'training';

  /** Requests per minute per client address on public routes (certificate verification, knowledge base). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  PUBLIC_RATE_LIMIT_PER_MINUTE = 60;

  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(200)
  DATABASE_POOL_SIZE = 10;
}
