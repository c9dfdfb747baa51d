import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TOKEN_VERIFIER, type AuthOptions } from './auth.options.js';
import { AuthGuard } from './auth.guard.js';
import { TokenVerifier } from './token-verifier.js';

/**
 * Bearer-token authentication for every route of the service. ServiceKitModule.forRoot({ auth })
 * imports it; import it yourself only when not using ServiceKitModule's `auth` option.
 */
@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      // Built here, not lazily: bad options stop the service at start, not at its first request.
      providers: [{ provide: TOKEN_VERIFIER, useValue: new TokenVerifier(options) }, { provide: APP_GUARD, useClass: AuthGuard }],
      exports: [TOKEN_VERIFIER],
    };
  }
}
