var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { BaseServiceConfig, withAuthConfig } from '@vc/service-kit';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
/** JWT_SECRET / JWT_JWKS_URL / JWT_ISSUER / JWT_AUDIENCE come from the kit's auth mixin. */
export class RegistrationsConfig extends withAuthConfig(BaseServiceConfig) {
    constructor() {
        super(...arguments);
        this.PORT = 3101;
        /** The non-owner role the service's queries run as, so row-level security applies to them. */
        this.DATABASE_APP_ROLE = 'registrations_app';
        /** Requests per minute per client address on public routes (self-registration, search). */
        this.PUBLIC_RATE_LIMIT_PER_MINUTE = 60;
        /** Pause between runs of the vacancy expiry; 0 switches it off (e.g. on replicas that only serve HTTP). */
        this.VACANCY_EXPIRY_INTERVAL_MS = 60_000;
        /** Vacancies expired per transaction. */
        this.VACANCY_EXPIRY_BATCH_SIZE = 500;
        /** Pause between looks for volunteers whose pause has ended; 0 switches it off. */
        this.VOLUNTEER_RESUME_INTERVAL_MS = 300_000;
    }
}
__decorate([
    Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: '$property must be a lower-case PostgreSQL role name' }),
    __metadata("design:type", Object)
], RegistrationsConfig.prototype, "DATABASE_APP_ROLE", void 0);
__decorate([
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(10_000_000),
    __metadata("design:type", Object)
], RegistrationsConfig.prototype, "PUBLIC_RATE_LIMIT_PER_MINUTE", void 0);
__decorate([
    Type(() => Number),
    IsInt({ message: '$property must be a whole number of milliseconds, 0 or more' }),
    Min(0, { message: '$property must be a whole number of milliseconds, 0 or more' }),
    __metadata("design:type", Object)
], RegistrationsConfig.prototype, "VACANCY_EXPIRY_INTERVAL_MS", void 0);
__decorate([
    Type(() => Number),
    IsInt({ message: '$property must be a whole number from 1 to 10000' }),
    Min(1, { message: '$property must be a whole number from 1 to 10000' }),
    Max(10_000, { message: '$property must be a whole number from 1 to 10000' }),
    __metadata("design:type", Object)
], RegistrationsConfig.prototype, "VACANCY_EXPIRY_BATCH_SIZE", void 0);
__decorate([
    Type(() => Number),
    IsInt({ message: '$property must be a whole number of milliseconds, 0 or more' }),
    Min(0, { message: '$property must be a whole number of milliseconds, 0 or more' }),
    __metadata("design:type", Object)
], RegistrationsConfig.prototype, "VOLUNTEER_RESUME_INTERVAL_MS", void 0);
//# sourceMappingURL=registrations.config.js.map