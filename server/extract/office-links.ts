// People the reference table of office-holders knows (data/knowledge/office-holders.json):
// a person named in full is linked to the table's person of that name (by the article's
// date where two share it: George Bush in 1990 and in 2004), and a surname alone ("Mr
// Blair" in a story that never gives his first name) becomes the one holder of that
// surname in office on the article's date, of a state the story is about. A linked person
// gets one id in every article, the Wikidata QID and the dated offices. Ambiguity links
// no one: a wrong link hides a person, a missed one only leaves a name unlinked.
import type { HeldOffice } from '../../common/extraction.ts';
import { entityId, type EntityDraft, type EntityIndex } from './entities.ts';
import { givenNameGender } from './gazetteer.ts';
import { FEMALE_HONORIFIC, honorificGender, MALE_HONORIFIC } from './honorifics.ts';
import type { Knowledge, OfficeFact } from './knowledge.ts';
import { fold } from './slug.ts';

/** One real person of the table: their records, and the name their entity takes. */
interface Holder {
  key: string;
  name: string;
  wikidata: string | null;
  facts: OfficeFact[];
  /** Folded names (holder and aliases), as word lists. */
  names: string[][];
  gender: 'm' | 'f' | null;
}

interface HolderIndex {
  /** "first last" of every name → holders. */
  byFirstLast: Map<string, Holder[]>;
  /** Each record's person. */
  byFact: Map<OfficeFact, Holder>;
  /** Folded surname (last word of any name) → holders. */
  bySurname: Map<string, Holder[]>;
}

const words = (s: string) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
  const list = m.get(k) ?? [];
  if (!list.includes(v)) list.push(v);
  m.set(k, list);
};

const cache = new WeakMap<Knowledge, HolderIndex>();
const PEER = /^(lord|lady|baroness|baron|viscount|earl)$/i;

/** The name a person goes by: the holder's, unless that is a peerage ("Lord Cameron of Chipping Norton" is David Cameron). */
function personName(h: Holder): string | null {
  const names = [...new Set(h.facts.flatMap((f) => [f.holder, ...(f.aliases ?? [])]))];
  return names.find((n) => !PEER.test(n.split(/\s+/)[0] ?? '') && !/\sof\s/.test(n)) ?? null;
}

function holderIndex(kn: Knowledge): HolderIndex {
  const done = cache.get(kn);
  if (done) return done;
  const holders = new Map<string, Holder>();
  for (const f of kn.offices) {
    // Without a QID, the holder's names tell people apart (the two George Bushes of the US source).
    const key = f.wikidata ?? [f.holder, ...(f.aliases ?? [])].map(fold).join('|');
    const h = holders.get(key) ?? { key, name: f.holder, wikidata: f.wikidata ?? null, facts: [], names: [], gender: null };
    h.facts.push(f);
    for (const n of [f.holder, ...(f.aliases ?? [])]) if (!h.names.some((x) => x.join(' ') === words(n).join(' '))) h.names.push(words(n));
    holders.set(key, h);
  }
  for (const h of holders.values()) h.name = personName(h) ?? h.name;
  const byHolderName = new Map<string, Holder[]>();
  for (const h of holders.values()) push(byHolderName, fold(h.name), h);
  const index: HolderIndex = { byFirstLast: new Map(), bySurname: new Map(), byFact: new Map() };
  for (const h of holders.values()) for (const f of h.facts) index.byFact.set(f, h);
  for (const h of holders.values()) {
    // Two people the table names alike take their fuller names ("George W. Bush").
    if ((byHolderName.get(fold(h.name))?.length ?? 0) > 1) {
      const own = h.facts.flatMap((f) => f.aliases ?? []).find((a) => a.length > h.name.length && byHolderName.get(fold(a)) === undefined);
      if (own) h.name = own;
    }
    const first = h.name.split(/\s+/)[0] ?? '';
    h.gender = givenNameGender(first, kn);
    for (const n of h.names) {
      // A peerage ("Lord Clarke of Nottingham") ends in a place, not a surname.
      if (n.length < 2 || PEER.test(n[0]!) || n.includes('of')) continue;
      push(index.byFirstLast, `${n[0]} ${n.at(-1)}`, h);
      push(index.bySurname, n.at(-1)!, h);
    }
  }
  cache.set(kn, index);
  return index;
}

/** The last day a partial ISO date covers: "2004" → "2004-12-31". */
const periodEnd = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
/** A stretch of time, ISO dates: one day for a dated article, or what the titles in an undated one imply. */
export interface Period {
  from: string;
  to: string;
}
/** Does a term (dates perhaps partial; `to` null while in office) meet the period? */
export const termOverlaps = (f: { from: string | null; to: string | null }, p: Period) => (f.from ?? '') <= p.to && (!f.to || p.from <= periodEnd(f.to));
const inOffice = (h: Holder, p: Period) => h.facts.some((f) => termOverlaps(f, p));

/** Does a title as written ("Chancellor", "UK Home Secretary") name an office of the table, and not a shadow or former one? */
function namesOffice(title: string, f: { title?: string; office: string }): boolean {
  const t = title.toLowerCase();
  if (/\b(shadow|former|ex|deputy|vice|acting)\b/.test(t)) return false;
  const local = f.title ?? f.office;
  return t.includes(local) || t.endsWith(f.office) || local.startsWith(`${t.split(/\s+/).at(-1)} of `);
}

/**
 * When an undated story happens, as far as its titled office-holders tell: "Chancellor Gordon
 * Brown" puts it in his term (1997–2007). The overlap of every such term, or null.
 */
export function impliedPeriod(index: EntityIndex): Period | null {
  let from = '0000';
  let to = '9999';
  let dated = false;
  for (const e of index.entities.values()) {
    if (e.type !== 'Person' || !e.offices) continue;
    const terms = e.offices.filter((o) => [...e.titles].some((t) => namesOffice(t, o)));
    if (terms.length !== 1) continue;
    const [o] = terms as [HeldOffice];
    // A term ends the day the successor takes over: the story is before that day.
    const end = !o.to ? '9999' : o.to.length === 10 ? new Date(Date.parse(`${o.to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10) : periodEnd(o.to);
    if ((o.from ?? '0000') > from) from = o.from ?? '0000';
    if (end < to) to = end;
    dated = true;
  }
  return dated && from <= to ? { from, to } : null;
}

/** Titles that are no office: a surname after them may still be any holder's. */
const NO_OFFICE = /^(mr|mrs|ms|miss|dr|sir|dame|lady|lord|prof|leader|spokesman|spokeswoman|mp|minister)\.?$/i;

/** The name without a leading honorific: "Mrs Howard" → ["howard"]. */
function bareName(name: string): string[] {
  const w = name.split(/\s+/);
  return words((MALE_HONORIFIC.test(w[0] ?? '') || FEMALE_HONORIFIC.test(w[0] ?? '') ? w.slice(1) : w).join(' '));
}

/** A full name is a table name when both agree on first and last word and one's words are all in the other. */
function namesHolder(name: string[], h: Holder): boolean {
  return h.names.some((n) => n[0] === name[0] && n.at(-1) === name.at(-1) && (name.every((w) => n.includes(w)) || n.every((w) => name.includes(w))));
}

/**
 * States and bodies a story is about: `named`, those it names; `governed`, those whose
 * government, parliament or parties it names (and bodies it names: the UN for its
 * secretary-general), a surer sign of politics than a country named in passing.
 */
interface About {
  named: Set<string>;
  governed: Set<string>;
}

function storyIsAbout(index: EntityIndex, kn: Knowledge): About {
  const about: About = { named: new Set(), governed: new Set() };
  for (const e of index.entities.values()) {
    if (!e.mentions.length) continue;
    if (e.type === 'Country') about.named.add(e.name);
    if (e.type !== 'Organisation') continue;
    about.named.add(e.name);
    about.governed.add(e.name);
    const org = kn.organisations.get(e.name);
    if (org?.country && (org.kind === 'government' || org.kind === 'party')) about.governed.add(org.country);
  }
  for (const g of about.governed) about.named.add(g);
  return about;
}

/** Does a title of the entity name one of the holder's offices ("Chancellor Gordon Brown")? */
function titleFits(e: EntityDraft, h: Holder): boolean {
  return [...e.titles].some((t) => h.facts.some((f) => namesOffice(t, f)));
}

/** Of several holders, the one in office then; null when not exactly one. */
function onDate(holders: Holder[], when: Period | null): Holder | null {
  if (holders.length === 1) return holders[0]!;
  if (!when) return null;
  const now = holders.filter((h) => inOffice(h, when));
  return now.length === 1 ? now[0]! : null;
}

/** The holders every full name of the entity can be ("George Bush" and "George W Bush": the son). */
function fullNameHolders(e: EntityDraft, table: HolderIndex): Holder[] {
  let found: Holder[] | null = null;
  for (const n of [e.name, ...e.aliases]) {
    const name = bareName(n);
    if (name.length < 2) continue;
    const these = (table.byFirstLast.get(`${name[0]} ${name.at(-1)}`) ?? []).filter((h) => namesHolder(name, h));
    if (!these.length) continue;
    found = found ? found.filter((h) => these.includes(h)) : these;
  }
  return found ?? [];
}

/** The table's person an entity is, or null. */
function holderOf(e: EntityDraft, index: EntityIndex, kn: Knowledge, when: Period | null, about: About): Holder | null {
  const table = holderIndex(kn);
  const name = bareName(e.name);
  const serves = (h: Holder, states: Set<string>) => h.facts.some((f) => states.has(f.jurisdiction));
  const sure = (h: Holder) => serves(h, about.governed) || titleFits(e, h);
  if (name.length >= 2) {
    const found = fullNameHolders(e, table);
    const h = onDate(found, when);
    // A common name is someone else's unless the story is about the holder's state, or the date
    // or a title says so; a name two holders share ("George Bush") is one of them, the one of the time.
    if (!h) return null;
    const dated = when !== null && (when.from === when.to || found.length > 1) && inOffice(h, when);
    return sure(h) || serves(h, about.named) || dated ? h : null;
  }
  if (name.length !== 1) return null;
  // A surname alone: only if the story names no one else of that surname, and then the one
  // holder of the story's states, in office on its date; undated, the one such holder ever,
  // and only in a story about that state's politics or with the holder's title.
  const surname = name[0]!;
  // "Lord Hutton" is a peer's title, seldom the surname of a minister; "President Carter" is no defence secretary.
  if ([e.name, ...e.aliases].some((a) => PEER.test(a.split(/\s+/)[0] ?? ''))) return null;
  const offices = [...e.titles].filter((t) => !NO_OFFICE.test(t));
  if ([...index.entities.values()].some((x) => x !== e && x.type === 'Person' && words(x.name).at(-1) === surname)) return null;
  const gender = honorificGender([e.name, ...e.aliases]);
  const found = (table.bySurname.get(surname) ?? []).filter((h) => !(gender && h.gender && gender !== h.gender) && (!offices.length || titleFits(e, h)));
  // A story about one state's politics ("Mr Howard" among Tories) names another state's holder
  // only in passing ("a points system like Australia's"): the state named is not enough there.
  const named = (h: Holder) => serves(h, about.named) && (about.governed.size === 0 || serves(h, about.governed));
  const fitting = when ? found.filter((h) => inOffice(h, when) && (sure(h) || named(h))) : found.filter(sure);
  return fitting.length === 1 ? fitting[0]! : null;
}

/** The table's person as an entity would carry it. */
export interface TablePerson {
  name: string;
  wikidata: string | null;
  offices: HeldOffice[];
}

/** The one person who held all these records ("the prime minister" of a state on a date), or null. */
export function tablePerson(kn: Knowledge, records: OfficeFact[]): TablePerson | null {
  const byFact = holderIndex(kn).byFact;
  const people = new Set(records.map((r) => byFact.get(r)));
  const [h] = people;
  return people.size === 1 && h ? { name: h.name, wikidata: h.wikidata, offices: heldOffices(h) } : null;
}

function heldOffices(h: Holder): HeldOffice[] {
  return h.facts.map((f) => ({ office: f.office, title: f.title ?? f.office, jurisdiction: f.jurisdiction, from: f.from, to: f.to, source: f.source ?? 'office-holders' }));
}

/**
 * Links the article's people to the table, renaming a surname-only person to the holder's
 * name (its id changes; `index.of` follows). Returns when the story happens: its date, or
 * for an undated story the period its titled office-holders imply (or null).
 */
export function linkOfficeHolders(index: EntityIndex, kn: Knowledge, date: string | null): Period | null {
  const renamed = new Map<string, string>();
  const about = storyIsAbout(index, kn);
  const links = new Map<EntityDraft, Holder>();
  const link = (when: Period | null, people: EntityDraft[]) => {
    for (const e of people) {
      const h = links.has(e) ? null : holderOf(e, index, kn, when, about);
      if (!h) continue;
      links.set(e, h);
      // Known at once: impliedPeriod reads the offices of the full names linked so far.
      e.offices = heldOffices(h);
    }
  };
  // A name the table gives one office-holder, read as an organisation or a place, is that person.
  const table = holderIndex(kn);
  for (const e of [...index.entities.values()]) {
    if (e.type !== 'Organisation' && e.type !== 'Place') continue;
    const name = words(e.name);
    const id = entityId('Person', e.name);
    if (name.length < 2 || index.entities.has(id)) continue;
    const found = (table.byFirstLast.get(`${name[0]} ${name.at(-1)}`) ?? []).filter((h) => h.names.some((n) => n.join(' ') === name.join(' ')));
    if (found.length !== 1) continue;
    renamed.set(e.id, id);
    index.entities.delete(e.id);
    e.type = 'Person';
    e.id = id;
    index.entities.set(id, e);
  }
  const persons = [...index.entities.values()].filter((e) => e.type === 'Person');
  const full = persons.filter((e) => bareName(e.name).length >= 2);
  // Full names first: in an undated story, their titles tell when it is ("Prime Minister Tony
  // Blair": 1997–2007), for the names two holders share ("George Bush") and surnames alone.
  const day = date ? { from: date, to: date } : null;
  link(day, full);
  const when = day ?? impliedPeriod(index);
  if (!day && when) link(when, full);
  link(when, persons.filter((e) => !full.includes(e)));
  for (const [e, h] of links) {
    const old = e.id;
    const id = entityId('Person', h.name);
    const into = index.entities.get(id);
    if (into && into !== e) {
      // The story keeps apart two people the table would make one ("Presidents George W Bush,
      // Bill Clinton, George Bush"): the first linked keeps the link, the other none.
      delete e.offices;
      continue;
    }
    if (id !== old) {
      index.entities.delete(old);
      e.aliases.add(e.name);
      e.id = id;
      e.name = h.name;
      e.aliases.delete(h.name);
      index.entities.set(id, e);
      renamed.set(old, id);
    }
    e.wikidata = h.wikidata;
  }
  const last = (id: string): string => (renamed.has(id) && renamed.get(id) !== id ? last(renamed.get(id)!) : id);
  if (renamed.size) for (const [m, id] of index.of) index.of.set(m, last(id));
  return when;
}
