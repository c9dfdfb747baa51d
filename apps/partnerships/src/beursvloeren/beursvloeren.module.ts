import { Module } from '@nestjs/common';
import { BeursvloerenHandler } from './beursvloeren.handler.js';
import { BeursvloerenHttpController } from './beursvloeren.http.controller.js';

@Module({ controllers: [BeursvloerenHttpController], providers: [BeursvloerenHandler] })
export class BeursvloerenModule {}
