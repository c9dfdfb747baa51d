import 'reflect-metadata';
import { createLogger, databaseUrlFromEnv, installGracefulShutdown, loadConfig } from '@vc/service-kit';
import { TrainingConfig } from './training.config.js';
import { startTraining } from './start-training.js';

const config = loadConfig(TrainingConfig, {
  ...process.env,
  DATABASE_URL: databaseUrlFromEnv('training'),
});
const logger = createLogger({ service: 'training', level: config.LOG_LEVEL });

try {
  const running = await startTraining(config, logger);
  installGracefulShutdown({ logger, timeoutMs: config.SHUTDOWN_TIMEOUT_MS, steps: running.stopSteps });
  logger.info({ port: config.PORT }, 'training listening');
} catch (error) {
  logger.fatal({ err: error }, 'training failed to start');
  process.exit(1);
}
