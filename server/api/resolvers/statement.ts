// Fields of Statement and Article that point to other objects, through loaders.
import { notFound } from '../errors.ts';
import type { ArticleRow, EntityRow, StatementRow } from '../types.ts';
import { loadAll, loadOne, type NoArgs, type Resolver } from './load.ts';

interface Mention {
  entity: EntityRow;
  start: number;
  end: number;
}

export const Statement: {
  speaker: Resolver<StatementRow, NoArgs, EntityRow | null>;
  audience: Resolver<StatementRow, NoArgs, EntityRow[]>;
  about: Resolver<StatementRow, NoArgs, EntityRow[]>;
  via: Resolver<StatementRow, NoArgs, EntityRow | null>;
  article: Resolver<StatementRow, NoArgs, ArticleRow>;
  span: Resolver<StatementRow, NoArgs, { start: number; end: number }>;
} = {
  speaker: (s, _, { loaders }) => loadOne(loaders.entities, s.speakerId),
  audience: (s, _, { loaders }) => loadAll(loaders.entities, s.audienceIds),
  about: (s, _, { loaders }) => loadAll(loaders.entities, s.aboutIds),
  via: (s, _, { loaders }) => loadOne(loaders.entities, s.viaId),
  article: async (s, _, { loaders }) => {
    const article = await loadOne(loaders.articles, s.articleId);
    if (!article) throw notFound('article', s.articleId ?? '');
    return article;
  },
  span: (s) => ({ start: s.start, end: s.end }),
};

export const Article: {
  text: Resolver<ArticleRow, NoArgs, string>;
  mentions: Resolver<ArticleRow, NoArgs, Mention[]>;
  statements: Resolver<ArticleRow, NoArgs, StatementRow[]>;
} = {
  text: (a, _, { loaders }) => loaders.articleTexts.load(a.id),
  mentions: async (a, _, { loaders }) => {
    const mentions = await loaders.articleMentions.load(a.id);
    const entities = await loaders.entities.loadMany(mentions.map((m) => m.entityId));
    return mentions.flatMap((m, i) => {
      const entity = entities[i];
      return entity && !(entity instanceof Error) ? [{ entity, start: m.start, end: m.end }] : [];
    });
  },
  statements: async (a, _, { loaders }) => loadAll(loaders.statements, await loaders.articleStatements.load(a.id)),
};
