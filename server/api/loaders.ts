// Per-request DataLoaders: every object and per-entity list is fetched by id, in one
// `UNWIND $ids` query per batch, so a response costs a constant number of queries however
// many statements it lists (no N+1). Created fresh for each request: no cache outlives it.
import DataLoader from 'dataloader';
import type { Db, Params, Row } from '../db/index.ts';
import { bool, dateOrNull, num, numList, rowList, str, strList, strOrNull } from './rows.ts';
import type {
  ArticleRow,
  CounterpartRow,
  CounterpartsRow,
  EntityCounts,
  EntityRow,
  EntityType,
  MentionRow,
  MergeRow,
  StatementKind,
  StatementRow,
} from './types.ts';

const MAX_BATCH = 1000;

/** A loader over `cypher/api/<name>.cypher`, which takes `$ids` and returns one row per found id. */
function byIds<V>(db: Db, name: string, map: (row: Row) => V, missing: V, params: Params = {}): DataLoader<string, V> {
  return new DataLoader<string, V>(
    async (ids) => {
      const rows = await db.read(name, { ...params, ids: [...ids] });
      const found = new Map(rows.map((r) => [str(r.id), map(r)]));
      return ids.map((id) => found.get(id) ?? missing);
    },
    { maxBatchSize: MAX_BATCH },
  );
}

/** One loader per distinct parameter value (e.g. `first`), created on first use. */
function perParam<V>(make: (param: number) => DataLoader<string, V>): (param: number) => DataLoader<string, V> {
  const made = new Map<number, DataLoader<string, V>>();
  return (param) => {
    let loader = made.get(param);
    if (!loader) made.set(param, (loader = make(param)));
    return loader;
  };
}

export const toEntity = (r: Row): EntityRow => ({
  id: str(r.id),
  type: str(r.type) as EntityType,
  name: str(r.name),
  aliases: strList(r.aliases),
  titles: strList(r.titles),
  affiliationId: strOrNull(r.affiliationId),
  roles: rowList(r.roles)
    .filter((role) => role.organisationId !== null)
    .map((role) => ({
      title: str(role.title),
      organisationId: str(role.organisationId),
      asOf: dateOrNull(role.asOf),
      from: strOrNull(role.from),
      to: strOrNull(role.to),
      source: strOrNull(role.source),
    }))
    .sort(byRole),
  wikidata: strOrNull(r.wikidata),
});

/** Offices from the reference table first, oldest first; then titles the articles give, newest first. */
function byRole(a: EntityRow['roles'][number], b: EntityRow['roles'][number]): number {
  const table = (r: typeof a) => (r.source === 'office-holders' ? 0 : 1);
  if (table(a) !== table(b)) return table(a) - table(b);
  if (table(a) === 0) return (a.from ?? '').localeCompare(b.from ?? '');
  return (b.asOf ?? '').localeCompare(a.asOf ?? '') || a.title.localeCompare(b.title);
}

export const toStatement = (r: Row): StatementRow => ({
  id: str(r.id),
  kind: str(r.kind) as StatementKind,
  text: str(r.text),
  date: dateOrNull(r.date),
  cue: strOrNull(r.cue),
  speakerId: strOrNull(r.speakerId),
  audienceIds: strList(r.audienceIds),
  audienceText: strList(r.audienceText),
  aboutIds: strList(r.aboutIds),
  viaId: strOrNull(r.viaId),
  articleId: strOrNull(r.articleId),
  start: num(r.start),
  end: num(r.end),
});

export const toArticle = (r: Row): ArticleRow => ({
  id: str(r.id),
  title: strOrNull(r.title),
  published: dateOrNull(r.published),
  source: strOrNull(r.source),
  url: strOrNull(r.url),
});

/** MENTIONED_IN spans are a flat list [s0, e0, s1, e1, …]: one Mention per pair. */
export function toMentions(r: Row): MentionRow[] {
  const out: MentionRow[] = [];
  for (const m of rowList(r.mentions)) {
    const entityId = strOrNull(m.entityId);
    if (!entityId) continue;
    const spans = numList(m.spans);
    for (let i = 0; i + 1 < spans.length; i += 2) out.push({ entityId, start: spans[i] ?? 0, end: spans[i + 1] ?? 0 });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.entityId.localeCompare(b.entityId));
}

const toCounterparts = (v: Row[string] | undefined): CounterpartRow[] =>
  rowList(v).map((c) => ({ entityId: str(c.entityId), count: num(c.count) }));

const toCounts = (r: Row): EntityCounts => ({
  mentions: num(r.mentions),
  articles: num(r.articles),
  statementsMade: num(r.statementsMade),
  statementsAbout: num(r.statementsAbout),
  statementsHeard: num(r.statementsHeard),
});

const toMerges = (r: Row): MergeRow[] =>
  rowList(r.merges).map((m) => ({
    mergedId: str(m.merged),
    mergedName: str(m.mergedName),
    reason: str(m.reason),
    manual: bool(m.manual),
    at: str(m.at),
  }));

const NO_COUNTS: EntityCounts = { mentions: 0, articles: 0, statementsMade: 0, statementsAbout: 0, statementsHeard: 0 };

export function createLoaders(db: Db) {
  return {
    entities: byIds<EntityRow | null>(db, 'api/entities-by-ids', toEntity, null),
    statements: byIds<StatementRow | null>(db, 'api/statements-by-ids', toStatement, null),
    articles: byIds<ArticleRow | null>(db, 'api/articles-by-ids', toArticle, null),
    articleTexts: byIds(db, 'api/article-texts', (r) => str(r.text), ''),
    articleMentions: byIds(db, 'api/article-mentions', toMentions, []),
    articleStatements: byIds(db, 'api/article-statements', (r) => strList(r.statementIds), []),
    entityArticles: byIds(db, 'api/entity-articles', (r) => strList(r.articleIds), []),
    statementsMade: perParam((first) => byIds(db, 'api/entity-statements-made', (r) => strList(r.statementIds), [], { first })),
    statementsAbout: perParam((first) => byIds(db, 'api/entity-statements-about', (r) => strList(r.statementIds), [], { first })),
    counterparts: byIds<CounterpartsRow>(
      db,
      'api/entity-counterparts',
      (r) => ({
        spokeTo: toCounterparts(r.spokeTo),
        spokenToBy: toCounterparts(r.spokenToBy),
        spokenAboutBy: toCounterparts(r.spokenAboutBy),
      }),
      { spokeTo: [], spokenToBy: [], spokenAboutBy: [] },
    ),
    counts: byIds(db, 'api/entity-counts', toCounts, NO_COUNTS),
    merges: byIds(db, 'api/entity-merges', toMerges, []),
    candidates: byIds(db, 'api/entity-candidates', (r) => strList(r.candidateIds), []),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
