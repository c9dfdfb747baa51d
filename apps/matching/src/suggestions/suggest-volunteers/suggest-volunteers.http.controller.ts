import { Controller, Get, Header, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@vc/service-kit';
import { todayInAmsterdam } from '../amsterdam-date.js';
import { explain, round } from '../scoring/scoring.js';
import { SuggestionAccess } from '../suggestion-access.js';
import { SuggestionIndex } from '../suggestion-index.js';
import { DEFAULT_SUGGESTIONS, SuggestionsRequest } from '../suggestions.request.dto.js';
import type { VacancySuggestionsView } from '../suggestion.view.js';

@ApiTags('suggestions')
@ApiBearerAuth()
@Controller('v1/vacancies')
export class SuggestVolunteersHttpController {
  constructor(
    @Inject(SuggestionIndex) private readonly index: SuggestionIndex,
    @Inject(SuggestionAccess) private readonly access: SuggestionAccess,
  ) {}

  /**
   * The best volunteers of the caller's centre for a vacancy offered to it (its own, or one a
   * sharing centre of the region published), each with its explanation.
   */
  @Get(':vacancyId/suggestions')
  @Roles('consortium-admin', 'centre-admin', 'consultant')
  @Header('Cache-Control', 'no-store')
  suggest(
    @Param('vacancyId', new ParseUUIDPipe()) vacancyId: string,
    @Query() query: SuggestionsRequest,
    @CurrentPrincipal() principal: Principal,
  ): VacancySuggestionsView {
    const vacancy = this.access.vacancyFor(principal, vacancyId);
    const consortiumWide = this.access.isConsortiumWide(principal);
    const ranked = this.index.topVolunteersFor(
      vacancy.vacancyId,
      query.limit ?? DEFAULT_SUGGESTIONS,
      todayInAmsterdam(),
      consortiumWide ? {} : { centreId: principal.centreId! },
    );
    const match = this.index.matchVacancy(vacancy.vacancyId)!;
    return {
      vacancyId: vacancy.vacancyId,
      vacancyStatus: vacancy.status,
      suggestions: ranked.map(({ item, score, distanceKm }) => ({
        volunteerId: item.volunteerId,
        centreId: item.centreId,
        score: round(score),
        distanceKm: distanceKm === undefined ? null : round(distanceKm),
        components: explain(item, match, distanceKm, this.index.weights),
      })),
    };
  }
}
