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
  const [row] = await tx.run('graph/resolve-lookup', { article: rows.article.id, ids: rows.entities.map((e) => e.id), persons });
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
  const { id, ...props } = rows.article;
  // One round trip writes the article and all its rows (cypher/graph/write-article.cypher).
  await tx.run('graph/write-article', {
    id,
    props,
    entities: rows.entities.map((e) => entityWriteRow(e, found.existing.get(e.id), resolution.contextual)),
    sources: rows.sources,
    statements: rows.statements,
    to: rows.to,
    about: rows.about,
    via: rows.via,
    roles: rows.roles,
    offices: rows.offices,
    relations: rows.relations,
  });
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
