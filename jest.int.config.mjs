// Integration tests against a real Kafka broker and a real PostgreSQL. The global setup starts
// both unless KAFKA_BROKERS / DATABASE_URL point at existing ones.
import { baseJestConfig } from './jest.preset.mjs';

export default {
  ...baseJestConfig,
  displayName: 'int',
  testMatch: ['<rootDir>/{apps,libs,tools,examples}/**/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/tools/infra/jest-global-setup.mjs',
  globalTeardown: '<rootDir>/tools/infra/jest-global-teardown.mjs',
  testSequencer: '<rootDir>/tools/infra/jest-int-sequencer.mjs',
  testTimeout: 120_000,
};
