import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { RolesNeedAuthenticationGuard } from './auth/auth.guard.js';
import { AuthModule } from './auth/auth.module.js';
import { HealthHttpController } from './health/health.http.controller.js';
import { DEFAULT_READINESS_TIMEOUT_MS } from './health/readiness-check.js';
import { CorrelationIdMiddleware } from './http/correlation-id.middleware.js';
import { ProblemDetailsFilter } from './http/problem-details.filter.js';
import { createValidationPipe } from './http/validation.pipe.js';
import { IdempotencyModule } from './idempotency/idempotency.module.js';
import { createLogger } from './logging/create-logger.js';
import { createMetricsRegistry } from './metrics/create-metrics-registry.js';
import { MetricsHttpController } from './metrics/metrics.http.controller.js';
import { RateLimitModule } from './rate-limit/rate-limit.module.js';
import {
  METRICS_REGISTRY,
  SERVICE_KIT_OPTIONS,
  SERVICE_LOGGER,
  type ResolvedServiceKitOptions,
  type ServiceKitOptions,
} from './service-kit.options.js';

/**
 * Everything a service's HTTP side shares; import once, in the root module: health probes, /metrics,
 * request correlation, problem+json errors, validation, bearer-token auth, rate limits for public
 * routes and Idempotency-Key. createServiceApp adds what lives outside Nest's modules (body limit, OpenAPI).
 */
@Module({})
export class ServiceKitModule implements NestModule {
  static forRoot(options: ServiceKitOptions): DynamicModule {
    const resolved = resolveOptions(options);
    const imports: DynamicModule[] = [RateLimitModule.forRoot(options.publicRateLimit)];
    const providers: Provider[] = [
      { provide: SERVICE_KIT_OPTIONS, useValue: resolved },
      { provide: SERVICE_LOGGER, useValue: resolved.logger },
      { provide: METRICS_REGISTRY, useValue: resolved.registry },
      { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      { provide: APP_PIPE, useFactory: () => createValidationPipe() },
    ];
    if (options.auth) imports.push(AuthModule.forRoot(options.auth));
    else providers.push({ provide: APP_GUARD, useClass: RolesNeedAuthenticationGuard });
    if (options.idempotency) imports.push(IdempotencyModule.forRoot(options.idempotency));
    return {
      module: ServiceKitModule,
      // Global so every module of the service can inject the logger and the registry.
      global: true,
      imports,
      controllers: [HealthHttpController, MetricsHttpController],
      providers,
      exports: [SERVICE_LOGGER, METRICS_REGISTRY],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationIdMiddleware).forRoutes('*');
  }
}

function resolveOptions(options: ServiceKitOptions): ResolvedServiceKitOptions {
  const readinessChecks = options.readinessChecks ?? [];
  const names = readinessChecks.map(({ name }) => name);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate) throw new Error(`Two readiness checks are named "${duplicate}"; names key the /health/ready report`);
  return {
    service: options.service,
    logger: options.logger ?? createLogger({ service: options.service }),
    registry: options.registry ?? createMetricsRegistry(options.service),
    readinessChecks,
    readinessTimeoutMs: options.readinessTimeoutMs ?? DEFAULT_READINESS_TIMEOUT_MS,
  };
}
