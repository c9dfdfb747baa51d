import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { FixedWindowCounter, type RateLimitOptions } from './fixed-window.counter.js';
import { RATE_LIMIT_OPTIONS, RateLimitGuard } from './rate-limit.guard.js';

export const DEFAULT_PUBLIC_RATE_LIMIT: RateLimitOptions = { limit: 60, ttlMs: 60_000 };

/**
 * Limits for routes marked @PublicRateLimited(); other routes are not counted. ServiceKitModule
 * imports it with its `publicRateLimit` option (default 60 requests per minute per client and route).
 * Our own guard rather than @nestjs/throttler: that package is CommonJS and require()s the ESM-only
 * @nestjs/common 12, which Jest cannot load on Node 20, so no service's tests could import the kit.
 */
@Module({})
export class RateLimitModule {
  static forRoot(options: RateLimitOptions = DEFAULT_PUBLIC_RATE_LIMIT): DynamicModule {
    assertValidRateLimit(options);
    return {
      module: RateLimitModule,
      providers: [
        { provide: RATE_LIMIT_OPTIONS, useValue: { ...options } },
        { provide: FixedWindowCounter, useFactory: () => new FixedWindowCounter() },
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
    };
  }
}

/** `imports: [publicRateLimit({ limit: 10, ttlMs: 60_000 })]`, when not using ServiceKitModule's option. */
export function publicRateLimit(options: RateLimitOptions = DEFAULT_PUBLIC_RATE_LIMIT): DynamicModule {
  return RateLimitModule.forRoot(options);
}

function assertValidRateLimit({ limit, ttlMs }: RateLimitOptions): void {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`A rate limit must allow at least 1 request (got ${limit})`);
  if (!Number.isInteger(ttlMs) || ttlMs < 1) throw new Error(`A rate-limit window must be a whole number of milliseconds, at least 1 (got ${ttlMs})`);
}
