import { Module } from '@nestjs/common';
import { ResultsHttpController } from './results.http.controller.js';

@Module({ controllers: [ResultsHttpController] })
export class ResultsModule {}
