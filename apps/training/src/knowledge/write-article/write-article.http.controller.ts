import { Body, Controller, Get, Header, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, NotFoundProblem, Roles, runInTenant, type Principal } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { regionOf } from '../../events/training-event-publisher.js';
import { STAFF } from '../../shared/roles.js';
import { centreOf } from '../../tenancy/tenant-scope.js';
import { ARTICLE_COLUMNS, type ArticleView } from '../article.view.js';
import { WriteArticleRequest } from './write-article.request.dto.js';

@ApiTags('knowledge base')
@ApiBearerAuth()
@Controller('v1/articles')
export class WriteArticleHttpController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** A draft: nobody outside the centre sees it until it is published. */
  @Post()
  @HttpCode(201)
  @Roles(...STAFF)
  async writeArticle(@Body() request: WriteArticleRequest, @CurrentPrincipal() principal: Principal): Promise<ArticleView> {
    const centreId = centreOf(principal);
    return runInTenant(this.dataSource, { centreId }, async (manager) => {
      await regionOf(manager, centreId);
      const [article] = await manager.query(
        `INSERT INTO article AS a (id, centre_id, title, summary, body, topics, shared_with_consortium, author)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${ARTICLE_COLUMNS}`,
        [uuidv7(), centreId, request.title, request.summary, request.body, request.topics, request.sharedWithConsortium ?? false, principal.subject],
      );
      return article;
    });
  }

  /** The centre's articles, drafts included, newest first. */
  @Get()
  @Roles(...STAFF)
  @Header('Cache-Control', 'no-store')
  listArticles(@CurrentPrincipal() principal: Principal): Promise<ArticleView[]> {
    return runInTenant(this.dataSource, { centreId: centreOf(principal) }, (manager) =>
      manager.query(`SELECT ${ARTICLE_COLUMNS} FROM article a ORDER BY a.id DESC LIMIT 500`),
    );
  }

  @Get(':id')
  @Roles(...STAFF)
  @Header('Cache-Control', 'no-store')
  async getArticle(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<ArticleView> {
    const [article] = await runInTenant(this.dataSource, { centreId: centreOf(principal) }, (manager) =>
      manager.query(`SELECT ${ARTICLE_COLUMNS} FROM article a WHERE a.id = $1`, [id]),
    );
    if (!article) throw new NotFoundProblem('Article', id);
    return article;
  }
}
