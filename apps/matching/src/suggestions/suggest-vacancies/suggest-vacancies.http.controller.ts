import { Controller, Get, Header, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@vc/service-kit';
import { todayInAmsterdam } from '../amsterdam-date.js';
import { explain, round } from '../scoring/scoring.js';
import { SuggestionAccess } from '../suggestion-access.js';
import { SuggestionIndex } from '../suggestion-index.js';
import { DEFAULT_SUGGESTIONS, SuggestionsRequest } from '../suggestions.request.dto.js';
import type { VolunteerSuggestionsView } from '../suggestion.view.js';

@ApiTags('suggestions')
@ApiBearerAuth()
@Controller('v1/volunteers')
export class SuggestVacanciesHttpController {
  constructor(
    @Inject(SuggestionIndex) private readonly index: SuggestionIndex,
    @Inject(SuggestionAccess) private readonly access: SuggestionAccess,
  ) {}

  /**
   * The best open vacancies for a volunteer, each with its explanation. Staff of the volunteer's
   * centre, or the volunteer themselves (who is not offered help requests: a consultant mediates those).
   */
  @Get(':volunteerId/suggestions')
  @Roles('consortium-admin', 'centre-admin', 'consultant', 'volunteer')
  @Header('Cache-Control', 'no-store')
  suggest(
    @Param('volunteerId', new ParseUUIDPipe()) volunteerId: string,
    @Query() query: SuggestionsRequest,
    @CurrentPrincipal() principal: Principal,
  ): VolunteerSuggestionsView {
    const volunteer = this.access.volunteerFor(principal, volunteerId);
    const staff = this.access.isStaff(principal);
    const ranked = this.index.topVacanciesFor(
      volunteer.volunteerId,
      query.limit ?? DEFAULT_SUGGESTIONS,
      todayInAmsterdam(),
      { withoutHelpRequests: !staff },
    );
    const match = this.index.matchVolunteer(volunteer.volunteerId)!;
    return {
      volunteerId: volunteer.volunteerId,
      volunteerStatus: volunteer.status,
      suggestions: ranked.map(({ item, score, distanceKm }) => ({
        vacancyId: item.vacancyId,
        title: item.title,
        kind: item.kind,
        organisationId: item.organisationId,
        organisationName: this.index.organisation(item.organisationId)?.name ?? null,
        centreId: item.centreId,
        score: round(score),
        distanceKm: distanceKm === undefined ? null : round(distanceKm),
        components: explain(match, item, distanceKm, this.index.weights),
      })),
    };
  }
}
