import { jest } from '@jest/globals';
import type { ArgumentsHost } from '@nestjs/common';
import { runWithEventContext } from '@vc/messaging';
import type { ServiceLogger } from '../logging/create-logger.js';
import { RateLimitedProblem } from '../rate-limit/rate-limited.problem.js';
import { NotFoundProblem } from './domain-problem.js';
import { ProblemDetailsFilter } from './problem-details.filter.js';

function fakeResponse(headersSent = false) {
  const headers: Record<string, unknown> = { 'x-correlation-id': 'corr-from-header' };
  return {
    headersSent,
    statusCode: 200,
    body: undefined as string | undefined,
    destroyed: false,
    headers,
    setHeader: (name: string, value: unknown) => (headers[name.toLowerCase()] = value),
    getHeader: (name: string) => headers[name.toLowerCase()],
    end(body: string) {
      this.body = body;
    },
    destroy() {
      this.destroyed = true;
    },
  };
}

function hostFor(response: ReturnType<typeof fakeResponse>, type = 'http'): ArgumentsHost {
  const request = { method: 'GET', originalUrl: '/vacancies/7?q=secret', url: '/7' };
  return { getType: () => type, switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) } as unknown as ArgumentsHost;
}

function recordingLogger() {
  const error = jest.fn();
  return { logger: { error } as unknown as ServiceLogger, error };
}

describe('ProblemDetailsFilter', () => {
  it('writes the problem as application/problem+json with its status and headers', () => {
    const response = fakeResponse();

    new ProblemDetailsFilter(recordingLogger().logger).catch(new RateLimitedProblem(30), hostFor(response));

    expect(response.statusCode).toBe(429);
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect(response.headers['retry-after']).toBe('30');
    expect(JSON.parse(response.body!)).toMatchObject({ status: 429, instance: '/vacancies/7' });
  });

  it('does not log a client error', () => {
    const { logger, error } = recordingLogger();

    new ProblemDetailsFilter(logger).catch(new NotFoundProblem('Vacancy', '7'), hostFor(fakeResponse()));

    expect(error).not.toHaveBeenCalled();
  });

  it('logs a server fault with the correlation id of the response when no event context is running', () => {
    const { logger, error } = recordingLogger();
    const failure = new Error('disk full');

    new ProblemDetailsFilter(logger).catch(failure, hostFor(fakeResponse()));

    expect(error).toHaveBeenCalledWith({ err: failure, method: 'GET', path: '/vacancies/7', status: 500, correlationId: 'corr-from-header' }, 'request failed');
  });

  it('leaves the correlation id to the logger’s own context fields inside a request', () => {
    const { logger, error } = recordingLogger();

    runWithEventContext({ correlationId: 'corr-ctx', causationId: null }, () => new ProblemDetailsFilter(logger).catch(new Error('x'), hostFor(fakeResponse())));

    expect(error.mock.calls[0]![0]).not.toHaveProperty('correlationId');
  });

  it('cuts the connection of a response that already started, since its status can no longer change', () => {
    const response = fakeResponse(true);

    new ProblemDetailsFilter(recordingLogger().logger).catch(new Error('stream broke'), hostFor(response));

    expect(response.destroyed).toBe(true);
    expect(response.body).toBeUndefined();
  });

  it('rethrows outside HTTP, where there is no response to write', () => {
    const failure = new Error('rpc failure');

    expect(() => new ProblemDetailsFilter(recordingLogger().logger).catch(failure, hostFor(fakeResponse(), 'rpc'))).toThrow(failure);
  });
});
