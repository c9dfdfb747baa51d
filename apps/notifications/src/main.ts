import 'reflect-metadata';
import { createLogger, databaseUrlFromEnv, installGracefulShutdown, loadConfig } from '@vc/service-kit';
import { NotificationsConfig } from './notifications.config.js';
import { startNotifications } from './start-notifications.js';

const config = loadConfig(NotificationsConfig, {
  ...process.env,
  DATABASE_URL: databaseUrlFromEnv('notifications'),
});
const logger = createLogger({ service: 'notifications', level: config.LOG_LEVEL });

try {
  const running = await startNotifications(config, logger);
  installGracefulShutdown({ logger, timeoutMs: config.SHUTDOWN_TIMEOUT_MS, steps: running.stopSteps });
  logger.info({ port: config.PORT }, 'notifications listening');
} catch (error) {
  logger.fatal({ err: error }, 'notifications failed to start');
  process.exit(1);
}
