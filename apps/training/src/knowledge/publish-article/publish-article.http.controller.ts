import { Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { articlePublishedV1 } from '@vc/contracts';
import { CurrentPrincipal, InvalidTransitionProblem, NotFoundProblem, type Principal, returnedRows, Roles, runInTenant } from '@vc/service-kit';
import { DataSource } from 'typeorm';
import { TrainingEventPublisher } from '../../events/training-event-publisher.js';
import { STAFF } from '../../shared/roles.js';
import { centreOf } from '../../tenancy/tenant-scope.js';
import { ARTICLE_COLUMNS, type ArticleView } from '../article.view.js';

@ApiTags('knowledge base')
@ApiBearerAuth()
@Controller('v1/articles')
export class PublishArticleHttpController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(TrainingEventPublisher) private readonly publisher: TrainingEventPublisher,
  ) {}

  @Post(':id/publish')
  @HttpCode(200)
  @Roles(...STAFF)
  async publishArticle(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<ArticleView> {
    const centreId = centreOf(principal);
    return runInTenant(this.dataSource, { centreId }, async (manager) => {
      const [current] = await manager.query(`SELECT status FROM article WHERE id = $1 AND centre_id = $2 FOR UPDATE`, [id, centreId]);
      if (!current) throw new NotFoundProblem('Article', id);
      if (current.status !== 'draft') throw new InvalidTransitionProblem(current.status, 'published');
      const [article]: ArticleView[] = returnedRows(await manager.query(
        `UPDATE article a SET status = 'published', published_at = now() WHERE a.id = $1 RETURNING ${ARTICLE_COLUMNS}`,
        [id],
      ));
      await this.publisher.publish(manager, articlePublishedV1, {
        subject: id,
        centreId,
        payload: { articleId: id, centreId, title: article!.title, topics: article!.topics, sharedWithConsortium: article!.sharedWithConsortium },
      });
      return article!;
    });
  }
}
