import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { NotFoundProblem, Public, PublicRateLimited } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { SearchArticlesQuery } from './search-articles.request.dto.js';

export interface PublicArticle {
  id: string;
  centreId: string;
  title: string;
  summary: string;
  topics: string[];
  publishedAt: string;
  body?: string;
}

@ApiTags('knowledge base')
@Controller('v1/centres/:centreId/articles')
@Public()
export class SearchArticlesHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * The knowledge base as one centre's website shows it: its own published articles and those other
   * centres share with the consortium. Reads article_listing (published articles only; see its
   * migration for why it is not the tenant table).
   */
  @Get()
  @PublicRateLimited()
  async search(@Param('centreId', new ParseUUIDPipe()) centreId: string, @Query() query: SearchArticlesQuery): Promise<PublicArticle[]> {
    const text = query.q && query.q.length > 0 ? query.q : null;
    return this.dataSource.query(
      `SELECT l.article_id AS id, l.centre_id AS "centreId", l.title, l.summary, l.topics, l.published_at AS "publishedAt"
         FROM article_listing l
        WHERE (l.centre_id = $1 OR l.shared_with_consortium)
          AND ($2::text IS NULL OR l.search_vector @@ websearch_to_tsquery('dutch', $2))
          AND ($3::text IS NULL OR l.topics @> ARRAY[$3::text])
        ORDER BY CASE WHEN $2::text IS NULL THEN 0 ELSE ts_rank(l.search_vector, websearch_to_tsquery('dutch', $2)) END DESC,
                 l.published_at DESC, l.article_id
        LIMIT $4`,
      [centreId, text, query.topic ?? null, query.limit ?? 20],
    );
  }

  @Get(':id')
  @PublicRateLimited()
  async read(@Param('centreId', new ParseUUIDPipe()) centreId: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<PublicArticle> {
    const [article] = await this.dataSource.query(
      `SELECT l.article_id AS id, l.centre_id AS "centreId", l.title, l.summary, l.body, l.topics, l.published_at AS "publishedAt"
         FROM article_listing l WHERE l.article_id = $1 AND (l.centre_id = $2 OR l.shared_with_consortium)`,
      [id, centreId],
    );
    if (!article) throw new NotFoundProblem('Article', id);
    return article;
  }
}
