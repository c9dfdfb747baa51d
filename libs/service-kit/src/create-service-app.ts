import type { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ServiceLogger } from './logging/create-logger.js';
import { NestJsonLogger } from './logging/nest-json.logger.js';

export interface CreateServiceAppOptions {
  logger: ServiceLogger;
}

/**
 * Creates the service's Nest application on Express with JSON logs. Call `listen()` yourself,
 * then installGracefulShutdown with `app.close()` as the step that stops the HTTP server.
 */
export async function createServiceApp(
  appModule: Type<unknown> | DynamicModule,
  { logger }: CreateServiceAppOptions,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(appModule, {
    logger: new NestJsonLogger(logger),
    // Throw instead of process.abort(), so the caller can log the failure and exit 1.
    abortOnError: false,
  });
  // No enableShutdownHooks(): installGracefulShutdown owns SIGTERM/SIGINT, so Nest and it don't race to exit.
  return app;
}
