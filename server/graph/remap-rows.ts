// Applies entity resolution to an article's rows: each extractor id mapped onto an
// existing entity is renamed, and every edge it touches records the original id in
// `mergedFrom`, so a split can move exactly those facts back. Pure.
import type { ArticleRows, EntityRow } from './to-rows.ts';
import { sortedSet } from './names.ts';

type Mapping = ReadonlyMap<string, string>;

function origins(map: Mapping, ...ids: (string | null)[]): string[] | null {
  const moved = ids.filter((id): id is string => id !== null && map.has(id));
  return moved.length ? sortedSet(moved) : null;
}

const to = (map: Mapping, id: string): string => map.get(id) ?? id;

/**
 * Rows mapped onto one id become one mention. The target's own row (if the article names
 * it too) stays the base, and the others are absorbed: their spans appended, their ids,
 * spans, names and titles listed apart so a split can give them back.
 */
function uniteEntities(rows: EntityRow[]): EntityRow[] {
  const groups = new Map<string, EntityRow[]>();
  for (const r of rows) groups.set(r.id, [...(groups.get(r.id) ?? []), r]);
  return [...groups.values()].map((group) => {
    const base = group.find((r) => r.mergedFrom === null) ?? group[0];
    if (!base || group.length === 1) return group[0] as EntityRow;
    const others = group.filter((r) => r !== base);
    const spans = others.flatMap((r) => r.spans);
    return {
      ...base,
      count: base.count + others.reduce((n, r) => n + r.count, 0),
      spans: [...base.spans, ...spans],
      absorbed: {
        ids: others.flatMap((r) => r.mergedFrom ?? []),
        spans,
        names: others.flatMap((r) => [r.name, ...r.aliases]),
        titles: others.flatMap((r) => r.titles),
      },
    };
  });
}

function dedupe<T>(rows: T[], key: (r: T) => string): T[] {
  return [...new Map(rows.map((r) => [key(r), r])).values()];
}

export function remapRows(rows: ArticleRows, map: Mapping): ArticleRows {
  if (map.size === 0) return rows;
  const link = (l: ArticleRows['to'][number]) => ({ ...l, entity: to(map, l.entity), mergedFrom: origins(map, l.entity) });
  const linkKey = (l: ArticleRows['to'][number]) => `${l.statement}\u0000${l.entity}`;
  return {
    article: rows.article,
    entities: uniteEntities(rows.entities.map((e) => ({ ...e, id: to(map, e.id), mergedFrom: origins(map, e.id) }))),
    sources: rows.sources.map((s) => ({
      ...s,
      affiliation: s.affiliation === null ? null : to(map, s.affiliation),
      mergedFrom: origins(map, s.affiliation),
    })),
    statements: rows.statements.map((s) => ({
      ...s,
      speakerEntity: s.speakerEntity === null ? null : to(map, s.speakerEntity),
      mergedFrom: origins(map, s.speakerEntity),
    })),
    to: dedupe(rows.to.map(link), linkKey),
    about: dedupe(rows.about.map(link), linkKey),
    via: dedupe(rows.via.map(link), linkKey),
    roles: rows.roles.map((r) => ({ ...r, person: to(map, r.person), org: to(map, r.org), mergedFrom: origins(map, r.person, r.org) })),
    offices: rows.offices.map((o) => ({ ...o, person: to(map, o.person) })),
    relations: rows.relations.map((r) => ({ ...r, from: to(map, r.from), to: to(map, r.to), mergedFrom: origins(map, r.from, r.to) })),
  };
}
