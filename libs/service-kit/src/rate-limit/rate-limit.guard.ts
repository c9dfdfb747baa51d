import { Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { IncomingMessage } from 'node:http';
import { FixedWindowCounter, type RateLimitOptions } from './fixed-window.counter.js';
import { RateLimitedProblem } from './rate-limited.problem.js';

export const PUBLIC_RATE_LIMIT = 'vc:rate-limit:public';
export const RATE_LIMIT_OPTIONS = Symbol('RATE_LIMIT_OPTIONS');

/**
 * Limits requests per client IP to this route (or each route of a controller), for routes anyone
 * can call: search, sign-up, contact forms. Uses publicRateLimit's limits unless given its own.
 * Over the limit: 429 problem `rate-limited` with Retry-After.
 */
export function PublicRateLimited(limits: Partial<RateLimitOptions> = {}): ClassDecorator & MethodDecorator {
  return SetMetadata(PUBLIC_RATE_LIMIT, limits);
}

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(RATE_LIMIT_OPTIONS) private readonly defaults: RateLimitOptions,
    @Inject(FixedWindowCounter) private readonly counter: FixedWindowCounter,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const limits = this.reflector.getAllAndOverride<Partial<RateLimitOptions> | undefined>(PUBLIC_RATE_LIMIT, [context.getHandler(), context.getClass()]);
    if (!limits) return true;
    const request = context.switchToHttp().getRequest<IncomingMessage & { ip?: string }>();
    // Behind an ingress, `ip` is the client only with createServiceApp's `trustProxy` set.
    const client = request.ip ?? request.socket.remoteAddress ?? 'unknown';
    const hit = this.counter.hit(`${client} ${context.getClass().name}.${context.getHandler().name}`, { ...this.defaults, ...limits });
    if (!hit.allowed) throw new RateLimitedProblem(Math.max(1, Math.ceil(hit.retryAfterMs / 1000)));
    return true;
  }
}
