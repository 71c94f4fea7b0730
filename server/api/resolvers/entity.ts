// Fields of Entity: related objects and per-entity lists through batched loaders.
import { arg, intRange } from '../args.ts';
import type { CounterpartRow, EntityCounts, EntityRow, MergeRow, ArticleRow, StatementRow } from '../types.ts';
import type { ApiContext } from '../context.ts';
import { loadAll, loadOne, type NoArgs, type Resolver } from './load.ts';

interface Role {
  title: string;
  organisation: EntityRow;
  asOf: string | null;
  from: string | null;
  to: string | null;
  source: string | null;
}

interface Counterpart {
  entity: EntityRow;
  count: number;
}

const listFirst = intRange(1, 500);

async function counterparts(rows: CounterpartRow[], ctx: ApiContext): Promise<Counterpart[]> {
  const entities = await ctx.loaders.entities.loadMany(rows.map((r) => r.entityId));
  return rows.flatMap((r, i) => {
    const entity = entities[i];
    return entity && !(entity instanceof Error) ? [{ entity, count: r.count }] : [];
  });
}

export const Entity: {
  affiliation: Resolver<EntityRow, NoArgs, EntityRow | null>;
  roles: Resolver<EntityRow, NoArgs, Role[]>;
  articles: Resolver<EntityRow, NoArgs, ArticleRow[]>;
  statementsMade: Resolver<EntityRow, { first: number }, StatementRow[]>;
  statementsAbout: Resolver<EntityRow, { first: number }, StatementRow[]>;
  spokeTo: Resolver<EntityRow, NoArgs, Counterpart[]>;
  spokenToBy: Resolver<EntityRow, NoArgs, Counterpart[]>;
  spokenAboutBy: Resolver<EntityRow, NoArgs, Counterpart[]>;
  counts: Resolver<EntityRow, NoArgs, EntityCounts>;
  merges: Resolver<EntityRow, NoArgs, MergeRow[]>;
  candidates: Resolver<EntityRow, NoArgs, EntityRow[]>;
} = {
  affiliation: (e, _, { loaders }) => loadOne(loaders.entities, e.affiliationId),
  roles: async (e, _, { loaders }) => {
    const orgs = await loaders.entities.loadMany(e.roles.map((r) => r.organisationId));
    return e.roles.flatMap((r, i) => {
      const organisation = orgs[i];
      return organisation && !(organisation instanceof Error) ? [{ title: r.title, organisation, asOf: r.asOf, from: r.from, to: r.to, source: r.source }] : [];
    });
  },
  articles: async (e, _, { loaders }) => loadAll(loaders.articles, await loaders.entityArticles.load(e.id)),
  statementsMade: async (e, { first }, { loaders }) =>
    loadAll(loaders.statements, await loaders.statementsMade(arg(listFirst, first, 'first')).load(e.id)),
  statementsAbout: async (e, { first }, { loaders }) =>
    loadAll(loaders.statements, await loaders.statementsAbout(arg(listFirst, first, 'first')).load(e.id)),
  spokeTo: async (e, _, ctx) => counterparts((await ctx.loaders.counterparts.load(e.id)).spokeTo, ctx),
  spokenToBy: async (e, _, ctx) => counterparts((await ctx.loaders.counterparts.load(e.id)).spokenToBy, ctx),
  spokenAboutBy: async (e, _, ctx) => counterparts((await ctx.loaders.counterparts.load(e.id)).spokenAboutBy, ctx),
  counts: (e, _, { loaders }) => loaders.counts.load(e.id),
  merges: (e, _, { loaders }) => loaders.merges.load(e.id),
  candidates: async (e, _, { loaders }) => loadAll(loaders.entities, await loaders.candidates.load(e.id)),
};
