import { BadRequestException, ForbiddenException, HttpException, InternalServerErrorException, NotFoundException, PayloadTooLargeException, UnauthorizedException } from '@nestjs/common';
import { UnauthenticatedProblem } from '../auth/unauthenticated.problem.js';
import { RateLimitedProblem } from '../rate-limit/rate-limited.problem.js';
import { ConflictProblem, DomainProblem, ForbiddenProblem, InvalidTransitionProblem, NotFoundProblem, UnprocessableProblem } from './domain-problem.js';
import { INTERNAL_ERROR_DETAIL, problemFromException } from './exception-to-problem.js';
import { ValidationProblem } from './validation.pipe.js';

const BASE = 'https://vrijwilligers.example/problems/';
const INSTANCE = '/vacancies/42';

describe('problemFromException', () => {
  it.each([
    [
      'NotFoundProblem',
      new NotFoundProblem('Vacancy', '42'),
      { type: `${BASE}not-found`, title: 'Not found', status: 404, detail: 'Vacancy 42 was not found' },
    ],
    [
      'ConflictProblem with the default slug',
      new ConflictProblem('The organisation is already verified'),
      { type: `${BASE}conflict`, title: 'Conflict', status: 409, detail: 'The organisation is already verified' },
    ],
    [
      'ConflictProblem with its own slug',
      new ConflictProblem('KvK number 12345678 is registered already', 'duplicate-kvk-number'),
      { type: `${BASE}duplicate-kvk-number`, title: 'Conflict', status: 409, detail: 'KvK number 12345678 is registered already' },
    ],
    ['ForbiddenProblem', new ForbiddenProblem(), { type: `${BASE}forbidden`, title: 'Forbidden', status: 403, detail: 'You are not allowed to do this' }],
    [
      'InvalidTransitionProblem, with from and to as extra members',
      new InvalidTransitionProblem('declined', 'started'),
      { type: `${BASE}invalid-transition`, title: 'Invalid state transition', status: 409, detail: 'Cannot go from declined to started', from: 'declined', to: 'started' },
    ],
    [
      'UnprocessableProblem',
      new UnprocessableProblem('A one-off activity needs a date', 'activity-without-date'),
      { type: `${BASE}activity-without-date`, title: 'Unprocessable content', status: 422, detail: 'A one-off activity needs a date' },
    ],
    [
      'ValidationProblem, with its field errors',
      new ValidationProblem([{ field: 'title', messages: ['title should not be empty'] }]),
      {
        type: `${BASE}validation`,
        title: 'The request is not valid',
        status: 400,
        detail: '1 field is invalid',
        errors: [{ field: 'title', messages: ['title should not be empty'] }],
      },
    ],
    [
      'a DomainProblem without detail',
      new DomainProblem({ status: 410, slug: 'vacancy-closed', title: 'Vacancy closed' }),
      { type: `${BASE}vacancy-closed`, title: 'Vacancy closed', status: 410 },
    ],
  ])('maps %s', (_case, exception, expected) => {
    const { problem, serverFault } = problemFromException(exception, INSTANCE);

    expect(problem).toEqual({ ...expected, instance: INSTANCE });
    expect(serverFault).toBe(false);
  });

  it.each([
    ['404 of an unknown route', new NotFoundException('Cannot GET /nope'), 404, 'not-found', 'Not Found', 'Cannot GET /nope'],
    ['401', new UnauthorizedException(), 401, 'unauthenticated', 'Unauthorized', 'Unauthorized'],
    ['403', new ForbiddenException(), 403, 'forbidden', 'Forbidden', 'Forbidden'],
    ['413 from the body parser', new PayloadTooLargeException('request entity too large'), 413, 'payload-too-large', 'Payload Too Large', 'request entity too large'],
    ['429 from another guard', new HttpException('ThrottlerException: Too Many Requests', 429), 429, 'rate-limited', 'Too Many Requests', 'ThrottlerException: Too Many Requests'],
    ['400 with a list of messages', new BadRequestException(['a is bad', 'b is bad']), 400, 'bad-request', 'Bad Request', 'a is bad; b is bad'],
    ['an unusual status', new HttpException('teapot', 418), 418, 'i-m-a-teapot', "I'm a Teapot", 'teapot'],
  ])('maps Nest’s HttpException: %s', (_case, exception, status, slug, title, detail) => {
    const { problem, serverFault } = problemFromException(exception, INSTANCE);

    expect(problem).toEqual({ type: `${BASE}${slug}`, title, status, detail, instance: INSTANCE });
    expect(serverFault).toBe(false);
  });

  it.each([
    ['an Error', new Error('connection to 10.0.0.5:5432 refused for user registrations')],
    ['a thrown string', 'password=hunter2'],
    ['undefined', undefined],
    ['an InternalServerErrorException', new InternalServerErrorException('SELECT * FROM volunteer failed')],
  ])('answers %s as a 500 server fault, never repeating its message', (_case, exception) => {
    const { problem, serverFault } = problemFromException(exception, INSTANCE);

    expect(serverFault).toBe(true);
    expect(problem).toEqual({ type: `${BASE}internal-error`, title: 'Internal Server Error', status: 500, detail: INTERNAL_ERROR_DETAIL, instance: INSTANCE });
  });

  it('keeps the detail of a DomainProblem with a 5xx status, which our code wrote for clients, but still counts it a server fault', () => {
    const exception = new DomainProblem({ status: 503, slug: 'matching-paused', title: 'Matching paused', detail: 'Try again after the nightly rebuild' });

    const { problem, serverFault } = problemFromException(exception, INSTANCE);

    expect(serverFault).toBe(true);
    expect(problem).toMatchObject({ status: 503, detail: 'Try again after the nightly rebuild' });
  });

  it.each([
    ['a 401 from Nest', new UnauthorizedException(), { 'WWW-Authenticate': 'Bearer' }],
    ['a missing token', new UnauthenticatedProblem('no token'), { 'WWW-Authenticate': 'Bearer' }],
    ['an invalid token', new UnauthenticatedProblem('bad token', { invalidToken: true }), { 'WWW-Authenticate': 'Bearer error="invalid_token"' }],
    ['a rate limit', new RateLimitedProblem(42), { 'Retry-After': '42' }],
    ['a plain 404', new NotFoundProblem('Vacancy', '1'), {}],
  ])('adds the headers of %s', (_case, exception, headers) => {
    expect(problemFromException(exception, INSTANCE).headers).toEqual(headers);
  });

  it('never lets extra members replace the standard ones', () => {
    const exception = new DomainProblem({ status: 409, slug: 'x', title: 'X', extensions: { status: 200, type: 'evil', instance: '/other', note: 'kept' } });

    expect(problemFromException(exception, INSTANCE).problem).toEqual({ type: `${BASE}x`, title: 'X', status: 409, instance: INSTANCE, note: 'kept' });
  });
});
