export * from './test-database.js';
export * from './test-kafka.js';
export * from './test-logger.js';
