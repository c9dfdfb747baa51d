import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Who may depend on whom. Written out on purpose: Nx's generated default (`* -> *`) enforces nothing.
//  - apps are deployables: nothing imports an app (Nx refuses app imports outright; type:app is also
//    in no allow-list below).
//  - contracts are what integrators and consumers compile against: plain classes and
//    class-validator only, never Nest, TypeORM, kafkajs or pg.
//  - platform libraries (messaging, service kit) serve every service but know none of them.
//  - scopes keep one service's code out of another's; scope:shared is for everyone.
export const depConstraints = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing'] },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing'] },
  {
    sourceTag: 'type:contracts',
    onlyDependOnLibsWithTags: ['type:contracts'],
    bannedExternalImports: ['@nestjs/*', 'typeorm', 'typeorm/*', 'kafkajs', 'pg', 'pg-*', 'express'],
  },
  // What an integrator writes: it may use nothing of the platform's code, only its published documents.
  { sourceTag: 'type:example', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:registrations', onlyDependOnLibsWithTags: ['scope:shared', 'scope:registrations'] },
  { sourceTag: 'scope:matching', onlyDependOnLibsWithTags: ['scope:shared', 'scope:matching'] },
  { sourceTag: 'scope:training', onlyDependOnLibsWithTags: ['scope:shared', 'scope:training'] },
  { sourceTag: 'scope:partnerships', onlyDependOnLibsWithTags: ['scope:shared', 'scope:partnerships'] },
  { sourceTag: 'scope:notifications', onlyDependOnLibsWithTags: ['scope:shared', 'scope:notifications'] },
];

// Tests may also use the shared test harness; production code may not.
const testDepConstraints = depConstraints.map((constraint) =>
  constraint.onlyDependOnLibsWithTags && constraint.sourceTag.startsWith('type:')
    ? { ...constraint, onlyDependOnLibsWithTags: [...new Set([...constraint.onlyDependOnLibsWithTags, 'type:testing'])] }
    : constraint,
);

/** @param {typeof depConstraints} constraints */
const boundaries = (constraints) => [
  'error',
  { enforceBuildableLibDependency: false, allow: [], depConstraints: constraints },
];

export default [
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/out-tsc/**',
      '.cache/**',
      '.data/**',
      '.nx/**',
      'bench-results/**',
      // Deliberately bad code, linted only by tools/lint/module-boundaries.spec.ts.
      'tools/lint-fixtures/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': boundaries(depConstraints),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/test/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(testDepConstraints),
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
];
