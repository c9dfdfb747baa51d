import 'reflect-metadata';
import { Body, Controller, Get, Module, Param, Post, Res, type DynamicModule } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ApiProperty } from '@nestjs/swagger';
import { createTestDatabase, migratedDataSource, testServerUrl, uniqueName, type TestDatabase } from '@vc/testing';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, ValidateNested } from 'class-validator';
import type { ServerResponse } from 'node:http';
import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  appRoleConnectionExtra,
  AuthModule,
  ConflictProblem,
  createLogger,
  createServiceApp,
  CreateIdempotencyTable1732700000100,
  CurrentPrincipal,
  deleteExpiredIdempotencyKeys,
  ensureAppRole,
  mintDevToken,
  NotFoundProblem,
  Public,
  PublicRateLimited,
  Roles,
  ServiceKitModule,
  type Principal,
  type Role,
  type ServiceLogger,
} from '../src/index.js';

const SERVICE = 'service-kit-api';
const SECRET = 'integration-test-secret-at-least-32-chars';
const AUDIENCE = 'service-kit-api';
const PROBLEM = 'https://vrijwilligers.example/problems/';

class AvailabilitySlot {
  @ApiProperty({ enum: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] })
  @IsIn(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])
  day!: string;

  @ApiProperty({ minimum: 0, maximum: 23 })
  @IsInt()
  @Min(0)
  @Max(23)
  fromHour!: number;
}

class CreateVacancyRequest {
  @ApiProperty()
  @IsString()
  @MinLength(3)
  title!: string;

  @ApiProperty({ type: [AvailabilitySlot] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AvailabilitySlot)
  availability!: AvailabilitySlot[];

  /** Makes the handler answer 200 instead of the route's 201, so a replay shows the stored status. */
  @ApiProperty({ required: false })
  @IsOptional()
  @IsBoolean()
  existing?: boolean;
}

/** A handler that can be held mid-request, to send a second request while the first still runs. */
class Gate {
  private release?: () => void;
  private entered?: () => void;
  whenEntered?: Promise<void>;
  holding?: Promise<void>;

  close(): void {
    this.holding = new Promise((resolve) => (this.release = resolve));
    this.whenEntered = new Promise((resolve) => (this.entered = resolve));
  }

  async pass(): Promise<void> {
    this.entered?.();
    await this.holding;
  }

  open(): void {
    this.release?.();
    this.holding = undefined;
  }
}

const handled = { creates: 0, failures: 0, publicSignUps: 0 };
const gate = new Gate();

@Controller('vacancies')
class VacanciesHttpController {
  @Public()
  @PublicRateLimited({ limit: 3, ttlMs: 60_000 })
  @Get('search')
  search(): { results: string[] } {
    return { results: [] };
  }

  @Roles('centre-admin', 'consultant')
  @Get('admin')
  admin(@CurrentPrincipal() principal: Principal): { subject: string } {
    return { subject: principal.subject };
  }

  @Get('me')
  me(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }

  @Get('boom')
  boom(): never {
    throw new Error('connection to 10.0.0.5 failed: password=hunter2');
  }

  @Get(':id')
  get(@Param('id') id: string): never {
    throw new NotFoundProblem('Vacancy', id);
  }

  @Post()
  async create(
    @Body() body: CreateVacancyRequest,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: ServerResponse,
  ): Promise<{ id: string; title: string; createdBy: string }> {
    handled.creates += 1;
    const id = `vacancy-${handled.creates}`;
    await gate.pass();
    if (body.existing) response.statusCode = 200;
    return { id, title: body.title, createdBy: principal.subject };
  }

  @Post('conflicting')
  conflicting(): never {
    handled.failures += 1;
    throw new ConflictProblem('The vacancy was changed meanwhile', 'stale-vacancy');
  }

  @Public()
  @Post('sign-up')
  signUp(@Body() body: CreateVacancyRequest): { signedUp: string } {
    handled.publicSignUps += 1;
    return { signedUp: body.title };
  }
}

@Module({})
class ApiTestModule {
  static with(kit: DynamicModule, ...more: DynamicModule[]): DynamicModule {
    return { module: ApiTestModule, imports: [kit, ...more], controllers: [VacanciesHttpController] };
  }
}

function capturingLogger(): { logger: ServiceLogger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger({ service: SERVICE, level: 'info', destination: { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) } });
  return { logger, lines };
}

const tokenFor = (subject: string, roles: Role[], options: { expiresIn?: string; audience?: string } = {}) =>
  mintDevToken({ subject, roles }, { secret: SECRET, audience: AUDIENCE, ...options });

const validBody = (title = 'Taalmaatje') => ({ title, availability: [{ day: 'mon', fromHour: 9 }] });

function expectProblem(response: request.Response, status: number, slug: string): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toBe('application/problem+json');
  expect(response.body).toMatchObject({ type: `${PROBLEM}${slug}`, status, title: expect.any(String) });
}

describe('API conventions of a service built with the kit (real PostgreSQL)', () => {
  const appRole = uniqueName('vc_kit_api_app');
  let database: TestDatabase;
  let owner: DataSource;
  let appDataSource: DataSource;
  let app: NestExpressApplication;
  let lines: Array<Record<string, unknown>>;
  let consultantToken: string;

  beforeAll(async () => {
    database = await createTestDatabase('service_kit_api');
    owner = await migratedDataSource(database.url, [CreateIdempotencyTable1732700000100]);
    await ensureAppRole(owner, appRole);
    // The idempotency store works through the app's own connection, which runs as the app role.
    appDataSource = await new DataSource({ type: 'postgres', url: database.url, extra: { max: 4, ...appRoleConnectionExtra(appRole) } }).initialize();
    let logger: ServiceLogger;
    ({ logger, lines } = capturingLogger());
    app = await createServiceApp(
      ApiTestModule.with(
        ServiceKitModule.forRoot({ service: SERVICE, logger, auth: { jwtSecret: SECRET, audience: AUDIENCE }, idempotency: { dataSource: appDataSource } }),
      ),
      { logger, bodyLimit: '2kb', openApi: { title: 'Kit test API', version: '1.2.3' } },
    );
    await app.init();
    consultantToken = await tokenFor('consultant-1', ['consultant']);
  });

  afterAll(async () => {
    await app?.close();
    await appDataSource?.destroy();
    await owner?.destroy();
    await database?.drop();
    const client = new pg.Client({ connectionString: testServerUrl() });
    await client.connect();
    try {
      await client.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(appRole)}`);
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database.name]);
      expect(rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });

  const http = () => request(app.getHttpServer());
  const storedKeys = () => owner.query('SELECT scope, key, response_status, response_body FROM idempotency_key ORDER BY created_at');

  describe('problem details', () => {
    it('answers an unknown route with a 404 problem whose instance is the path without its query', async () => {
      const response = await http().get('/nowhere?email=someone@example.org');

      expectProblem(response, 404, 'not-found');
      expect(response.body).toEqual({ type: `${PROBLEM}not-found`, title: 'Not Found', status: 404, detail: 'Cannot GET /nowhere?email=someone@example.org', instance: '/nowhere' });
    });

    it('answers a domain error thrown by a handler with its problem', async () => {
      const response = await http().get('/vacancies/42').auth(consultantToken, { type: 'bearer' });

      expectProblem(response, 404, 'not-found');
      expect(response.body).toEqual({ type: `${PROBLEM}not-found`, title: 'Not found', status: 404, detail: 'Vacancy 42 was not found', instance: '/vacancies/42' });
    });

    it('answers an unexpected error with a generic 500 and logs it with the correlation id, never telling the client', async () => {
      const response = await http().get('/vacancies/boom').auth(consultantToken, { type: 'bearer' }).set('x-correlation-id', 'corr-boom-1');

      expectProblem(response, 500, 'internal-error');
      expect(response.text).not.toContain('hunter2');
      expect(response.body.detail).toContain('x-correlation-id');
      const logged = lines.filter((line) => line.msg === 'request failed');
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ level: 'error', correlationId: 'corr-boom-1', path: '/vacancies/boom', status: 500, err: { message: expect.stringContaining('hunter2') } });
    });

    it('answers a body over the limit with a 413 problem before any handler runs', async () => {
      const before = handled.creates;

      const response = await http().post('/vacancies').auth(consultantToken, { type: 'bearer' }).send({ ...validBody(), title: 'x'.repeat(3000) });

      expectProblem(response, 413, 'payload-too-large');
      expect(handled.creates).toBe(before);
    });

    it('answers malformed JSON with a 400 problem', async () => {
      const response = await http().post('/vacancies').auth(consultantToken, { type: 'bearer' }).set('Content-Type', 'application/json').send('{"title": ');

      expectProblem(response, 400, 'bad-request');
    });
  });

  describe('validation', () => {
    it('answers an invalid body with one error per field, nested and array fields by dotted path', async () => {
      const response = await http()
        .post('/vacancies')
        .auth(consultantToken, { type: 'bearer' })
        .send({ title: 'x', availability: [{ day: 'mon', fromHour: 9 }, { day: 'someday', fromHour: 9, note: 'hi' }], isAdmin: true });

      expectProblem(response, 400, 'validation');
      expect(response.body).toEqual({
        type: `${PROBLEM}validation`,
        title: 'The request is not valid',
        status: 400,
        detail: '4 fields are invalid',
        instance: '/vacancies',
        errors: [
          { field: 'isAdmin', messages: ['property isAdmin should not exist'] },
          { field: 'title', messages: ['title must be longer than or equal to 3 characters'] },
          { field: 'availability.1.note', messages: ['property note should not exist'] },
          { field: 'availability.1.day', messages: ['day must be one of the following values: mon, tue, wed, thu, fri, sat, sun'] },
        ],
      });
    });
  });

  describe('authentication and roles', () => {
    it('answers a request without a token with a 401 problem and a Bearer challenge', async () => {
      const response = await http().get('/vacancies/me');

      expectProblem(response, 401, 'unauthenticated');
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(response.body.detail).toBe('This request needs a bearer token in the Authorization header');
    });

    it.each([
      ['expired', () => tokenFor('consultant-1', ['consultant'], { expiresIn: '-5m' }), 'The bearer token has expired'],
      ['for another audience', () => tokenFor('consultant-1', ['consultant'], { audience: 'matching' }), 'The bearer token is not valid'],
    ])('answers an %s token with a 401 problem naming an invalid token', async (_case, token, detail) => {
      const response = await http().get('/vacancies/me').auth(await token(), { type: 'bearer' });

      expectProblem(response, 401, 'unauthenticated');
      expect(response.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
      expect(response.body.detail).toBe(detail);
    });

    it('answers a caller without the route’s roles with a 403 problem', async () => {
      const response = await http().get('/vacancies/admin').auth(await tokenFor('volunteer-1', ['volunteer']), { type: 'bearer' });

      expectProblem(response, 403, 'forbidden');
      expect(response.body).toEqual({
        type: `${PROBLEM}forbidden`,
        title: 'Forbidden',
        status: 403,
        detail: 'This needs one of the roles centre-admin, consultant',
        instance: '/vacancies/admin',
      });
    });

    it('lets a caller with one of the roles in, and hands the handler the principal', async () => {
      const admin = await http().get('/vacancies/admin').auth(consultantToken, { type: 'bearer' });
      const me = await http().get('/vacancies/me').auth(consultantToken, { type: 'bearer' });

      expect(admin.status).toBe(200);
      expect(admin.body).toEqual({ subject: 'consultant-1' });
      expect(me.body).toEqual({ subject: 'consultant-1', roles: ['consultant'] });
    });

    it('serves public routes and the health probes without a token', async () => {
      expect((await http().get('/vacancies/search')).status).toBe(200);
      expect((await http().get('/health/live')).body).toEqual({ status: 'ok' });
    });
  });

  describe('rate limits of public routes', () => {
    it('answers the request past the limit with a 429 problem and Retry-After', async () => {
      // The search route allows 3 per minute; the previous test used one.
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await http().get('/vacancies/search')).status);
      const limited = await http().get('/vacancies/search');

      expect(statuses).toEqual([200, 200, 429]);
      expectProblem(limited, 429, 'rate-limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    });

    it('does not count routes that are not marked @PublicRateLimited()', async () => {
      const statuses = [];
      for (let i = 0; i < 8; i++) statuses.push((await http().get('/vacancies/me').auth(consultantToken, { type: 'bearer' })).status);

      expect(new Set(statuses)).toEqual(new Set([200]));
    });
  });

  describe('Idempotency-Key', () => {
    const post = (key: string | undefined, body: object, token = consultantToken) => {
      const call = http().post('/vacancies').auth(token, { type: 'bearer' });
      return key === undefined ? call.send(body) : call.set('Idempotency-Key', key).send(body);
    };

    it('replays the first answer to a repeat with the same body, without running the handler again', async () => {
      const before = handled.creates;

      const first = await post('create-1', validBody());
      const repeat = await post('create-1', validBody());

      expect(first.status).toBe(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      expect(repeat.status).toBe(201);
      expect(repeat.headers['idempotent-replayed']).toBe('true');
      expect(repeat.body).toEqual(first.body);
      expect(handled.creates).toBe(before + 1);
      expect(await owner.query(`SELECT scope, response_status, response_body FROM idempotency_key WHERE key = 'create-1'`)).toEqual([
        { scope: 'subject:consultant-1 POST /vacancies', response_status: 201, response_body: first.body },
      ]);
    });

    it('replays the status the first attempt answered, not the route’s default', async () => {
      const first = await post('create-existing', { ...validBody(), existing: true });
      const repeat = await post('create-existing', { ...validBody(), existing: true });

      expect([first.status, repeat.status]).toEqual([200, 200]);
      expect(repeat.headers['idempotent-replayed']).toBe('true');
    });

    it('answers a repeat with a different body with a 422 problem', async () => {
      await post('create-2', validBody('Maatje'));

      const reused = await post('create-2', validBody('Buddy'));

      expectProblem(reused, 422, 'idempotency-key-reused');
    });

    it('answers a repeat while the first still runs with a 409 problem, and the first still completes', async () => {
      gate.close();
      const first = post('create-3', validBody());
      const firstDone = first.then((response) => response);
      await gate.whenEntered;

      const concurrent = await post('create-3', validBody());
      gate.open();
      const firstResponse = await firstDone;

      expectProblem(concurrent, 409, 'idempotency-key-in-use');
      expect(firstResponse.status).toBe(201);
      expect((await post('create-3', validBody())).headers['idempotent-replayed']).toBe('true');
    });

    it('forgets the key of a first attempt that failed, so the client can retry with it', async () => {
      const failuresBefore = handled.failures;
      const conflicting = () => http().post('/vacancies/conflicting').auth(consultantToken, { type: 'bearer' }).set('Idempotency-Key', 'conflicting-1').send({});

      const first = await conflicting();
      const keysAfterFailure = await owner.query(`SELECT 1 FROM idempotency_key WHERE key = 'conflicting-1'`);
      const retry = await conflicting();

      expectProblem(first, 409, 'stale-vacancy');
      expect(keysAfterFailure).toEqual([]);
      expectProblem(retry, 409, 'stale-vacancy');
      expect(handled.failures).toBe(failuresBefore + 2);
    });

    it('forgets the key of a request refused by validation, so the corrected request can use it', async () => {
      const invalid = await post('create-4', { title: 'x' });
      const corrected = await post('create-4', validBody());

      expectProblem(invalid, 400, 'validation');
      expect(corrected.status).toBe(201);
      expect(corrected.headers['idempotent-replayed']).toBeUndefined();
    });

    it('keeps keys apart per caller: another subject’s identical key runs its own request', async () => {
      const mine = await post('shared-key', validBody());
      const theirs = await post('shared-key', validBody(), await tokenFor('consultant-2', ['consultant']));

      expect(theirs.status).toBe(201);
      expect(theirs.headers['idempotent-replayed']).toBeUndefined();
      expect(theirs.body.id).not.toBe(mine.body.id);
      expect(theirs.body.createdBy).toBe('consultant-2');
    });

    it('scopes keys of public routes by client IP', async () => {
      const before = handled.publicSignUps;
      const signUp = () => http().post('/vacancies/sign-up').set('Idempotency-Key', 'sign-up-1').send(validBody());

      const first = await signUp();
      const repeat = await signUp();

      expect([first.status, repeat.status]).toEqual([201, 201]);
      expect(repeat.headers['idempotent-replayed']).toBe('true');
      expect(handled.publicSignUps).toBe(before + 1);
      const [stored] = await owner.query(`SELECT scope FROM idempotency_key WHERE key = 'sign-up-1'`);
      expect(stored.scope).toMatch(/^ip:(::ffff:)?127\.0\.0\.1 POST \/vacancies\/sign-up$|^ip:::1 POST \/vacancies\/sign-up$/);
    });

    it.each([
      ['too long', 'k'.repeat(256)],
      // Control characters never get this far: Node's HTTP parser refuses them in any header.
      ['with a non-ASCII letter', 'sleutel-ë'],
    ])('answers a key %s with a 400 problem and stores nothing', async (_case, key) => {
      const before = (await storedKeys()).length;

      const response = await post(key, validBody());

      expectProblem(response, 400, 'invalid-idempotency-key');
      expect((await storedKeys()).length).toBe(before);
    });

    it('ignores the header on other methods than POST', async () => {
      const response = await http().get('/vacancies/me').auth(consultantToken, { type: 'bearer' }).set('Idempotency-Key', 'on-a-get');

      expect(response.status).toBe(200);
      expect(await owner.query(`SELECT 1 FROM idempotency_key WHERE key = 'on-a-get'`)).toEqual([]);
    });

    it('treats a key older than 24 hours as new, and the cleanup deletes such keys', async () => {
      await post('old-key', validBody('Old'));
      await owner.query(`UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = 'old-key'`);

      const reusedAfterExpiry = await post('old-key', validBody('New'));
      await post('expired-key', validBody());
      await owner.query(`UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = 'expired-key'`);
      const deleted = await deleteExpiredIdempotencyKeys(appDataSource);

      expect(reusedAfterExpiry.status).toBe(201);
      expect(reusedAfterExpiry.body.title).toBe('New');
      expect(deleted).toBe(1);
      expect(await owner.query(`SELECT key FROM idempotency_key WHERE key IN ('old-key', 'expired-key')`)).toEqual([{ key: 'old-key' }]);
    });

    it('lets a retry take over a key whose first attempt never finished (its process died)', async () => {
      await owner.query(
        `INSERT INTO idempotency_key (scope, key, request_hash, attempt_id, created_at)
         VALUES ('subject:consultant-1 POST /vacancies', 'abandoned', 'whatever', gen_random_uuid(), now() - interval '2 minutes')`,
      );

      const response = await post('abandoned', validBody());

      expect(response.status).toBe(201);
      expect(response.headers['idempotent-replayed']).toBeUndefined();
    });
  });

  describe('OpenAPI', () => {
    it('serves Swagger UI at /docs', async () => {
      const response = await http().get('/docs');

      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toContain('swagger-ui');
    });

    it('serves the document at /docs-json with bearer auth declared, public operations exempt, and the DTO schemas', async () => {
      const response = await http().get('/docs-json');

      expect(response.status).toBe(200);
      const document = response.body;
      expect(document.info).toMatchObject({ title: 'Kit test API', version: '1.2.3' });
      expect(document.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
      expect(document.security).toEqual([{ bearer: [] }]);
      expect(document.paths['/vacancies/search'].get.security).toEqual([]);
      expect(document.paths['/vacancies/sign-up'].post.security).toEqual([]);
      expect(document.paths['/vacancies/admin'].get.security).toBeUndefined();
      expect(document.paths['/vacancies/admin'].get['x-required-roles']).toEqual(['centre-admin', 'consultant']);
      expect(JSON.stringify(document)).not.toContain('x-vc-public');
      expect(document.paths['/vacancies'].post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/CreateVacancyRequest' });
      expect(document.components.schemas.AvailabilitySlot.properties.day.enum).toContain('mon');
      expect(Object.keys(document.paths).some((path) => path.startsWith('/health') || path.startsWith('/metrics'))).toBe(false);
    });
  });
});

describe('a service that configures no authentication', () => {
  it('answers a route with @Roles() with a logged 500 instead of opening it, and serves other routes', async () => {
    const { logger, lines } = capturingLogger();
    const app = await createServiceApp(ApiTestModule.with(ServiceKitModule.forRoot({ service: SERVICE, logger })), { logger });
    await app.init();
    try {
      const restricted = await request(app.getHttpServer()).get('/vacancies/admin');
      const open = await request(app.getHttpServer()).get('/vacancies/search');

      expectProblem(restricted, 500, 'internal-error');
      expect(open.status).toBe(200);
      expect(lines).toContainEqual(
        expect.objectContaining({ msg: 'request failed', err: expect.objectContaining({ message: expect.stringContaining('VacanciesHttpController.admin requires roles') }) }),
      );
    } finally {
      await app.close();
    }
  });

  it('is protected by AuthModule.forRoot imported beside ServiceKitModule', async () => {
    const { logger } = capturingLogger();
    const app = await createServiceApp(
      ApiTestModule.with(ServiceKitModule.forRoot({ service: SERVICE, logger }), AuthModule.forRoot({ jwtSecret: SECRET, audience: AUDIENCE })),
      { logger },
    );
    await app.init();
    try {
      const anonymous = await request(app.getHttpServer()).get('/vacancies/admin');
      const consultant = await request(app.getHttpServer()).get('/vacancies/admin').auth(await tokenFor('c-9', ['consultant']), { type: 'bearer' });

      expectProblem(anonymous, 401, 'unauthenticated');
      expect(consultant.status).toBe(200);
      expect(consultant.body).toEqual({ subject: 'c-9' });
    } finally {
      await app.close();
    }
  });
});
