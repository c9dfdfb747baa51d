import { IsInt, Max, Min } from 'class-validator';

/**
 * Variables of the expiry scheduler, read once at start (loadConfig). They belong in
 * RegistrationsConfig; they live here until that file takes them.
 */
export class VacancyExpiryConfig {
  /** Pause between runs; 0 switches the scheduler off (e.g. on replicas that should only serve HTTP). */
  @IsInt({ message: '$property must be a whole number of milliseconds, 0 or more' })
  @Min(0, { message: '$property must be a whole number of milliseconds, 0 or more' })
  VACANCY_EXPIRY_INTERVAL_MS: number = 60_000;

  /** Vacancies expired per transaction. */
  @IsInt({ message: '$property must be a whole number from 1 to 10000' })
  @Min(1, { message: '$property must be a whole number from 1 to 10000' })
  @Max(10_000, { message: '$property must be a whole number from 1 to 10000' })
  VACANCY_EXPIRY_BATCH_SIZE: number = 500;
}

export const VACANCY_EXPIRY_CONFIG = Symbol('VACANCY_EXPIRY_CONFIG');
