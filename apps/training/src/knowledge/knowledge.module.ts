import { Module } from '@nestjs/common';
import { PublishArticleHttpController } from './publish-article/publish-article.http.controller.js';
import { SearchArticlesHttpController } from './search-articles/search-articles.http.controller.js';
import { WriteArticleHttpController } from './write-article/write-article.http.controller.js';

@Module({
  controllers: [WriteArticleHttpController, PublishArticleHttpController, SearchArticlesHttpController],
})
export class KnowledgeModule {}
