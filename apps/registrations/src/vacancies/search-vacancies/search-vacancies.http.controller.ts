import { Controller, Get, Header, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public, PublicRateLimited } from '@vc/service-kit';
import { SearchVacanciesHandler, type VacancySearchResults } from './search-vacancies.handler.js';
import { SearchVacanciesRequest } from './search-vacancies.request.dto.js';

@ApiTags('vacancy search')
@Controller('v1/centres')
export class SearchVacanciesHttpController {
  constructor(@Inject(SearchVacanciesHandler) private readonly handler: SearchVacanciesHandler) {}

  /**
   * The centre's public vacancy bank, without login: full text in Dutch, filters, distance from a
   * postcode, cursor pages. No personal data in the answer. Rate limited per client address
   * (PUBLIC_RATE_LIMIT_PER_MINUTE).
   */
  @Get(':centreId/vacancies')
  @Public()
  @PublicRateLimited()
  @Header('Cache-Control', 'public, max-age=30')
  searchVacancies(
    @Param('centreId', new ParseUUIDPipe()) centreId: string,
    @Query() query: SearchVacanciesRequest,
  ): Promise<VacancySearchResults> {
    return this.handler.searchVacancies(centreId, query);
  }
}
