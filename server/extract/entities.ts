// Named mentions → entities. People are grouped by name (a surname alone, or a spelling one
// letter off, joins the full name); a capital is the state when it acts and a place when
// something happens in it; a country named only as a location is a place.
import type { EntityType, ExtractedEntity, Span } from '../../common/extraction.ts';
import type { Mention } from './mention.ts';
import { editDistance, fold, slug } from './slug.ts';

export interface EntityDraft {
  id: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  titles: Set<string>;
  affiliation: string | null;
  mentions: Span[];
}

export interface EntityIndex {
  entities: Map<string, EntityDraft>;
  /** Mention → entity id, for the named mentions. */
  of: Map<Mention, string>;
}

const PREFIX: Record<EntityType, string> = { Person: 'person', Organisation: 'org', Country: 'country', Place: 'place', Source: 'source' };
export const entityId = (type: EntityType, name: string) => `${PREFIX[type]}:${slug(name)}`;

function draft(index: EntityIndex, type: EntityType, name: string): EntityDraft {
  const id = entityId(type, name);
  let e = index.entities.get(id);
  if (!e) {
    e = { id, type, name, aliases: new Set(), titles: new Set(), affiliation: null, mentions: [] };
    index.entities.set(id, e);
  }
  return e;
}

function attach(index: EntityIndex, e: EntityDraft, m: Mention, alias = m.text) {
  index.of.set(m, e.id);
  e.mentions.push([m.start, m.end]);
  // A name broken over a line or joined by a no-break space is still the one name.
  const form = alias.replace(/\s+/g, ' ');
  if (form !== e.name) e.aliases.add(form);
}

/** Groups person keys: a one-word key joins the full name ending in it; near-identical spellings join. */
function personGroups(keys: string[], titled: ReadonlySet<string> = new Set()): Map<string, string> {
  const full = [...new Set(keys)].filter((k) => k.includes(' ')).sort((a, b) => b.length - a.length);
  const canon = new Map<string, string>();
  for (const k of full) {
    const same = [...new Set(canon.values())].find((c) => {
      const [a, b] = [fold(c).split(' '), fold(k).split(' ')];
      return a[0] === b[0] && a.length > 1 && b.length > 1 && editDistance(a[a.length - 1]!, b[b.length - 1]!) <= (a[a.length - 1]!.length >= 6 ? 1 : 0);
    });
    canon.set(k, same ?? k);
  }
  const alone = new Set(keys.filter((k) => !k.includes(' ')).map(fold));
  for (const k of new Set(keys)) {
    if (canon.has(k)) continue;
    const f = fold(k);
    const owner =
      full.find((c) => {
        const last = fold(c).split(' ').pop()!;
        return last === f || (f.length >= 6 && editDistance(last, f) <= 1);
      }) ?? (titled.has(k) ? undefined : surnameFirst(f, full, alone, canon));
    canon.set(k, owner ? canon.get(owner)! : k);
  }
  return canon;
}

/**
 * "Tsai" for "Tsai Ing-wen", "Chiu" for "Chiu Chui-cheng": where the family name comes first,
 * the first word alone is the person: the first word of exactly one two-word name, whose last
 * word the article never uses alone. (Not a one-word name with a title: "Prince Charles".)
 */
function surnameFirst(f: string, full: string[], alone: Set<string>, canon: Map<string, string>): string | undefined {
  const owners = full.filter((c) => {
    const words = fold(c).split(' ');
    return words.length === 2 && words[0] === f && !alone.has(words[1]!);
  });
  return new Set(owners.map((c) => canon.get(c))).size === 1 ? owners[0] : undefined;
}

/** `headline`: mentions there do not decide whether a country acts (headlines compress). */
export function buildEntities(text: string, mentions: Mention[], headline: { start: number; end: number } | null = null): EntityIndex {
  const index: EntityIndex = { entities: new Map(), of: new Map() };
  const persons = mentions.filter((m) => m.kind === 'person');
  const titled = new Set(persons.filter((m) => m.title && !/^(mr|mrs|ms|dr|prof|sir|dame|lord)\.?$/i.test(m.title)).map((m) => m.key));
  const groups = personGroups(persons.map((m) => m.key), titled);
  for (const m of persons) {
    const e = draft(index, 'Person', groups.get(m.key)!);
    attach(index, e, m);
    if (m.titleStart !== undefined && m.titleStart < m.start) e.aliases.add(text.slice(m.titleStart, m.end).replace(/\s+/g, ' '));
    if (m.title && !/^(mr|mrs|ms|dr|prof|sir|dame|lord)\.?$/i.test(m.title)) e.titles.add(m.title);
  }
  // Countries: a state acts, a place hosts. Locative-only countries are places.
  const countryMentions = mentions.filter((m) => m.kind === 'country');
  const inHeadline = (m: Mention) => !!headline && m.start >= headline.start && m.end <= headline.end;
  const actingCountries = new Set(countryMentions.filter((m) => !m.locative && !inHeadline(m)).map((m) => m.key));
  for (const m of countryMentions) if (!countryMentions.some((x) => x.key === m.key && !inHeadline(x))) actingCountries.add(m.key);
  for (const m of countryMentions) {
    attach(index, draft(index, actingCountries.has(m.key) ? 'Country' : 'Place', m.key), m);
  }
  for (const m of mentions.filter((x) => x.kind === 'capital')) {
    if (m.locative) attach(index, draft(index, 'Place', m.city ?? m.text), m);
    else attach(index, draft(index, 'Country', m.key), m);
  }
  for (const m of mentions.filter((x) => x.kind === 'org')) attach(index, draft(index, 'Organisation', m.key), m);
  for (const m of mentions.filter((x) => x.kind === 'place')) attach(index, draft(index, 'Place', m.key), m);
  // Demonyms and "the alliance" only point at entities the article names.
  for (const m of mentions) {
    if (m.kind === 'demonym') {
      const e = index.entities.get(entityId('Country', m.key));
      if (e) {
        index.of.set(m, e.id);
        e.mentions.push([m.start, m.end]);
      }
    } else if (m.kind === 'anaphor') {
      // The organisation of that kind named most recently before it.
      const candidates = new Set(m.key.split('|').filter(Boolean).map((name) => entityId('Organisation', name)));
      const head = m.title ?? '';
      const fits = (x: Mention) => candidates.has(entityId('Organisation', x.key)) || (!!head && x.key.toLowerCase().split(/[\s-]+/).includes(head));
      const before = mentions.filter((x) => x.kind === 'org' && x.start < m.start && fits(x));
      const e = before.length ? index.entities.get(entityId('Organisation', before[before.length - 1]!.key)) : undefined;
      if (e) attach(index, e, m, m.text);
    }
  }
  // Title affiliations of people, where the article names the organisation or country.
  for (const m of persons) {
    if (!m.affiliation) continue;
    const e = index.entities.get(index.of.get(m)!)!;
    const target = index.entities.get(entityId(m.affiliation.kind === 'org' ? 'Organisation' : 'Country', m.affiliation.key));
    e.affiliation ??= target?.id ?? null;
  }
  return index;
}

/**
 * A state is one Country: where an article has both (a country named as a location, and
 * the same country acting or named as someone's affiliation), the place joins the country.
 * Returns the ids that were merged away, mapped to the country's.
 */
export function mergeStatePlaces(index: EntityIndex): Map<string, string> {
  const merged = new Map<string, string>();
  for (const place of [...index.entities.values()]) {
    if (place.type !== 'Place') continue;
    const country = index.entities.get(entityId('Country', place.name));
    if (!country) continue;
    country.mentions.push(...place.mentions);
    for (const a of place.aliases) if (a !== country.name) country.aliases.add(a);
    for (const [m, id] of index.of) if (id === place.id) index.of.set(m, country.id);
    index.entities.delete(place.id);
    merged.set(place.id, country.id);
  }
  return merged;
}

export function toExtracted(e: EntityDraft): ExtractedEntity {
  const mentions = [...new Map(e.mentions.map((s) => [`${s[0]}-${s[1]}`, s])).values()].sort((a, b) => a[0] - b[0]);
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: [...e.aliases].filter((a) => a !== e.name),
    titles: [...e.titles],
    affiliation: e.affiliation,
    mentions,
  };
}
