import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { NotFoundProblem, Public, PublicRateLimited, queryPrepared } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { SearchArticlesQuery } from './search-articles.request.dto.js';

const LISTED = `l.article_id AS id, l.centre_id AS "centreId", l.title, l.summary, l.topics, l.published_at AS "publishedAt"`;

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
    const parameters = [centreId, query.topic ?? null, query.limit ?? 20];
    if (text === null) {
      // Newest first: two index scans (own, shared by others) that stop at the limit, merged.
      return queryPrepared(
        this.dataSource,
        'training-articles-newest',
        `SELECT id, "centreId", title, summary, topics, "publishedAt" FROM (
           (SELECT ${LISTED} FROM article_listing l WHERE l.centre_id = $1 AND ($2::text IS NULL OR l.topics @> ARRAY[$2::text])
             ORDER BY l.published_at DESC, l.article_id LIMIT $3)
           UNION ALL
           (SELECT ${LISTED} FROM article_listing l
             WHERE l.shared_with_consortium AND l.centre_id <> $1 AND ($2::text IS NULL OR l.topics @> ARRAY[$2::text])
             ORDER BY l.published_at DESC, l.article_id LIMIT $3)
         ) listed ORDER BY "publishedAt" DESC, id LIMIT $3`,
        parameters,
      );
    }
    // Prepared: planning this (it reads the tsvector statistics) cost as much as running it, and the
    // generic plan (the GIN index for the text) suits every query. The tsquery is a scalar subquery,
    // computed once per execution (an InitPlan) and still an index condition; a FROM item would not
    // be one, and inline it would be parsed again for every row ranked under the generic plan.
    return queryPrepared(
      this.dataSource,
      'training-articles-text',
      `SELECT ${LISTED} FROM article_listing l
        WHERE l.search_vector @@ (SELECT websearch_to_tsquery('dutch', $4))
          AND (l.centre_id = $1 OR l.shared_with_consortium)
          AND ($2::text IS NULL OR l.topics @> ARRAY[$2::text])
        ORDER BY ts_rank(l.rank_vector, (SELECT websearch_to_tsquery('dutch', $4))) DESC, l.published_at DESC, l.article_id
        LIMIT $3`,
      [...parameters, text],
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
