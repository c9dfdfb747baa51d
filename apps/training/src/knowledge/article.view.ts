export interface ArticleView {
  id: string;
  centreId: string;
  title: string;
  summary: string;
  body: string;
  topics: string[];
  sharedWithConsortium: boolean;
  status: 'draft' | 'published';
  publishedAt: string | null;
}

export const ARTICLE_COLUMNS = `a.id, a.centre_id AS "centreId", a.title, a.summary, a.body, a.topics,
  a.shared_with_consortium AS "sharedWithConsortium", a.status, a.published_at AS "publishedAt"`;
