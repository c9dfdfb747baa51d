import 'reflect-metadata';
import { createLogger, databaseUrlFromEnv, installGracefulShutdown, loadConfig } from '@vc/service-kit';
import { PartnershipsConfig } from './partnerships.config.js';
import { startPartnerships } from './start-partnerships.js';

const config = loadConfig(PartnershipsConfig, {
  ...process.env,
  DATABASE_URL: databaseUrlFromEnv('partnerships'),
});
const logger = createLogger({ service: 'partnerships', level: config.LOG_LEVEL });

try {
  const running = await startPartnerships(config, logger);
  installGracefulShutdown({ logger, timeoutMs: config.SHUTDOWN_TIMEOUT_MS, steps: running.stopSteps });
  logger.info({ port: config.PORT }, 'partnerships listening');
} catch (error) {
  logger.fatal({ err: error }, 'partnerships failed to start');
  process.exit(1);
}
