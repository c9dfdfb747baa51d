import { Module } from '@nestjs/common';
import { DealFollowUpScheduler } from './deal-follow-up.scheduler.js';
import { DealsHandler } from './deals.handler.js';
import { DealsHttpController } from './deals.http.controller.js';

@Module({ controllers: [DealsHttpController], providers: [DealsHandler, DealFollowUpScheduler] })
export class DealsModule {}
