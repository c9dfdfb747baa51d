import { BaseServiceConfig } from '@vc/service-kit';
declare const RegistrationsConfig_base: (new (...args: any[]) => {
    JWT_SECRET?: string;
    JWT_JWKS_URL?: string;
    JWT_ISSUER?: string;
    JWT_AUDIENCE?: string;
}) & typeof BaseServiceConfig;
/** JWT_SECRET / JWT_JWKS_URL / JWT_ISSUER / JWT_AUDIENCE come from the kit's auth mixin. */
export declare class RegistrationsConfig extends RegistrationsConfig_base {
    PORT: number;
    /** The non-owner role the service's queries run as, so row-level security applies to them. */
    DATABASE_APP_ROLE: string;
    /** Requests per minute per client address on public routes (self-registration, search). */
    PUBLIC_RATE_LIMIT_PER_MINUTE: number;
    /** Pause between runs of the vacancy expiry; 0 switches it off (e.g. on replicas that only serve HTTP). */
    VACANCY_EXPIRY_INTERVAL_MS: number;
    /** Vacancies expired per transaction. */
    VACANCY_EXPIRY_BATCH_SIZE: number;
    /** Pause between looks for volunteers whose pause has ended; 0 switches it off. */
    VOLUNTEER_RESUME_INTERVAL_MS: number;
}
/** What the expiry scheduler reads of the configuration. */
export type VacancyExpiryConfig = Pick<RegistrationsConfig, 'VACANCY_EXPIRY_INTERVAL_MS' | 'VACANCY_EXPIRY_BATCH_SIZE'>;
/** What the resume scheduler reads of the configuration. */
export type VolunteerResumeConfig = Pick<RegistrationsConfig, 'VOLUNTEER_RESUME_INTERVAL_MS'>;
export {};
//# sourceMappingURL=registrations.config.d.ts.map