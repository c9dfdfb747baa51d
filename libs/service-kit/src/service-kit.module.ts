import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { HealthHttpController } from './health/health.http.controller.js';
import { DEFAULT_READINESS_TIMEOUT_MS } from './health/readiness-check.js';
import { CorrelationIdMiddleware } from './http/correlation-id.middleware.js';
import { createLogger } from './logging/create-logger.js';
import { createMetricsRegistry } from './metrics/create-metrics-registry.js';
import { MetricsHttpController } from './metrics/metrics.http.controller.js';
import {
  METRICS_REGISTRY,
  SERVICE_KIT_OPTIONS,
  SERVICE_LOGGER,
  type ResolvedServiceKitOptions,
  type ServiceKitOptions,
} from './service-kit.options.js';

/** Health probes, /metrics and request correlation for a service; import once, in the root module. */
@Module({})
export class ServiceKitModule implements NestModule {
  static forRoot(options: ServiceKitOptions): DynamicModule {
    const resolved = resolveOptions(options);
    return {
      module: ServiceKitModule,
      // Global so every module of the service can inject the logger and the registry.
      global: true,
      controllers: [HealthHttpController, MetricsHttpController],
      providers: [
        { provide: SERVICE_KIT_OPTIONS, useValue: resolved },
        { provide: SERVICE_LOGGER, useValue: resolved.logger },
        { provide: METRICS_REGISTRY, useValue: resolved.registry },
      ],
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
