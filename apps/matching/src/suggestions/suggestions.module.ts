import { Module } from '@nestjs/common';
import { SuggestVacanciesHttpController } from './suggest-vacancies/suggest-vacancies.http.controller.js';
import { SuggestVolunteersHttpController } from './suggest-volunteers/suggest-volunteers.http.controller.js';
import { SuggestionAccess } from './suggestion-access.js';

/** SuggestionIndex itself is built by start-matching (it must be loaded before the consumers run). */
@Module({
  controllers: [SuggestVacanciesHttpController, SuggestVolunteersHttpController],
  providers: [SuggestionAccess],
})
export class SuggestionsModule {}
