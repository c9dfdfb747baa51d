export { BaseServiceConfig } from './config/base-service.config.js';
export { ConfigError, type ConfigProblem } from './config/config.error.js';
export { databaseUrlFromEnv, ensureDatabase } from './config/database-url.js';
export { loadConfig } from './config/load-config.js';
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
