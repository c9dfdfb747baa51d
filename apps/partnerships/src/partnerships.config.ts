import { BaseServiceConfig, withAuthConfig } from '@vc/service-kit';
import { IsInt, Matches, Min } from 'class-validator';

/** JWT_SECRET / JWT_JWKS_URL / JWT_ISSUER / JWT_AUDIENCE come from the kit's auth mixin. */
export class PartnershipsConfig extends withAuthConfig(BaseServiceConfig) {
  override PORT = 3105;

  /** The non-owner role the service's queries run as, so row-level security applies to them. */
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: '$property must be a lower-case PostgreSQL role name' })
  DATABASE_APP_ROLE = 'partnerships_app';

  /** Consumer group for registrations' events; every instance of one deployment shares it. */
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: '$property must be a Kafka group id of letters, digits, . _ -' })
  PARTNERSHIPS_CONSUMER_GROUP = 'partnerships';

  /** Pause between runs of the overdue-contact check; 0 switches it off on this instance. */
  @IsInt({ message: '$property must be a whole number of milliseconds, 0 or more' })
  @Min(0, { message: '$property must be a whole number of milliseconds, 0 or more' })
  DEAL_FOLLOW_UP_INTERVAL_MS: number = 60_000;
}
