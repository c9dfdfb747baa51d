// Shared by the unit and integration configs. ts-jest compiles each file on its own
// (isolatedModules) for speed; `npm run typecheck` is where types are checked.
export const baseJestConfig = {
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  extensionsToTreatAsEsm: ['.ts'],
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/', '<rootDir>/.*/out-tsc/', '<rootDir>/.cache/', '<rootDir>/.data/'],
  moduleNameMapper: {
    '^@vc/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
};
