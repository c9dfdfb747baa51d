import { Module } from '@nestjs/common';
import { ListCentresHttpController } from './list-centres.http.controller.js';

@Module({ controllers: [ListCentresHttpController] })
export class CentresModule {}
