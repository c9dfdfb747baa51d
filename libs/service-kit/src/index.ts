export { BaseServiceConfig, KAFKA_SASL_MECHANISMS, KAFKA_SECURITY_PROTOCOLS } from './config/base-service.config.js';
export { ConfigError, type ConfigProblem } from './config/config.error.js';
export { databaseUrlFromEnv, ensureDatabase } from './config/database-url.js';
export { loadConfig } from './config/load-config.js';
export { kafkaClientOptionsOf } from './config/kafka-client.config.js';
export { createServiceApp, type CreateServiceAppOptions } from './create-service-app.js';
export { databaseReadinessCheck } from './health/database.readiness-check.js';
export { HealthHttpController } from './health/health.http.controller.js';
export { kafkaReadinessCheck } from './health/kafka.readiness-check.js';
export {
  DEFAULT_READINESS_TIMEOUT_MS,
  runReadinessChecks,
  type CheckResult,
  type CheckStatus,
  type ReadinessCheck,
  type ReadinessReport,
} from './health/readiness-check.js';
export { CORRELATION_ID_HEADER, CorrelationIdMiddleware, eventContextFromHeaders } from './http/correlation-id.middleware.js';
export { createLogger, eventContextLogFields, LOG_LEVELS, type CreateLoggerOptions, type LogLevel, type ServiceLogger } from './logging/create-logger.js';
export { NestJsonLogger } from './logging/nest-json.logger.js';
export { parseTraceparent, type Traceparent } from './logging/traceparent.js';
export { createMetricsRegistry } from './metrics/create-metrics-registry.js';
export { MetricsHttpController } from './metrics/metrics.http.controller.js';
export { ServiceKitModule } from './service-kit.module.js';
export { METRICS_REGISTRY, SERVICE_LOGGER, type ServiceKitOptions } from './service-kit.options.js';
export {
  DEFAULT_SHUTDOWN_TIMEOUT_MS,
  installGracefulShutdown,
  type GracefulShutdown,
  type GracefulShutdownOptions,
  type ShutdownLogger,
  type ShutdownStep,
  type SignalSource,
  type ShutdownTimers,
} from './shutdown/graceful-shutdown.js';
export { DEFAULT_BODY_LIMIT } from './create-service-app.js';
export { DomainProblem, ConflictProblem, ForbiddenProblem, InvalidTransitionProblem, NotFoundProblem, UnprocessableProblem, type DomainProblemInit } from './http/domain-problem.js';
export { INTERNAL_ERROR_DETAIL, problemFromException, slugForStatus, type ProblemResponse } from './http/exception-to-problem.js';
export { PROBLEM_CONTENT_TYPE, PROBLEM_TYPE_BASE, problemType, type FieldError, type ProblemDetails } from './http/problem-details.js';
export { ProblemDetailsFilter } from './http/problem-details.filter.js';
export { createValidationPipe, fieldErrorsOf, ValidationProblem } from './http/validation.pipe.js';
export { authOptionsFromConfig, withAuthConfig, type AuthConfigFields } from './auth/auth.config.js';
export { CurrentPrincipal, IS_PUBLIC, Public, REQUIRED_ROLES, Roles } from './auth/auth.decorators.js';
export { assertHasRole, AuthGuard, bearerTokenOf, RolesNeedAuthenticationGuard, routeAccess, type RouteAccess } from './auth/auth.guard.js';
export { AuthModule } from './auth/auth.module.js';
export { MIN_JWT_SECRET_LENGTH, TOKEN_VERIFIER, type AuthOptions } from './auth/auth.options.js';
export { mintDevToken, type MintDevTokenOptions } from './auth/dev-token.js';
export type { Principal, RequestWithPrincipal } from './auth/principal.js';
export { isRole, ROLES, type Role } from './auth/roles.js';
export { assertValidAuthOptions, principalFromClaims, TokenVerifier } from './auth/token-verifier.js';
export { UnauthenticatedProblem } from './auth/unauthenticated.problem.js';
export { appRoleConnectionExtra, ensureAppRole } from './tenancy/app-role.js';
export { runInTenant, type TenantScope } from './tenancy/run-in-tenant.js';
export { CENTRE_SETTING, CONSORTIUM_SETTING, dropTenantIsolationSql, TENANT_POLICY, tenantIsolationSql } from './tenancy/tenant-isolation.sql.js';
export { CreateIdempotencyTable1732700000100 } from './idempotency/idempotency-table.migration.js';
export {
  canonicalJson,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  InvalidIdempotencyKeyProblem,
  isValidIdempotencyKey,
  requestFingerprint,
} from './idempotency/idempotency-key.js';
export { IdempotencyInterceptor } from './idempotency/idempotency.interceptor.js';
export { IdempotencyModule } from './idempotency/idempotency.module.js';
export {
  deleteExpiredIdempotencyKeys,
  IDEMPOTENCY_IN_PROGRESS_TIMEOUT_MS,
  IDEMPOTENCY_KEY_TTL_MS,
  IdempotencyStore,
  type IdempotencyClaim,
  type IdempotencyOptions,
} from './idempotency/idempotency.store.js';
export { FixedWindowCounter, type RateLimitHit, type RateLimitOptions } from './rate-limit/fixed-window.counter.js';
export { PUBLIC_RATE_LIMIT, PublicRateLimited, RATE_LIMIT_OPTIONS, RateLimitGuard } from './rate-limit/rate-limit.guard.js';
export { DEFAULT_PUBLIC_RATE_LIMIT, publicRateLimit, RateLimitModule } from './rate-limit/rate-limit.module.js';
export { RateLimitedProblem } from './rate-limit/rate-limited.problem.js';
export { OPENAPI_BEARER_SCHEME, setupOpenApi, type OpenApiOptions } from './openapi/setup-open-api.js';
export { composeDecorators, ExpectList, ExpectObject, IsNonBlankText, IsOmittable, Trimmed } from './http/request-decorators.js';
export { addDays, todayInAmsterdam } from './time/amsterdam-date.js';
export { PeriodicJob } from './scheduling/periodic-job.js';
export { createServiceDataSource, isUniqueViolation, prepareServiceDatabase, queryPrepared, returnedRows } from './database/service-database.js';
