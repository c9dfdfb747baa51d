import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { from, lastValueFrom, mergeMap, of, type Observable } from 'rxjs';
import type { RequestWithPrincipal } from '../auth/principal.js';
import { ConflictProblem, UnprocessableProblem } from '../http/domain-problem.js';
import { IDEMPOTENT_REPLAYED_HEADER, InvalidIdempotencyKeyProblem, isValidIdempotencyKey, requestFingerprint } from './idempotency-key.js';
import { IdempotencyStore } from './idempotency.store.js';

type HttpRequest = IncomingMessage &
  RequestWithPrincipal & { body?: unknown; ip?: string; originalUrl?: string; route?: { path?: unknown } };

/**
 * Honours `Idempotency-Key` on POST: the first request with a key runs and its status and JSON body
 * are stored before they are sent; a repeat with the same method, path and body gets that answer
 * again (`Idempotent-Replayed: true`), a repeat with another body a 422, a repeat while the first
 * still runs a 409. A first attempt that fails (4xx/5xx) leaves no key, so the client may retry.
 * Keys are per caller (token subject, or client IP on public routes) and per route.
 * Only the status and body are replayed, not other headers.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@Inject(IdempotencyStore) private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const response = context.switchToHttp().getResponse<ServerResponse>();
    const header = request.headers['idempotency-key'];
    const key = Array.isArray(header) ? header[0] : header;
    if (request.method !== 'POST' || key === undefined) return next.handle();
    if (!isValidIdempotencyKey(key)) throw new InvalidIdempotencyKeyProblem();

    const scope = scopeOf(request, context);
    const fingerprint = requestFingerprint(request.method, request.originalUrl ?? request.url ?? '/', request.body);

    return from(this.store.claim(scope, key, fingerprint)).pipe(
      mergeMap((claim) => {
        switch (claim.outcome) {
          case 'reused':
            throw new UnprocessableProblem('This Idempotency-Key was already used for a different request', 'idempotency-key-reused');
          case 'in-use':
            throw new ConflictProblem('A request with this Idempotency-Key is still being processed; retry later', 'idempotency-key-in-use');
          case 'replay':
            response.statusCode = claim.status;
            response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
            return of(claim.body);
          case 'claimed':
            return from(this.runFirstAttempt(next, response, scope, key, claim.attemptId));
        }
      }),
    );
  }

  // A promise of its own rather than operators on the response stream: Nest tears that stream down
  // when the client disconnects, and the outcome must still be stored, or a retry would run the work twice.
  private async runFirstAttempt(next: CallHandler, response: ServerResponse, scope: string, key: string, attemptId: string): Promise<unknown> {
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      // If even the release fails, the key stays "in use" until the in-progress timeout; the handler's error matters more.
      await this.store.release(scope, key, attemptId).catch(() => undefined);
      throw error;
    }
    // Stored before the answer leaves, so a client that got an answer gets the same one again.
    if (response.statusCode >= 400) await this.store.release(scope, key, attemptId);
    else await this.store.complete(scope, key, attemptId, response.statusCode, body);
    return body;
  }
}

function scopeOf(request: HttpRequest, context: ExecutionContext): string {
  const caller = request.principal ? `subject:${request.principal.subject}` : `ip:${request.ip ?? request.socket.remoteAddress ?? 'unknown'}`;
  const route = typeof request.route?.path === 'string' ? request.route.path : `${context.getClass().name}.${context.getHandler().name}`;
  return `${caller} ${request.method} ${route}`;
}

