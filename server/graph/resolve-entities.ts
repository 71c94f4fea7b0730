// Cross-article entity resolution, as pure decisions. An incoming person whose id the
// graph does not know is mapped onto an existing person when (1) an earlier merge says
// so, or (2) the full names are near-identical AND the two share specific context: a
// title, a role organisation, or another person they appear with in statements. A lone
// surname never links two articles ("Clinton" may be Bill or Hillary), nor do names that
// differ in their given name ("Maria" is not "Marta"), nor do hubs everyone talks about
// (NATO, Russia) count as shared context. Ambiguity means no merge: a wrong merge hides a
// person, a missed one only splits their statements.
import { honorificGender } from '../extract/honorifics.ts';
import { bareTokens, editDistance, fold, isSurnameOnly, nameTokens } from './names.ts';
import type { ArticleRows } from './to-rows.ts';

/** An existing person fetched as a candidate (same matchKey). */
export interface KnownPerson {
  id: string;
  name: string;
  aliases: string[];
  titles: string[];
  /** Ids of the organisations and countries it holds roles in. */
  orgs: string[];
  /** Ids of entities that share statements with it. */
  coMentioned: string[];
  /** Ids of people named in the same articles (fetched only for a surname alone). */
  coArticle?: string[];
}

export interface ResolveInput {
  rows: ArticleRows;
  /** Incoming entity ids that already exist in the graph: never remapped. */
  existing: ReadonlySet<string>;
  /** merged id → kept id, from earlier MergeRecords. */
  mergeRecords: ReadonlyMap<string, string>;
  candidates: readonly KnownPerson[];
}

export interface MergeDecision {
  kept: string;
  merged: string;
  mergedName: string;
  mergedAliases: string[];
  reason: string;
}

export interface Resolution {
  /** Incoming extractor id → graph id. */
  map: Map<string, string>;
  /** New merges to record. */
  merges: MergeDecision[];
  /**
   * Surnames alone mapped in this article only, by its context ("Mr Blair" of a story that
   * shares people with Tony Blair's): extractor id → why. No merge record: the next "Mr Blair"
   * is decided by its own story.
   */
  contextual: Map<string, string>;
}

/**
 * Two or more people of this story named in the candidate's stories too: one is chance, two
 * is the same circle ("Mr Prescott" beside Tony Blair and Gordon Brown).
 */
function sharedStories(people: readonly string[], c: KnownPerson): string[] {
  const theirs = new Set(c.coArticle ?? []);
  const both = people.filter((p) => theirs.has(p));
  return both.length >= 2 ? [`named in stories with ${both.slice(0, 3).join(', ')}`] : [];
}

/**
 * The one full-name person a surname alone ("Blair", "Mr Blair") is, by what this article
 * shares with them (a title, a role's organisation, people in statements together, two or
 * more people named in their stories too), or
 * null: no candidate with more shared context than any other, or an honorific of the
 * other gender.
 */
function surnameOwner(name: string, aliases: string[], ctx: Context, people: readonly string[], candidates: readonly KnownPerson[]): { id: string; reason: string } | null {
  const surname = bareTokens(name)[0];
  const gender = honorificGender([name, ...aliases]);
  const best = mostShared(
    candidates
      .filter((c) => {
        const words = nameTokens(c.name);
        const g = honorificGender(c.aliases);
        return words.length > 1 && !isSurnameOnly(c.name) && words.at(-1) === surname && !(gender && g && gender !== g);
      })
      .map((c) => ({ c, shared: [...sharedContext(ctx, c), ...sharedStories(people, c)] })),
  );
  return best ? { id: best.c.id, reason: `"${name}" is the surname of "${best.c.name}" alone; ${best.shared.join(', ')}` } : null;
}

/** The candidate sharing the most context with the incoming person; none when none shares any, or on a tie. */
function mostShared<T extends { c: KnownPerson; shared: string[] }>(scored: T[]): T | null {
  const [best, next] = scored.filter((s) => s.shared.length > 0).sort((x, y) => y.shared.length - x.shared.length);
  if (!best || (next && next.shared.length === best.shared.length && next.c.id !== best.c.id)) return null;
  return best;
}

/**
 * Why two full names denote one person, or null: the same folded name; the same given
 * names with a small spelling difference in the surname ("Balanzino", "Balazino"); or one
 * full name within the other ("Yevgeny Primakov", "Yevgeny M. Primakov"). Names of one
 * word are never enough.
 */
export function similarNames(a: string, b: string): string | null {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length < 2 || tb.length < 2) return null;
  const fa = ta.join(' ');
  const fb = tb.join(' ');
  if (fa === fb) return `"${a}" = "${b}"`;
  const [sa, sb] = [ta.at(-1) ?? '', tb.at(-1) ?? ''];
  if (ta.length === tb.length && ta.slice(0, -1).every((t, i) => t === tb[i]) && sa[0] === sb[0]) {
    const d = editDistance(sa, sb);
    if (d <= (Math.min(sa.length, sb.length) >= 7 ? 2 : 1)) return `"${a}" ~ "${b}" (edit distance ${d})`;
  }
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length < long.length && sa === sb && short[0] === long[0] && short.every((t) => long.includes(t))) {
    return `"${a}" within "${b}"`;
  }
  return null;
}

interface Context {
  titles: string[];
  orgs: string[];
  coMentioned: string[];
}

function incomingContext(rows: ArticleRows, id: string): Context {
  const statements = new Set<string>();
  for (const s of rows.statements) if (s.speakerEntity === id) statements.add(s.id);
  const links = [...rows.to, ...rows.about, ...rows.via];
  for (const l of links) if (l.entity === id) statements.add(l.statement);
  const co = new Set<string>();
  for (const s of rows.statements) if (statements.has(s.id) && s.speakerEntity && s.speakerEntity !== id) co.add(s.speakerEntity);
  for (const l of links) if (statements.has(l.statement) && l.entity !== id) co.add(l.entity);
  // Only people: organisations and countries are hubs that unrelated people share.
  for (const c of co) if (!c.startsWith('person:')) co.delete(c);
  return {
    titles: rows.entities.find((e) => e.id === id)?.titles ?? [],
    orgs: rows.roles.filter((r) => r.person === id).map((r) => r.org),
    coMentioned: [...co],
  };
}

/** What two persons share, as reason phrases (empty: nothing). */
export function sharedContext(a: Context, b: Context): string[] {
  const titles = b.titles.map(fold);
  const orgs = new Set(b.orgs);
  const co = new Set(b.coMentioned);
  // "Deputy Secretary General" and "NATO Deputy Secretary General" are one title.
  const sameTitle = (t: string) => titles.some((u) => u === fold(t) || u.endsWith(` ${fold(t)}`) || fold(t).endsWith(` ${u}`));
  return [
    ...[...new Set(a.titles.filter(sameTitle))].map((t) => `shared title "${t}"`),
    ...[...new Set(a.orgs.filter((o) => orgs.has(o)))].map((o) => `shared role in ${o}`),
    ...[...new Set(a.coMentioned.filter((c) => co.has(c)))].map((c) => `both in statements with ${c}`),
  ];
}

function nameMatch(names: string[], known: KnownPerson): string | null {
  for (const n of names) for (const k of [known.name, ...known.aliases]) {
    const why = similarNames(n, k);
    if (why) return why;
  }
  return null;
}

export function resolveEntities(input: ResolveInput): Resolution {
  const { rows, existing, mergeRecords, candidates } = input;
  const incoming = new Set(rows.entities.map((e) => e.id));
  const proposals = new Map<string, { target: string; merge: MergeDecision | null }>();

  const contextual = new Map<string, string>();
  for (const e of rows.entities) {
    const others = () => candidates.filter((c) => c.id !== e.id && !incoming.has(c.id));
    if (e.type === 'Person' && isSurnameOnly(e.name) && !mergeRecords.has(e.id)) {
      const people = rows.entities.filter((x) => x.type === 'Person' && x.id !== e.id && !isSurnameOnly(x.name)).map((x) => x.id);
      const owner = surnameOwner(e.name, e.aliases, incomingContext(rows, e.id), people, others());
      if (owner) {
        proposals.set(e.id, { target: owner.id, merge: null });
        contextual.set(e.id, owner.reason);
        continue;
      }
    }
    if (existing.has(e.id)) continue;
    const kept = mergeRecords.get(e.id);
    if (kept !== undefined) {
      proposals.set(e.id, { target: kept, merge: null });
      continue;
    }
    if (e.type !== 'Person') continue;
    const ctx = incomingContext(rows, e.id);
    const best = mostShared(
      others().flatMap((c) => {
        const names = nameMatch([e.name, ...e.aliases], c);
        return names ? [{ c, names, shared: sharedContext(ctx, c) }] : [];
      }),
    );
    if (!best) continue;
    proposals.set(e.id, {
      target: best.c.id,
      merge: {
        kept: best.c.id,
        merged: e.id,
        mergedName: e.name,
        mergedAliases: e.aliases,
        reason: `${best.names}; ${best.shared.join(', ')}`,
      },
    });
  }

  // A new merge needs one extractor id per target: if the extractor told two apart in
  // this article, or the target is itself in it, neither is merged.
  const targets = new Map<string, number>();
  for (const p of proposals.values()) targets.set(p.target, (targets.get(p.target) ?? 0) + 1);
  const map = new Map<string, string>();
  const merges: MergeDecision[] = [];
  for (const [id, p] of proposals) {
    // An earlier merge (often made by hand) is followed even then: the mentions combine.
    const recorded = p.merge === null;
    if (!recorded && (incoming.has(p.target) || (targets.get(p.target) ?? 0) > 1)) continue;
    map.set(id, p.target);
    if (p.merge) merges.push(p.merge);
  }
  for (const id of contextual.keys()) if (!map.has(id)) contextual.delete(id);
  return { map, merges, contextual };
}
