import type { Registry } from 'prom-client';
import type { AuthOptions } from './auth/auth.options.js';
import type { ReadinessCheck } from './health/readiness-check.js';
import type { IdempotencyOptions } from './idempotency/idempotency.store.js';
import type { ServiceLogger } from './logging/create-logger.js';
import type { RateLimitOptions } from './rate-limit/fixed-window.counter.js';

export interface ServiceKitOptions {
  service: string;
  /** Created with createLogger({ service }) when omitted. */
  logger?: ServiceLogger;
  /** Created with createMetricsRegistry(service) when omitted. */
  registry?: Registry;
  readinessChecks?: ReadinessCheck[];
  /** Per check; default 2000 ms, below the usual 5 s probe timeout of Kubernetes. */
  readinessTimeoutMs?: number;
  /**
   * Bearer tokens for every route not marked @Public() (see AuthModule). Without it no route is
   * authenticated, and a route with @Roles() answers 500 rather than open up.
   */
  auth?: AuthOptions;
  /** Limits of routes marked @PublicRateLimited(); default 60 requests per minute per client IP and route. */
  publicRateLimit?: RateLimitOptions;
  /** Honour Idempotency-Key on POST, stored through this DataSource (needs CreateIdempotencyTable1732700000100). */
  idempotency?: IdempotencyOptions;
}

export interface ResolvedServiceKitOptions {
  service: string;
  logger: ServiceLogger;
  registry: Registry;
  readinessChecks: readonly ReadinessCheck[];
  readinessTimeoutMs: number;
}

export const SERVICE_KIT_OPTIONS = Symbol('SERVICE_KIT_OPTIONS');
/** Inject with `@Inject(SERVICE_LOGGER) logger: ServiceLogger`. */
export const SERVICE_LOGGER = Symbol('SERVICE_LOGGER');
/** Inject with `@Inject(METRICS_REGISTRY) registry: Registry` to register a service's own metrics. */
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');
