import { BaseServiceConfig, withAuthConfig } from '@vc/service-kit';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';

/** JWT_SECRET / JWT_JWKS_URL / JWT_ISSUER / JWT_AUDIENCE come from the kit's auth mixin. */
export class RegistrationsConfig extends withAuthConfig(BaseServiceConfig) {
  override PORT = 3101;

  /** The non-owner role the service's queries run as, so row-level security applies to them. */
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: '$property must be a lower-case PostgreSQL role name' })
  DATABASE_APP_ROLE = 'registrations_app';

  /** Requests per minute per client address on public routes (self-registration, search). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  PUBLIC_RATE_LIMIT_PER_MINUTE = 60;

  /** Pause between runs of the vacancy expiry; 0 switches it off (e.g. on replicas that only serve HTTP). */
  @Type(() => Number)
  @IsInt({ message: '$property must be a whole number of milliseconds, 0 or more' })
  @Min(0, { message: '$property must be a whole number of milliseconds, 0 or more' })
  VACANCY_EXPIRY_INTERVAL_MS = 60_000;

  /** Vacancies expired per transaction. */
  @Type(() => Number)
  @IsInt({ message: '$property must be a whole number from 1 to 10000' })
  @Min(1, { message: '$property must be a whole number from 1 to 10000' })
  @Max(10_000, { message: '$property must be a whole number from 1 to 10000' })
  VACANCY_EXPIRY_BATCH_SIZE = 500;

  /** Pause between looks for volunteers whose pause has ended; 0 switches it off. */
  @Type(() => Number)
  @IsInt({ message: '$property must be a whole number of milliseconds, 0 or more' })
  @Min(0, { message: '$property must be a whole number of milliseconds, 0 or more' })
  VOLUNTEER_RESUME_INTERVAL_MS = 300_000;
}

/** What the expiry scheduler reads of the configuration. */
export type VacancyExpiryConfig = Pick<RegistrationsConfig, 'VACANCY_EXPIRY_INTERVAL_MS' | 'VACANCY_EXPIRY_BATCH_SIZE'>;

/** What the resume scheduler reads of the configuration. */
export type VolunteerResumeConfig = Pick<RegistrationsConfig, 'VOLUNTEER_RESUME_INTERVAL_MS'>;
