import { Module } from '@nestjs/common';
import { BusinessesHandler } from './businesses.handler.js';
import { BusinessesHttpController } from './businesses.http.controller.js';

@Module({ controllers: [BusinessesHttpController], providers: [BusinessesHandler] })
export class BusinessesModule {}
