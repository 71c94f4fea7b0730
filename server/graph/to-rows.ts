// Extraction + article text → the rows one article writes, shaped for `UNWIND $rows`.
// Pure. Ids of article-owned nodes derive from the article id, so a re-run writes the
// same ids: statements `<article>#<start>-<end>`, sources `source:<article>:<n>`.
import { createHash } from 'node:crypto';
import type { ExtractedEntity, Extraction, HeldOffice } from '../../common/extraction.ts';
import countriesJson from '../../data/knowledge/countries.json' with { type: 'json' };
import { slug } from '../extract/slug.ts';
import { fold, matchKey, searchText, sortedSet } from './names.ts';
import type { ArticleRow, ArticleRows, EntityRow, LinkRow, OfficeRow, RelationRow, RoleRow, SourceRow, StatementRow } from './rows.ts';

export type * from './rows.ts';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The article's identity: the given id, else its url, else `sha256:<hash of the text>`. */
export function articleId(extraction: Extraction, text: string): string {
  const given = extraction.article.id?.trim() || extraction.article.url?.trim();
  return given || `sha256:${sha256(text)}`;
}

export function statementId(article: string, start: number, end: number): string {
  return `${article}#${start}-${end}`;
}

/** Entities with one id listed twice are united (names, titles and spans). */
function uniteById(entities: readonly ExtractedEntity[]): ExtractedEntity[] {
  const byId = new Map<string, ExtractedEntity>();
  for (const e of entities) {
    if (!e.id) continue;
    const seen = byId.get(e.id);
    if (!seen) {
      byId.set(e.id, { ...e, aliases: [...e.aliases], titles: [...e.titles], mentions: [...e.mentions] });
      continue;
    }
    seen.aliases.push(e.name, ...e.aliases);
    seen.titles.push(...e.titles);
    seen.mentions.push(...e.mentions);
    seen.affiliation ??= e.affiliation;
    seen.wikidata ??= e.wikidata;
    seen.offices ??= e.offices;
  }
  return [...byId.values()];
}

/** Folded country names and aliases → the country's canonical name. */
const COUNTRY_NAMES = new Map<string, string>(
  (countriesJson as { name: string; aliases: string[] }[]).flatMap((c) => [c.name, ...c.aliases].map((n) => [fold(n), c.name] as [string, string])),
);

/**
 * In the graph a state is one Country node: an article that names it only as a place
 * ("the war in Iraq") still refers to the country, so its Place becomes that Country and
 * everything that pointed at the place points at the country.
 */
function statesNotPlaces(x: Extraction): Extraction {
  const remap = new Map<string, string>();
  const entities = x.entities.map((e) => {
    if (e.type !== 'Place') return e;
    const country = [e.name, ...e.aliases].map((n) => COUNTRY_NAMES.get(fold(n))).find(Boolean);
    if (!country) return e;
    const id = `country:${slug(country)}`;
    remap.set(e.id, id);
    return { ...e, id, type: 'Country' as const, name: country, aliases: e.name === country ? e.aliases : [e.name, ...e.aliases] };
  });
  if (remap.size === 0) return x;
  const to = (id: string) => remap.get(id) ?? id;
  const maybe = (id: string | null) => (id === null ? null : to(id));
  return {
    ...x,
    entities: entities.map((e) => ({ ...e, affiliation: maybe(e.affiliation) })),
    statements: x.statements.map((s) => ({ ...s, speaker: maybe(s.speaker), via: maybe(s.via), audience: s.audience.map(to), about: s.about.map(to) })),
    relations: x.relations.map((r) => ({ ...r, from: to(r.from), to: to(r.to) })),
  };
}

/** A table office as a row: its state a Country, any other body an Organisation (ids as the extractor makes them). */
function officeRow(person: string, o: HeldOffice): OfficeRow {
  const country = COUNTRY_NAMES.get(fold(o.jurisdiction));
  const orgType = country ? 'Country' : 'Organisation';
  const orgName = country ?? o.jurisdiction;
  return {
    person,
    org: `${country ? 'country' : 'org'}:${slug(orgName)}`,
    orgType,
    orgName,
    orgSearchText: searchText(orgName, []),
    orgMatchKey: matchKey(orgType, orgName),
    ref: `${o.source}:${o.office}:${o.jurisdiction}:${o.from ?? ''}`,
    title: o.title,
    office: o.office,
    from: o.from,
    to: o.to,
    dataset: o.source,
  };
}

export function toRows(given: Extraction, text: string): ArticleRows {
  const extraction = statesNotPlaces(given);
  const meta = extraction.article;
  const id = articleId(extraction, text);
  const article: ArticleRow = {
    id,
    title: meta.title,
    published: meta.published,
    source: meta.source,
    url: meta.url ?? null,
    file: meta.file,
    dateline: meta.dateline,
    text,
    sha256: sha256(text),
  };

  const unique = uniteById(extraction.entities);
  const entityIds = new Set<string>();
  const sourceIds = new Map<string, string>();
  unique.forEach((e) => {
    if (e.type === 'Source') sourceIds.set(e.id, `source:${id}:${sourceIds.size + 1}`);
    else entityIds.add(e.id);
  });
  // An affiliation is an entity id, or else the name or alias of an organisation or country.
  const byName = new Map<string, string>();
  for (const e of unique) {
    if (e.type !== 'Organisation' && e.type !== 'Country') continue;
    for (const n of [e.name, ...e.aliases]) if (!byName.has(fold(n))) byName.set(fold(n), e.id);
  }
  const affiliationOf = (e: ExtractedEntity): string | null => {
    if (!e.affiliation) return null;
    if (entityIds.has(e.affiliation)) return e.affiliation;
    return byName.get(fold(e.affiliation)) ?? null;
  };

  const entities: EntityRow[] = [];
  const sources: SourceRow[] = [];
  const roles: RoleRow[] = [];
  const offices: OfficeRow[] = [];
  for (const e of unique) {
    if (e.type === 'Source') {
      sources.push({
        id: sourceIds.get(e.id) ?? '',
        name: e.name,
        description: sortedSet([...e.titles, ...e.aliases]).join('; ') || null,
        affiliation: affiliationOf(e),
        mergedFrom: null,
      });
      continue;
    }
    const mentions = [...e.mentions].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    entities.push({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: sortedSet(e.aliases.filter((a) => a !== e.name)),
      titles: sortedSet(e.titles),
      count: mentions.length,
      spans: mentions.flat(),
      mergedFrom: null,
      absorbed: null,
      wikidata: e.wikidata ?? null,
    });
    for (const o of e.type === 'Person' ? (e.offices ?? []) : []) offices.push(officeRow(e.id, o));
    const org = e.type === 'Person' ? affiliationOf(e) : null;
    if (org) {
      const titles = sortedSet(e.titles);
      for (const title of titles.length ? titles : [null]) {
        roles.push({ person: e.id, org, title, asOf: meta.published, mergedFrom: null });
      }
    }
  }

  const statements: StatementRow[] = [];
  const links = { to: new Map<string, LinkRow>(), about: new Map<string, LinkRow>(), via: new Map<string, LinkRow>() };
  const link = (kind: keyof typeof links, statement: string, entity: string | null) => {
    if (entity && entityIds.has(entity)) links[kind].set(`${statement}\u0000${entity}`, { statement, entity, mergedFrom: null });
  };
  const seenStatements = new Set<string>();
  for (const s of extraction.statements) {
    const sid = statementId(id, s.span[0], s.span[1]);
    if (seenStatements.has(sid)) continue;
    seenStatements.add(sid);
    const speaker = s.speaker ?? '';
    statements.push({
      id: sid,
      text: s.text,
      kind: s.kind,
      date: s.date ?? meta.published,
      start: s.span[0],
      end: s.span[1],
      cue: s.cue,
      audienceText: sortedSet(s.audience.filter((a) => !entityIds.has(a) && !sourceIds.has(a))),
      speakerEntity: entityIds.has(speaker) ? speaker : null,
      speakerSource: sourceIds.get(speaker) ?? null,
      mergedFrom: null,
    });
    for (const a of s.audience) link('to', sid, a);
    for (const a of s.about) link('about', sid, a);
    link('via', sid, s.via);
  }

  const relations: RelationRow[] = extraction.relations
    .filter((r) => entityIds.has(r.from) && entityIds.has(r.to) && r.type)
    .map((r) => ({ from: r.from, to: r.to, type: r.type, start: r.span[0], end: r.span[1], mergedFrom: null }));

  return {
    article,
    entities,
    sources,
    statements,
    to: [...links.to.values()],
    about: [...links.about.values()],
    via: [...links.via.values()],
    roles,
    offices,
    relations,
  };
}
