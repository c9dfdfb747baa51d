import { Catch, Inject, Injectable, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { currentEventContext } from '@vc/messaging';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServiceLogger } from '../logging/create-logger.js';
import { SERVICE_LOGGER } from '../service-kit.options.js';
import { CORRELATION_ID_HEADER } from './correlation-id.middleware.js';
import { problemFromException } from './exception-to-problem.js';
import { PROBLEM_CONTENT_TYPE } from './problem-details.js';

/**
 * Answers every error of an HTTP request as application/problem+json (RFC 9457). Registered
 * globally by ServiceKitModule; it also sees Nest's 404 for unknown routes and body-parser's errors.
 */
@Catch()
@Injectable()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(@Inject(SERVICE_LOGGER) private readonly logger: ServiceLogger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    // Only HTTP has a response to write; elsewhere (e.g. a microservice transport) let Nest handle it.
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const request = http.getRequest<IncomingMessage & { originalUrl?: string }>();
    const response = http.getResponse<ServerResponse>();
    const instance = pathOf(request);
    const { problem, headers, serverFault } = problemFromException(exception, instance);

    if (serverFault) {
      // Errors raised before the correlation middleware ran have no event context: take the id from the response.
      const correlationId = currentEventContext() ? {} : { correlationId: response.getHeader(CORRELATION_ID_HEADER) };
      this.logger.error({ err: exception, method: request.method, path: instance, status: problem.status, ...correlationId }, 'request failed');
    }
    if (response.headersSent) {
      // A streamed response failed half-way: the status is gone; cut the connection so the client sees the failure.
      response.destroy();
      return;
    }
    response.statusCode = problem.status;
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
    response.end(JSON.stringify(problem));
  }
}

function pathOf(request: IncomingMessage & { originalUrl?: string }): string {
  const url = request.originalUrl ?? request.url ?? '/';
  const queryStart = url.indexOf('?');
  return queryStart === -1 ? url : url.slice(0, queryStart);
}
