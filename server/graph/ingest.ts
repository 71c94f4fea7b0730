// Ingests one extraction into the graph in one write transaction (retried whole on
// transient errors): the same text again writes nothing, changed text replaces what the
// article owns, and a handful of UNWIND queries write each kind of row.
import type { Extraction } from '../../common/extraction.ts';
import type { Db, Plain, Tx } from '../db/index.ts';
import { removeArticleFacts } from './article-facts.ts';
import { entityProps, type Surface } from './entity-props.ts';
import { bareTokens, isSurnameOnly, matchKey } from './names.ts';
import { maps, str, strs } from './plain.ts';
import { refreshEntities } from './refresh-entities.ts';
import { remapRows } from './remap-rows.ts';
import { resolveEntities, type KnownPerson, type MergeDecision } from './resolve-entities.ts';
import { toRows, type ArticleRows, type EntityRow } from './to-rows.ts';

export interface IngestResult {
  articleId: string;
  status: 'new' | 'updated' | 'unchanged';
  statements: number;
  entities: number;
  merges: number;
}

/** Long articles write many rows; the default query timeout is meant for reads. */
const INGEST_TIMEOUT_MS = 120_000;

export async function ingestExtraction(db: Db, extraction: Extraction, text: string): Promise<IngestResult> {
  const rows = toRows(extraction, text);
  return db.writeTx((tx) => writeArticle(tx, rows), INGEST_TIMEOUT_MS);
}

interface Known extends Surface {
  type: string;
}

interface Lookup {
  /** The stored content hash of the article; null when it is new. */
  stored: string | null;
  existing: Map<string, Known>;
  records: Map<string, string>;
  candidates: KnownPerson[];
}

async function lookup(tx: Tx, rows: ArticleRows): Promise<Lookup> {
  const persons = rows.entities
    .filter((e) => e.type === 'Person')
    .map((p) => ({
      id: p.id,
      surnameOnly: isSurnameOnly(p.name),
      surname: bareTokens(p.name).at(-1) ?? '',
      keys: [...new Set([p.name, ...p.aliases].map((n) => matchKey('Person', n)))],
    }));
  // The lists go inside one map: as bare list parameters, lists of other sizes made Neo4j
  // plan the query anew (measured; see cypher/graph/write-article.cypher).
  const [row] = await tx.run('graph/resolve-lookup', { article: rows.article.id, lists: { ids: rows.entities.map((e) => e.id), persons } });
  const existing = new Map<string, Known>();
  const known = (m: { [key: string]: Plain }): Known => ({
    type: str(m.type),
    name: str(m.name),
    aliases: strs(m.aliases),
    titles: strs(m.titles),
  });
  for (const m of maps(row?.existing)) existing.set(str(m.id), known(m));
  const records = new Map<string, string>();
  for (const m of maps(row?.records)) {
    records.set(str(m.merged), str(m.kept));
    if (m.name !== null) existing.set(str(m.kept), known(m));
  }
  const candidates = maps(row?.candidates).map((m) => ({
    id: str(m.id),
    name: str(m.name),
    aliases: strs(m.aliases),
    titles: strs(m.titles),
    orgs: strs(m.orgs),
    coMentioned: strs(m.coMentioned),
    coArticle: strs(m.coArticle),
  }));
  for (const c of candidates) existing.set(c.id, { type: 'Person', name: c.name, aliases: c.aliases, titles: c.titles });
  const stored = typeof row?.stored === 'string' ? row.stored : null;
  return { stored, existing, records, candidates };
}

/** The entity row write-article writes: the entity's props after this article, and its mention. */
function entityWriteRow(e: EntityRow, before: Known | undefined, contextual: ReadonlyMap<string, string>) {
  const type = before?.type || e.type;
  const absorbed = e.absorbed ? [{ name: e.name, aliases: e.absorbed.names, titles: e.absorbed.titles }] : [];
  const props = entityProps(type, [...(before ? [before] : []), e, ...absorbed]);
  return {
    id: e.id,
    type,
    wikidata: e.wikidata,
    ...(props ?? { name: e.name, aliases: e.aliases, titles: e.titles, searchText: '', matchKey: '' }),
    mention: {
      count: e.count,
      spans: e.spans,
      name: e.name,
      aliases: e.aliases,
      titles: e.titles,
      mergedFrom: e.mergedFrom,
      // Why a surname alone was taken for this person in this article (no merge record is kept for it).
      resolvedBy: reasons(e, contextual),
      absorbed: e.absorbed?.ids ?? null,
      absorbedSpans: e.absorbed?.spans ?? null,
      absorbedNames: e.absorbed?.names ?? null,
      absorbedTitles: e.absorbed?.titles ?? null,
    },
  };
}

function reasons(e: EntityRow, contextual: ReadonlyMap<string, string>): string[] | null {
  const why = [...(e.mergedFrom ?? []), ...(e.absorbed?.ids ?? [])].flatMap((id) => contextual.get(id) ?? []);
  return why.length ? why : null;
}

/**
 * Rows per write-article run. The driver packs a run's parameters on the event loop in one
 * go: a 1 MB article (1,800 entities, 10,000 statements) in one run held it for 0.3–0.4 s,
 * in runs of these sizes for under the API's 200 ms. Ordinary articles fit one run.
 */
export const STATEMENTS_PER_RUN = 1000;
export const ENTITIES_PER_RUN = 100;

const chunks = <T>(items: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
};

/**
 * The parameters of each write-article run, in order: the entities first (a run per chunk),
 * then the statements, each run with their audiences, subjects and relays; the sources,
 * roles, offices and relations with the first statements, after every entity they name.
 */
export function writeRuns(rows: ArticleRows, entities: unknown[]): Record<string, unknown>[] {
  const { id, ...props } = rows.article;
  const none = { entities: [], sources: [], statements: [], to: [], about: [], via: [], roles: [], offices: [], relations: [] };
  const entityRuns = chunks(entities, ENTITIES_PER_RUN);
  const statementRuns = chunks(rows.statements, STATEMENTS_PER_RUN);
  const split = statementRuns.length > 1;
  const runs: Record<string, unknown>[] = entityRuns.slice(0, -1).map((chunk) => ({ id, props, ...none, entities: chunk }));
  statementRuns.forEach((statements, i) => {
    const ids = new Set(statements.map((st) => st.id));
    const mine = (links: ArticleRows['to']) => (split ? links.filter((l) => ids.has(l.statement)) : links);
    const first = i === 0;
    runs.push({
      id,
      props,
      ...none,
      ...(first ? { entities: entityRuns.at(-1)!, sources: rows.sources, roles: rows.roles, offices: rows.offices, relations: rows.relations } : {}),
      statements,
      to: mine(rows.to),
      about: mine(rows.about),
      via: mine(rows.via),
    });
  });
  return runs;
}

function mergeRecordRow(m: MergeDecision) {
  return { id: `merge:${m.merged}`, ...m, manual: false };
}

async function writeArticle(tx: Tx, original: ArticleRows): Promise<IngestResult> {
  const articleId = original.article.id;
  let found = await lookup(tx, original);
  const base = { articleId, statements: original.statements.length, entities: original.entities.length };
  const stored = found.stored !== null;
  if (found.stored === original.article.sha256) return { ...base, status: 'unchanged', merges: 0 };
  const touched = stored ? await removeArticleFacts(tx, articleId) : [];
  // Removing the old facts may have removed entities: look again.
  if (stored) found = await lookup(tx, original);

  const resolution = resolveEntities({
    rows: original,
    existing: new Set(original.entities.map((e) => e.id).filter((id) => found.existing.has(id))),
    mergeRecords: found.records,
    candidates: found.candidates,
  });
  const rows = remapRows(original, resolution.map);
  // One round trip writes the article and all its rows (cypher/graph/write-article.cypher);
  // a huge article, a few, of at most STATEMENTS_PER_RUN statements each.
  // Its row lists go in one map parameter, so the query is planned once (see lookup()).
  for (const run of writeRuns(rows, rows.entities.map((e) => entityWriteRow(e, found.existing.get(e.id), resolution.contextual)))) {
    const { id, props, ...lists } = run;
    await tx.run('graph/write-article', { id, props, rows: lists });
  }
  // Rare (a new spelling of a known person), so a round trip of its own.
  if (resolution.merges.length) await tx.run('graph/create-merge-records', { rows: resolution.merges.map(mergeRecordRow) });
  // Entities the old text mentioned: their names may have come from it.
  await refreshEntities(tx, touched);

  return {
    articleId,
    status: stored ? 'updated' : 'new',
    statements: rows.statements.length,
    entities: rows.entities.length,
    merges: resolution.merges.length,
  };
}
