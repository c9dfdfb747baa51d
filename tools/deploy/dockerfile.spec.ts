import fs from 'node:fs';
import path from 'node:path';
import { lintDockerfile } from './dockerfile-lint.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');

describe('the service Dockerfile', () => {
  it('keeps every image rule', () => {
    expect(lintDockerfile(dockerfile)).toEqual([]);
  });

  it('builds only apps that exist, and the healthcheck script it copies is in the repository', () => {
    expect(dockerfile).toMatch(/test -f "apps\/\$\{APP\}\/package.json"/);
    expect(dockerfile).toContain('tools/deploy/healthcheck.mjs');
    expect(fs.readFileSync(path.join(root, 'tools', 'deploy', 'healthcheck.mjs'), 'utf8')).toContain("'/health/live'");
  });

  it('leaves host build output and secrets out of the build context', () => {
    const ignored = fs.readFileSync(path.join(root, '.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['**/node_modules', '**/dist', '.git', '.env', '.data']));
  });
});

describe('lintDockerfile', () => {
  const good = [
    'ARG NODE_IMAGE=node:20.20.2-bookworm-slim',
    'FROM ${NODE_IMAGE} AS build',
    'ARG APP',
    'RUN npm ci && npx tsc -b apps/${APP}/tsconfig.app.json',
    'FROM ${NODE_IMAGE} AS deps',
    'RUN npm ci --omit=dev',
    'FROM ${NODE_IMAGE}',
    'ARG APP',
    'ENV APP=${APP}',
    'COPY --from=deps /src/node_modules ./node_modules',
    'USER 1000:1000',
    'HEALTHCHECK CMD ["node", "/app/healthcheck.mjs", "/health/live"]',
    'ENTRYPOINT ["/usr/bin/tini", "--"]',
    'CMD ["node", "service/main.js"]',
  ].join('\n');
  const without = (line: string) => good.replace(`${line}\n`, '');
  const replacing = (line: string, by: string) => good.replace(line, by);

  it('accepts a file that keeps the rules', () => {
    expect(lintDockerfile(good)).toEqual([]);
  });

  it.each([
    ['a floating tag', replacing('node:20.20.2-bookworm-slim', 'node:20-slim'), /not pinned/],
    ['latest', replacing('node:20.20.2-bookworm-slim', 'node:latest'), /tag latest/],
    ['an ARG base without default', replacing('ARG NODE_IMAGE=node:20.20.2-bookworm-slim', 'ARG NODE_IMAGE'), /without a default/],
    ['no USER', without('USER 1000:1000'), /no USER/],
    ['USER root', replacing('USER 1000:1000', 'USER root'), /runs as root/],
    ['no tini', replacing('ENTRYPOINT ["/usr/bin/tini", "--"]', 'ENTRYPOINT ["node"]'), /tini/],
    ['a shell-form CMD', replacing('CMD ["node", "service/main.js"]', 'CMD node service/main.js'), /CMD must be in exec form/],
    ['no HEALTHCHECK', without('HEALTHCHECK CMD ["node", "/app/healthcheck.mjs", "/health/live"]'), /HEALTHCHECK/],
    ['a HEALTHCHECK elsewhere', replacing('/health/live', '/metrics'), /HEALTHCHECK on \/health\/live/],
    ['node_modules with devDependencies', replacing('RUN npm ci --omit=dev', 'RUN npm ci'), /production dependencies only/],
    ['a secret in ENV', replacing('ENV APP=${APP}', 'ENV APP=${APP} JWT_SECRET=abc'), /JWT_SECRET looks like a secret/],
    ['a secret ARG', replacing('ARG APP\nENV', 'ARG APP\nARG DB_PASSWORD\nENV'), /DB_PASSWORD looks like a secret/],
    ['no ARG APP in the runtime stage', replacing('ARG APP\nENV APP=${APP}', 'ENV APP=matching'), /ARG APP/],
    ['one stage', 'FROM node:20.20.2-bookworm-slim\nUSER 1000', /multi-stage/],
  ])('reports %s', (_case, content, expected) => {
    expect(lintDockerfile(content).join('\n')).toMatch(expected);
  });
});
