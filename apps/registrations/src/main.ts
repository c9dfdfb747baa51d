import 'reflect-metadata';
import { createLogger, databaseUrlFromEnv, installGracefulShutdown, loadConfig } from '@vc/service-kit';
import { RegistrationsConfig } from './registrations.config.js';
import { startRegistrations } from './start-registrations.js';

const config = loadConfig(RegistrationsConfig, {
  ...process.env,
  DATABASE_URL: databaseUrlFromEnv('registrations'),
});
const logger = createLogger({ service: 'registrations', level: config.LOG_LEVEL });

try {
  const running = await startRegistrations(config, logger);
  installGracefulShutdown({ logger, timeoutMs: config.SHUTDOWN_TIMEOUT_MS, steps: running.stopSteps });
  logger.info({ port: config.PORT }, 'registrations listening');
} catch (error) {
  logger.fatal({ err: error }, 'registrations failed to start');
  process.exit(1);
}
