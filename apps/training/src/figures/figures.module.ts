import { Module } from '@nestjs/common';
import { ParticipationHttpController } from './participation/participation.http.controller.js';

@Module({ controllers: [ParticipationHttpController] })
export class FiguresModule {}
