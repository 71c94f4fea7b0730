// Query fields: validate arguments, run one named Cypher query, map rows. Objects come
// back as ids and are resolved through the request's loaders.
import { arg, id, intRange, isoDate, optionalArg, searchText } from '../args.ts';
import { decodeCursor } from '../cursor.ts';
import { badInput, notFound } from '../errors.ts';
import { neighbourhood } from '../graph/neighbourhood.ts';
import { pathGraph } from '../graph/path.ts';
import { statementSearchQuery } from '../lucene.ts';
import { entitySearchParams } from '../search.ts';
import { dateOrNull, num, rowList, str } from '../rows.ts';
import type { ApiContext } from '../context.ts';
import type { ArticleRow, Edge, EntityRow, EntityType, Graph, StatementKind, StatementRow } from '../types.ts';
import { toConnection, type Connection } from './connection.ts';
import { loadAll, type NoArgs, type Resolver } from './load.ts';

interface StatementFilter {
  speaker?: string | null;
  audience?: string | null;
  about?: string | null;
  text?: string | null;
  from?: string | null;
  to?: string | null;
  kind?: StatementKind | null;
  article?: string | null;
}

interface TypeCount {
  type: string;
  count: number;
}

interface Stats {
  articles: number;
  entities: number;
  statements: number;
  sources: number;
  byType: TypeCount[];
  byKind: TypeCount[];
  firstDate: string | null;
  lastDate: string | null;
}

interface SearchHit {
  entityId: string;
  score: number;
}

const pageSize = intRange(1, 100);

/**
 * The parameters of api/statements-page and api/statements-count. An absent filter is ''
 * (not null), so every call has the same parameter types and reuses one cached plan.
 */
function statementFilterParams(filter: StatementFilter | null | undefined) {
  const f = filter ?? {};
  const text = optionalArg(searchText, f.text, 'filter.text');
  const textQuery = text === null ? null : statementSearchQuery(text);
  if (text !== null && textQuery === null) throw badInput('filter.text has no words to search for', { argument: 'filter.text' });
  const from = optionalArg(isoDate, f.from, 'filter.from');
  const to = optionalArg(isoDate, f.to, 'filter.to');
  if (from && to && from > to) throw badInput(`filter.from (${from}) is after filter.to (${to})`, { argument: 'filter.from' });
  return {
    speaker: optionalArg(id, f.speaker, 'filter.speaker') ?? '',
    audience: optionalArg(id, f.audience, 'filter.audience') ?? '',
    about: optionalArg(id, f.about, 'filter.about') ?? '',
    article: optionalArg(id, f.article, 'filter.article') ?? '',
    kind: f.kind ?? '',
    textQuery: textQuery ?? '',
    from: from ?? '',
    to: to ?? '',
  };
}

/** The keyset parameters: always a [key, id] list, so the parameter types never change. */
function afterParams(cursor: string | null | undefined) {
  const after = decodeCursor(cursor);
  return { hasAfter: after !== null, after: after ?? ['', ''] };
}

/** The entities behind ids, or NOT_FOUND naming the first missing one. */
async function mustExist(ctx: ApiContext, ids: string[]): Promise<void> {
  const found = await ctx.loaders.entities.loadMany(ids);
  found.forEach((e, i) => {
    if (e instanceof Error) throw e;
    if (!e) throw notFound('entity', ids[i] ?? '');
  });
}

const typeCounts = (v: Parameters<typeof rowList>[0]): TypeCount[] =>
  rowList(v).map((r) => ({ type: str(r.type), count: num(r.count) }));

export const Query: {
  search: Resolver<unknown, { text: string; types?: EntityType[] | null; first: number }, SearchHit[]>;
  entity: Resolver<unknown, { id: string }, EntityRow | null>;
  statements: Resolver<
    unknown,
    { filter?: StatementFilter | null; first: number; after?: string | null; order: 'NEWEST_FIRST' | 'OLDEST_FIRST' },
    Connection
  >;
  whoSaidWhatToWhom: Resolver<unknown, { from: string; to: string; includeMembers: boolean; first: number }, StatementRow[]>;
  neighbourhood: Resolver<unknown, { id: string; depth: number; limit: number; withStatements: boolean }, Graph>;
  path: Resolver<unknown, { from: string; to: string; maxHops: number }, Graph>;
  article: Resolver<unknown, { id: string }, ArticleRow | null>;
  articles: Resolver<unknown, { first: number; after?: string | null }, Connection>;
  stats: Resolver<unknown, NoArgs, Stats>;
} = {
  search: async (_, args, { db }) => {
    const text = arg(searchText, args.text, 'text');
    const first = arg(intRange(1, 50), args.first, 'first');
    // Candidates from the fulltext indexes, re-ranked: cypher/api/search-entities.cypher.
    const params = entitySearchParams(text, first, args.types ?? null);
    if (params === null) return [];
    const rows = await db.read('api/search-entities', params);
    return rows.map((r) => ({ entityId: str(r.id), score: num(r.score) }));
  },

  entity: (_, args, { loaders }) => loaders.entities.load(arg(id, args.id, 'id')),

  statements: async (_, args, { db }) => {
    const params = statementFilterParams(args.filter);
    const first = arg(pageSize, args.first, 'first');
    const asc = args.order === 'OLDEST_FIRST';
    const rows = await db.read('api/statements-page', { ...params, ...afterParams(args.after), asc, first });
    return toConnection(rows, first, 'date', async () => num((await db.read('api/statements-count', params))[0]?.totalCount));
  },

  whoSaidWhatToWhom: async (_, args, ctx) => {
    const from = arg(id, args.from, 'from');
    const to = arg(id, args.to, 'to');
    const first = arg(intRange(1, 500), args.first, 'first');
    await mustExist(ctx, [from, to]);
    const rows = await ctx.db.read('api/who-said-what-to-whom', { from, to, includeMembers: args.includeMembers, first });
    return loadAll(ctx.loaders.statements, rows.map((r) => str(r.id)));
  },

  neighbourhood: async (_, args, ctx) => {
    const start = arg(id, args.id, 'id');
    const depth = arg(intRange(1, 3), args.depth, 'depth');
    const limit = arg(intRange(1, 500), args.limit, 'limit');
    await mustExist(ctx, [start]);
    return ctx.db.readTx((tx) => neighbourhood(tx, { id: start, depth, limit, withStatements: args.withStatements }));
  },

  path: async (_, args, ctx) => {
    const from = arg(id, args.from, 'from');
    const to = arg(id, args.to, 'to');
    const maxHops = arg(intRange(1, 6), args.maxHops, 'maxHops');
    await mustExist(ctx, [from, to]);
    return ctx.db.readTx((tx) => pathGraph(tx, from, to, maxHops));
  },

  article: (_, args, { loaders }) => loaders.articles.load(arg(id, args.id, 'id')),

  articles: async (_, args, { db }) => {
    const first = arg(pageSize, args.first, 'first');
    const rows = await db.read('api/articles-page', { first, ...afterParams(args.after) });
    return toConnection(rows, first, 'published', async () => num((await db.read('api/articles-count'))[0]?.totalCount));
  },

  stats: async (_, __, { db }) => {
    const [r] = await db.read('api/stats');
    return {
      articles: num(r?.articles),
      entities: num(r?.entities),
      statements: num(r?.statements),
      sources: num(r?.sources),
      byType: typeCounts(r?.byType),
      byKind: typeCounts(r?.byKind),
      firstDate: dateOrNull(r?.firstDate),
      lastDate: dateOrNull(r?.lastDate),
    };
  },
};

export const SearchHit: { entity: Resolver<SearchHit, NoArgs, EntityRow> } = {
  entity: async (hit, _, { loaders }) => {
    const entity = await loaders.entities.load(hit.entityId);
    if (!entity) throw notFound('entity', hit.entityId);
    return entity;
  },
};

export const Connections: {
  StatementConnection: { totalCount: Resolver<Connection, NoArgs, number> };
  ArticleConnection: { totalCount: Resolver<Connection, NoArgs, number> };
  StatementEdge: { node: Resolver<Edge, NoArgs, StatementRow> };
  ArticleEdge: { node: Resolver<Edge, NoArgs, ArticleRow> };
} = {
  StatementConnection: { totalCount: (c) => c.count() },
  ArticleConnection: { totalCount: (c) => c.count() },
  StatementEdge: {
    node: async (e, _, { loaders }) => (await loaders.statements.load(e.id)) ?? Promise.reject(notFound('statement', e.id)),
  },
  ArticleEdge: {
    node: async (e, _, { loaders }) => (await loaders.articles.load(e.id)) ?? Promise.reject(notFound('article', e.id)),
  },
};
