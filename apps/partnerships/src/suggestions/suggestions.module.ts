import { Module } from '@nestjs/common';
import { SuggestionsHttpController } from './suggestions.http.controller.js';

@Module({ controllers: [SuggestionsHttpController] })
export class SuggestionsModule {}
