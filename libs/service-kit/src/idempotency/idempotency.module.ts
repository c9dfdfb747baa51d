import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';
import { IdempotencyStore, type IdempotencyOptions } from './idempotency.store.js';

/** Idempotency-Key on every POST of the service. ServiceKitModule.forRoot({ idempotency }) imports it. */
@Module({})
export class IdempotencyModule {
  static forRoot(options: IdempotencyOptions): DynamicModule {
    return {
      module: IdempotencyModule,
      providers: [{ provide: IdempotencyStore, useValue: new IdempotencyStore(options) }, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
      exports: [IdempotencyStore],
    };
  }
}
