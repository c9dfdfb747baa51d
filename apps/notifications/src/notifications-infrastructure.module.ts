import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UnsubscribeTokens } from './unsubscribe/unsubscribe-token.js';

/** The service's database and unsubscribe signer, injectable by type in every module. */
@Global()
@Module({})
export class NotificationsInfrastructureModule {
  static register(dataSource: DataSource, tokens: UnsubscribeTokens): DynamicModule {
    return {
      module: NotificationsInfrastructureModule,
      providers: [
        { provide: DataSource, useValue: dataSource },
        { provide: UnsubscribeTokens, useValue: tokens },
      ],
      exports: [DataSource, UnsubscribeTokens],
    };
  }
}
