// Mutations: thin wrappers over extraction and server/graph. The write token is checked
// by plugins/auth.ts before any of these runs.
import { z } from 'zod';
import type { ArticleMeta, ArticleInput as ExtractionInput, Extraction } from '../../../common/extraction.ts';
import { deleteArticle } from '../../graph/delete-article.ts';
import { ingestExtraction } from '../../graph/ingest.ts';
import { MergeError, mergeEntities, splitEntity } from '../../graph/merges.ts';
import { awaitSearchIndexes } from '../../graph/search-indexes.ts';
import { ExtractQueueFullError } from '../../extract-pool/pool.ts';
import { sharedExtractPool } from '../../extract-pool/shared.ts';
import { arg, id, isoDate, optionalArg } from '../args.ts';
import type { ApiContext } from '../context.ts';
import { apiError, badInput, notFound } from '../errors.ts';
import type { ArticleRow, EntityRow } from '../types.ts';
import type { Resolver } from './load.ts';

interface ArticleInput {
  text: string;
  title?: string | null;
  published?: string | null;
  source?: string | null;
  url?: string | null;
}

interface IngestResult {
  article: ArticleRow;
  status: string;
  statements: number;
  entities: number;
}

const shortText = (max: number) => z.string().trim().max(max, `is too long (${max} characters at most)`);

function articleMeta(input: ArticleInput): ArticleMeta {
  const blankToNull = (s: string | null) => (s ? s : null);
  return {
    file: 'graphql',
    title: blankToNull(optionalArg(shortText(1000), input.title, 'input.title')),
    published: optionalArg(isoDate, input.published, 'input.published'),
    source: blankToNull(optionalArg(shortText(500), input.source, 'input.source')),
    dateline: null,
    id: null,
    url: blankToNull(optionalArg(shortText(2000), input.url, 'input.url')),
  };
}

function checkArticleSize(text: string, max: number): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > max) {
    throw apiError('PAYLOAD_TOO_LARGE', `The article is ${bytes} bytes; the largest accepted is ${max} bytes (MAX_ARTICLE_BYTES).`, {
      bytes,
      limit: max,
    });
  }
  if (text.trim() === '') throw badInput('input.text is empty', { argument: 'input.text' });
}

/** server/graph refuses a merge or split with a MergeError (from inside its transaction). */
async function merging<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof MergeError) throw err.reason === 'missing' ? apiError('NOT_FOUND', err.message) : badInput(err.message);
    throw err;
  }
}

async function freshEntity(ctx: ApiContext, entityId: string): Promise<EntityRow> {
  const entity = await ctx.loaders.entities.clear(entityId).load(entityId);
  if (!entity) throw notFound('entity', entityId);
  return entity;
}

/** Extraction in the worker pool, so a long article does not hold up other requests. */
async function extractOffLoop(config: ApiContext['config'], input: ExtractionInput): Promise<Extraction> {
  try {
    return await sharedExtractPool(config).extract(input);
  } catch (err) {
    if (err instanceof ExtractQueueFullError) throw apiError('SERVER_BUSY', err.message, { retryAfter: 5 }, { headers: { 'Retry-After': '5' } });
    throw err;
  }
}

export const Mutation: {
  ingestArticle: Resolver<unknown, { input: ArticleInput }, IngestResult>;
  deleteArticle: Resolver<unknown, { id: string }, boolean>;
  mergeEntities: Resolver<unknown, { keep: string; merge: string }, EntityRow>;
  splitEntity: Resolver<unknown, { id: string; mergedId: string }, EntityRow>;
} = {
  ingestArticle: async (_, { input }, { db, config, loaders }) => {
    checkArticleSize(input.text, config.MAX_ARTICLE_BYTES);
    const meta = articleMeta(input);
    const extraction = await extractOffLoop(config, { meta, text: input.text });
    const result = await ingestExtraction(db, extraction, input.text);
    await awaitSearchIndexes(db);
    const article = await loaders.articles.clear(result.articleId).load(result.articleId);
    if (!article) throw notFound('article', result.articleId);
    return { article, status: result.status, statements: result.statements, entities: result.entities };
  },

  deleteArticle: async (_, args, { db, loaders }) => {
    const articleId = arg(id, args.id, 'id');
    const deleted = await deleteArticle(db, articleId);
    await awaitSearchIndexes(db);
    loaders.articles.clear(articleId);
    return deleted;
  },

  mergeEntities: async (_, args, ctx) => {
    const keep = arg(id, args.keep, 'keep');
    const merge = arg(id, args.merge, 'merge');
    await merging(() => mergeEntities(ctx.db, keep, merge));
    await awaitSearchIndexes(ctx.db);
    ctx.loaders.entities.clear(merge);
    ctx.loaders.merges.clear(keep);
    return freshEntity(ctx, keep);
  },

  splitEntity: async (_, args, ctx) => {
    const kept = arg(id, args.id, 'id');
    const mergedId = arg(id, args.mergedId, 'mergedId');
    await merging(() => splitEntity(ctx.db, kept, mergedId));
    await awaitSearchIndexes(ctx.db);
    ctx.loaders.entities.clear(kept);
    ctx.loaders.merges.clear(kept);
    return freshEntity(ctx, mergedId);
  },
};
