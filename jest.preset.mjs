// Shared by the unit and integration configs. ts-jest compiles each file on its own
// (isolatedModules) for speed; `npm run typecheck` is where types are checked.
export const baseJestConfig = {
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata', '<rootDir>/tools/infra/jest-shadow-validation.mjs'],
  extensionsToTreatAsEsm: ['.ts'],
  // TypeScript first: a stray compiled .js beside its source must never be what a test runs.
  moduleFileExtensions: ['ts', 'mts', 'js', 'mjs', 'cjs', 'json', 'node'],
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/', '<rootDir>/.*/out-tsc/', '<rootDir>/.cache/', '<rootDir>/.data/'],
  moduleNameMapper: {
    '^@vc/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
};
