// Unit tests: pure logic, no broker or database. Native ESM (see docs/adr/0002-esm-and-jest.md).
import { baseJestConfig } from './jest.preset.mjs';

export default {
  ...baseJestConfig,
  displayName: 'unit',
  testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'],
};
