import { Module } from '@nestjs/common';
import { CampaignsHandler } from './campaigns.handler.js';
import { CampaignsHttpController } from './campaigns.http.controller.js';

@Module({ controllers: [CampaignsHttpController], providers: [CampaignsHandler] })
export class CampaignsModule {}
