import type { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ServiceLogger } from './logging/create-logger.js';
import { NestJsonLogger } from './logging/nest-json.logger.js';
import { setupOpenApi, type OpenApiOptions } from './openapi/setup-open-api.js';

export const DEFAULT_BODY_LIMIT = '100kb';

export interface CreateServiceAppOptions {
  logger: ServiceLogger;
  /** Largest JSON or form body accepted (bytes, or '100kb', '1mb'); larger ones get a 413 problem. Default 100kb. */
  bodyLimit?: string | number;
  /** Serves the OpenAPI document at `<path>-json` and Swagger UI at `<path>` (default /docs). */
  openApi?: OpenApiOptions;
  /**
   * Express's `trust proxy`. Behind an ingress set it (e.g. 1 hop), or every client shares the
   * ingress's IP for rate limits and idempotency keys of public routes.
   */
  trustProxy?: boolean | number | string;
}

/**
 * Creates the service's Nest application on Express with JSON logs, the body limit and OpenAPI.
 * Import ServiceKitModule in the app module for the rest (errors, validation, auth, …). Call
 * `listen()` yourself, then installGracefulShutdown with `app.close()` as the step that stops the HTTP server.
 */
export async function createServiceApp(
  appModule: Type<unknown> | DynamicModule,
  { logger, bodyLimit = DEFAULT_BODY_LIMIT, openApi, trustProxy }: CreateServiceAppOptions,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(appModule, {
    logger: new NestJsonLogger(logger),
    // Throw instead of process.abort(), so the caller can log the failure and exit 1.
    abortOnError: false,
    // Registered below instead, with a limit the service chooses.
    bodyParser: false,
  });
  // `+json` types too, so application/merge-patch+json and the like are parsed, not ignored.
  app.useBodyParser('json', { limit: bodyLimit, type: ['application/json', 'application/*+json'] });
  // Flat forms only: nested-object parsing (qs) is more attack surface than our APIs need.
  app.useBodyParser('urlencoded', { limit: bodyLimit, extended: false });
  if (trustProxy !== undefined) app.set('trust proxy', trustProxy);
  if (openApi) setupOpenApi(app, openApi);
  // No enableShutdownHooks(): installGracefulShutdown owns SIGTERM/SIGINT, so Nest and it don't race to exit.
  return app;
}
