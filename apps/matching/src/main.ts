import 'reflect-metadata';
import { createLogger, databaseUrlFromEnv, installGracefulShutdown, loadConfig } from '@vc/service-kit';
import { MatchingConfig } from './matching.config.js';
import { startMatching } from './start-matching.js';

const config = loadConfig(MatchingConfig, {
  ...process.env,
  DATABASE_URL: databaseUrlFromEnv('matching'),
});
const logger = createLogger({ service: 'matching', level: config.LOG_LEVEL });

try {
  const running = await startMatching(config, logger);
  installGracefulShutdown({ logger, timeoutMs: config.SHUTDOWN_TIMEOUT_MS, steps: running.stopSteps });
  logger.info({ port: config.PORT, regions: config.MATCHING_REGIONS }, 'matching listening');
} catch (error) {
  logger.fatal({ err: error }, 'matching failed to start');
  process.exit(1);
}
