import { pino, type Logger } from 'pino';

/** Silent unless TEST_LOG_LEVEL asks otherwise, so failing tests can be rerun with logs. */
export function testLogger(name = 'test'): Logger {
  return pino({ name, level: process.env.TEST_LOG_LEVEL ?? 'silent' });
}
