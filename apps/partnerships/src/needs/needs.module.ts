import { Module } from '@nestjs/common';
import { NeedsHandler } from './needs.handler.js';
import { NeedsHttpController } from './needs.http.controller.js';

@Module({ controllers: [NeedsHttpController], providers: [NeedsHandler] })
export class NeedsModule {}
