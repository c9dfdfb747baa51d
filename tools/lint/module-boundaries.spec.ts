import path from 'node:path';
import { ESLint } from 'eslint';
import { prepareNx } from '../nx-offline.mjs';

const root = path.resolve(import.meta.dirname, '../..');

async function boundaryErrors(file: string): Promise<string[]> {
  // The fixtures are ignored by `npm run lint`; here they are linted on purpose.
  const eslint = new ESLint({ cwd: root, ignore: false });
  const [result] = await eslint.lintFiles([path.join(root, 'tools/lint-fixtures', file)]);
  return result.messages
    .filter((m) => m.ruleId === '@nx/enforce-module-boundaries')
    .map((m) => `${m.line}: ${m.message}`);
}

describe('module boundaries (npm run lint)', () => {
  beforeAll(async () => {
    await prepareNx();
  }, 60_000);

  it('refuses an app that imports another app', async () => {
    expect(await boundaryErrors('fixture-app-b/src/index.ts')).toEqual([
      expect.stringMatching(/^2: Imports of apps are forbidden/),
    ]);
  });

  it('refuses a platform library that imports an app', async () => {
    expect(await boundaryErrors('fixture-platform/src/index.ts')).toEqual([
      expect.stringMatching(/^2: Imports of apps are forbidden/),
    ]);
  });

  it('refuses contracts that import kafkajs, TypeORM or Nest', async () => {
    expect(await boundaryErrors('fixture-contracts/src/index.ts')).toEqual([
      expect.stringMatching(/^2: .*"type:contracts".*kafkajs/),
      expect.stringMatching(/^3: .*"type:contracts".*typeorm/),
      expect.stringMatching(/^4: .*"type:contracts".*@nestjs\/common/),
    ]);
  });

  it('refuses contracts that depend on a platform library', async () => {
    expect(await boundaryErrors('fixture-contracts/src/platform.ts')).toEqual([
      expect.stringMatching(/^2: A project tagged with "type:contracts" can only depend on libs tagged with "type:contracts"/),
    ]);
  });

  it('accepts the real libraries as they are', async () => {
    const eslint = new ESLint({ cwd: root });
    const results = await eslint.lintFiles(['libs']);
    const violations = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    expect(violations).toEqual([]);
    expect(results.length).toBeGreaterThan(10);
  }, 60_000);
});
