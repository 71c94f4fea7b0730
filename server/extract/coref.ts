// Who a reference points at, read in document order: "he" is the most recent speaker or
// subject; "the minister" the person whose title it names, preferring the one just
// quoted; "the source" the source last quoted; "a NATO source" a new unnamed source.
import { describedBody, entityId, type EntityDraft, type EntityIndex } from './entities.ts';
import type { CountryFact, Knowledge, OfficeFact } from './knowledge.ts';
import type { Mention } from './mention.ts';
import { tablePerson, termOverlaps, type Period } from './office-links.ts';
import { fold } from './slug.ts';

/** Titles of a state's ministers ("Foreign Minister", "Home Secretary"), never of a company or a party. */
const STATE_OFFICE = /\b((foreign|defen[cs]e|finance|interior|economy|trade|justice|energy|health|labou?r) minister|prime minister|(foreign|defen[cs]e|home) secretary|secretary of state)\b/;

/** The table's records by the folded names of their holder, built once per knowledge. */
const byName = new WeakMap<Knowledge, Map<string, OfficeFact[]>>();
function recordsByName(kn: Knowledge): Map<string, OfficeFact[]> {
  let map = byName.get(kn);
  if (map) return map;
  map = new Map();
  for (const o of kn.offices) for (const n of new Set([o.holder, ...(o.aliases ?? [])].map(fold))) map.set(n, [...(map.get(n) ?? []), o]);
  byName.set(kn, map);
  return map;
}

/** How far after a role in the lead its name may come (about two short paragraphs). */
const DELAYED_NAME_CHARS = 400;

interface Mark {
  id: string;
  at: number;
}

export class Discourse {
  private lastSpeaker: Mark | null = null;
  private lastSubject: Mark | null = null;
  private lastOrgSubject: Mark | null = null;
  private lastSource: string | null = null;
  private sources = 0;
  private readonly roleSources = new Map<string, string>();
  private readonly personMentions: { id: string; start: number }[];
  /** Per person, the office records each role resolved to them could mean. */
  private readonly officesHeld = new Map<string, OfficeFact[][]>();

  constructor(
    private readonly index: EntityIndex,
    private readonly mentions: Mention[],
    private readonly kn: Knowledge,
    /** When the story happens (its date, or what its titles imply), for who held an office then. */
    private readonly when: Period | null = null,
    /** The article text, for what descriptions need to read around them. */
    private readonly text = '',
  ) {
    this.personMentions = mentions
      .filter((m) => m.kind === 'person')
      .map((m) => ({ id: index.of.get(m)!, start: m.start }))
      .sort((a, b) => a.start - b.start);
  }

  private isPerson(id: string | null): boolean {
    return !!id && this.index.entities.get(id)?.type === 'Person';
  }

  /**
   * The person a role ("the prime minister", "the Tory leader") refers to, or null; the role
   * becomes a mention of that person (a span, not a name). Creates no source: for roles that
   * say nothing, read after the statements.
   */
  roleHolder(m: Mention): string | null {
    if (m.kind !== 'role') return null;
    const done = this.index.of.get(m);
    if (done) return done;
    const id = this.role(m);
    const e = id ? this.index.entities.get(id) : undefined;
    if (!e || e.type !== 'Person') return id;
    e.mentions.push([m.start, m.end]);
    this.index.of.set(m, e.id);
    return e.id;
  }

  /** The entity a mention refers to, creating unnamed sources as they are quoted. */
  resolve(m: Mention): string | null {
    const done = this.index.of.get(m);
    if (done) return done;
    switch (m.kind) {
      case 'pronoun':
        return this.pronoun(m);
      case 'role':
        return this.roleHolder(m) ?? this.roleSource(m);
      case 'source':
        return this.source(m);
      case 'anaphor':
        return this.body(m);
      case 'org':
        return this.unknownOrg(m);
      default:
        return null;
    }
  }

  spoke(id: string, at: number) {
    this.lastSpeaker = { id, at };
    if (this.index.entities.get(id)?.type === 'Source') this.lastSource = id;
  }

  subject(id: string | null, at: number) {
    if (id && this.isPerson(id)) this.lastSubject = { id, at };
    if (id && this.isBody(id)) this.lastOrgSubject = { id, at };
  }

  /**
   * "the prime minister said" where the article names Tony Blair without his title: a person the
   * article names who held that office (of that state, when the role says) when the story
   * happens (its date, or the period its titled office-holders imply; never when neither is
   * known); never one the article gives another title.
   */
  private officeHolder(m: Mention, words: string[]): string | null {
    // The state or body the role is of ("the Russian foreign minister", "the UN secretary-general");
    // a party's ("the Tory leader") holds no office of the table.
    const state = m.affiliation && m.affiliation.kind !== 'person' ? m.affiliation.key : null;
    const when = this.when;
    const held = this.kn.offices.filter(
      (o) =>
        words.some((w) => (o.title ?? o.office).includes(w) || o.office === w) &&
        (!state || o.jurisdiction === state) &&
        (!when || termOverlaps(o, when)),
    );
    if (!held.length) return null;
    const table = recordsByName(this.kn);
    const allOf = (e: EntityDraft) => [...new Set([e.name, ...e.aliases].flatMap((n) => table.get(fold(n)) ?? []))];
    const recordsOf = (e: EntityDraft) => allOf(e).filter((o) => held.includes(o));
    // A head of state or government is often written of unnamed, so undated, with no title to
    // say when, only someone who held no other office of the table: "the prime minister" beside
    // Gordon Brown (chancellor, later prime minister) may be Blair. Leading a party is no other office.
    const onlyThis = (e: EntityDraft) => allOf(e).every((o) => held.includes(o) || o.office === 'party leader');
    const fits = (id: string) => {
      const e = this.index.entities.get(id)!;
      const titles = [...e.titles].filter((t) => !/^(mr|mrs|ms|dr|sir|lord|lady)$/i.test(t));
      const records = recordsOf(e);
      const head = records.some((o) => /^head of/.test(o.office));
      return (!titles.length || hasTitle(titles, words)) && this.heldTogether(id, records) && (when !== null || !head || onlyThis(e));
    };
    const named = new Set(this.personMentions.map((p) => p.id).filter(fits));
    const chosen = named.size === 1 ? [...named][0]! : this.lastBefore(m.start, (id) => named.has(id));
    if (chosen) this.officesHeld.set(chosen, [...(this.officesHeld.get(chosen) ?? []), recordsOf(this.index.entities.get(chosen)!)]);
    return chosen;
  }

  /**
   * "the prime minister's forecasts" in a story that never names him: the one person who held
   * that office of the story's state all through the story's time (its date, or the period its
   * titled office-holders imply), from the table. Not when the story names that person (they
   * then were not the one meant, as officeHolder found), nor for a party's office.
   */
  private unnamedHolder(m: Mention, words: string[]): string | null {
    const when = this.when;
    // "the shadow chancellor", "the former prime minister": not the holder then.
    if (!when || /\b(shadow|former|ex|deputy|vice|acting|junior|then|late|next|future)\b/i.test(m.text)) return null;
    const state = this.roleState(m);
    if (!state) return null;
    const titled = (o: OfficeFact) => words.some((w) => (o.title ?? o.office) === w || o.office === w || (o.title ?? '').startsWith(`${w} of `));
    // A term the table leaves open is known only up to the day the table was taken.
    const known = (o: OfficeFact) => !!o.to || !o.asOf || when.to <= o.asOf;
    const records = this.kn.offices.filter((o) => o.jurisdiction === state && o.office !== 'party leader' && titled(o) && termOverlaps(o, when) && known(o));
    const person = tablePerson(this.kn, records);
    // A story that names someone who held the office at another time may mean them (its period
    // may be wrong: a profile's "Labour leader John Smith"), unless the story gives them an
    // office they could not hold with it ("the chancellor" Gordon Brown is not its prime minister).
    const everHeld = this.kn.offices.filter((o) => o.jurisdiction === state && titled(o));
    const named = this.personMentions.some((p) => {
      const theirs = everHeld.filter((o) => o.holder === this.index.entities.get(p.id)?.name);
      return theirs.length > 0 && this.heldTogether(p.id, theirs);
    });
    if (!person || named) return null;
    const id = entityId('Person', person.name);
    if (this.index.entities.has(id)) return null;
    const country = entityId('Country', state);
    const affiliation = this.index.entities.has(country) ? country : null;
    this.index.entities.set(id, { id, type: 'Person', name: person.name, aliases: new Set(), titles: new Set(), affiliation, mentions: [], wikidata: person.wikidata, offices: person.offices });
    this.personMentions.push({ id, start: m.start });
    this.personMentions.sort((a, b) => a.start - b.start);
    return id;
  }

  /** The state a role is of: the one it names ("the British prime minister"), else the one the story's government or parties are of, else the state in focus. */
  private roleState(m: Mention): string | null {
    const kn = this.kn;
    const named = m.affiliation && m.affiliation.kind !== 'person' ? m.affiliation.key : null;
    if (named) return kn.countries.has(named) ? named : (kn.organisations.get(named)?.country ?? null);
    const governed = new Set<string>();
    for (const e of this.index.entities.values()) {
      const org = e.type === 'Organisation' && e.mentions.length ? kn.organisations.get(e.name) : undefined;
      if (org?.country && (org.kind === 'government' || org.kind === 'party')) governed.add(org.country);
    }
    if (governed.size === 1) return [...governed][0]!;
    if (governed.size > 1) return null;
    const focus = this.stateInFocus(m.start);
    return focus ? (this.index.entities.get(focus)?.name ?? null) : null;
  }

  /**
   * Could the person hold one of these offices at a time when they held each office the story
   * already gave them? "The chancellor" Gordon Brown (1997–2007) is not also "the prime minister"
   * (2007–10) of the same undated story.
   */
  private heldTogether(id: string, records: OfficeFact[]): boolean {
    const before = this.officesHeld.get(id) ?? [];
    const overlap = (a: OfficeFact, b: OfficeFact) => (a.from ?? '') < (b.to ?? '9999') && (b.from ?? '') < (a.to ?? '9999');
    return records.some((r) => before.every((earlier) => earlier.some((a) => overlap(a, r))));
  }

  /** "Mr President" in a quotation: the person holding that title, the speaker aside; null when none. */
  holder(title: string, at: number, speaker: string | null): string | null {
    const words = this.kn.roleNouns.get(title) ?? [title];
    const fits = (id: string) => {
      const e = this.index.entities.get(id);
      return id !== speaker && e?.type === 'Person' && hasTitle([...e.titles, ...e.aliases], words);
    };
    return this.lastBefore(at, fits) ?? this.personMentions.find((p) => fits(p.id))?.id ?? null;
  }

  /** "The Russian said": the person last quoted or named who is known to serve that state. */
  private national(m: Mention): string | null {
    const whose = m.affiliation ? this.affiliationId(m) : null;
    const country = whose ? [...this.kn.countries.values()].find((c) => entityId('Country', c.name) === whose) : undefined;
    if (!whose || !country) return null;
    const serves = (id: string) => {
      const e = this.index.entities.get(id);
      return e?.type === 'Person' && (e.affiliation === whose || namesState(e, country));
    };
    if (this.lastSpeaker && this.lastSpeaker.at <= m.start && serves(this.lastSpeaker.id)) return this.lastSpeaker.id;
    return this.lastBefore(m.start, serves);
  }

  /**
   * "the company added", "the committee said": the organisation of that kind last named before
   * it (a company for "the firm", "the insurer"), else an unnamed source so described.
   */
  private body(m: Mention): string {
    const head = m.title ?? '';
    // The one body the description can only mean (entities.ts), as descriptions found there resolve.
    const found = describedBody(m, this.mentions, this.index, this.kn, this.text);
    if (found) return this.attach(found, m);
    // "the government said": the state in focus, as governments are their country's voice;
    // "the US government", the state it names.
    const named = m.affiliation?.kind === 'country' ? this.affiliationId(m) : null;
    const state = /^(government|administration|cabinet)$/.test(head) ? (named ?? this.stateInFocus(m.start)) : null;
    return state ? this.attach(state, m) : this.newSource(m);
  }

  /**
   * "Foreign Minister Andrei Kozyrev" in a story about Russia: a minister of state whose title
   * names no state serves the state the table of office-holders says, else the state the story
   * is about (named most, and clearly so). Run after the statements.
   */
  affiliateMinisters(): void {
    for (const e of this.index.entities.values()) {
      if (e.type !== 'Person' || e.affiliation || !e.mentions.length) continue;
      const titles = [...e.titles].map((t) => t.toLowerCase()).filter((t) => STATE_OFFICE.test(t) && !/\b(shadow|former|ex|deputy|junior|acting|vice)\b/.test(t));
      // A title or name that says whose minister ("Italian finance minister") is read as it says, elsewhere.
      if (!titles.length || [...this.kn.countries.values()].some((c) => namesState(e, c))) continue;
      const fromTable = e.offices?.find((o) => titles.some((t) => t.includes(o.title)))?.jurisdiction;
      const id = fromTable ? entityId('Country', fromTable) : this.dominantState();
      if (id && this.index.entities.get(id)?.mentions.length) e.affiliation = id;
    }
  }

  /** The state a story is about beyond doubt: at least three mentions, and most of all the states' mentions. */
  private dominantState(): string | null {
    const countries = [...this.index.entities.values()].filter((e) => e.type === 'Country');
    const total = countries.reduce((n, c) => n + c.mentions.length, 0);
    const top = countries.sort((a, b) => b.mentions.length - a.mentions.length)[0];
    return top && top.mentions.length >= 3 && top.mentions.length * 10 >= total * 6 ? top.id : null;
  }

  /** The country last quoted or the subject, else the one the article names most (and clearly so). */
  private stateInFocus(at: number): string | null {
    const marks = [this.lastSpeaker, this.lastOrgSubject].filter((x): x is Mark => !!x && x.at <= at && this.index.entities.get(x.id)?.type === 'Country');
    marks.sort((a, b) => b.at - a.at);
    if (marks[0]) return marks[0].id;
    const countries = [...this.index.entities.values()].filter((e) => e.type === 'Country').sort((a, b) => b.mentions.length - a.mentions.length);
    const [top, second] = countries;
    return top && top.mentions.length >= 2 && top.mentions.length > (second?.mentions.length ?? 0) ? top.id : null;
  }

  /** "said Swiss Re", "the CML said": a name no finder knew, as an organisation. */
  private unknownOrg(m: Mention): string {
    const id = entityId('Organisation', m.key);
    if (!this.index.entities.has(id)) {
      this.index.entities.set(id, { id, type: 'Organisation', name: m.key, aliases: new Set(), titles: new Set(), affiliation: null, mentions: [] });
    }
    return this.attach(id, m);
  }

  /** Does a title name another state than `country` ("Russian envoy" when the role is American)? */
  private servesAnother(e: EntityDraft, country: string): boolean {
    return [...this.kn.countries.values()].some((c) => entityId('Country', c.name) !== country && namesState(e, c));
  }

  /** The person named last before `at` for whom `fits` holds. */
  private lastBefore(at: number, fits: (id: string) => boolean): string | null {
    for (let i = this.personMentions.length - 1; i >= 0; i--) {
      const p = this.personMentions[i]!;
      if (p.start < at && fits(p.id)) return p.id;
    }
    return null;
  }

  /** "It said": the organisation or state last quoted or last the subject. */
  private it(m: Mention): string | null {
    const marks = [this.lastSpeaker, this.lastOrgSubject].filter((x): x is Mark => !!x && x.at <= m.start && this.isBody(x.id));
    marks.sort((a, b) => b.at - a.at);
    return marks[0]?.id ?? null;
  }

  private isBody(id: string): boolean {
    const t = this.index.entities.get(id)?.type;
    return t === 'Organisation' || t === 'Country';
  }

  private pronoun(m: Mention): string | null {
    if (m.key === 'it') return this.it(m);
    // "He said", "She added": the last person spoken of or quoted, or a lone unnamed source just
    // quoted ("the analyst told Al Jazeera … She said …"), of a gender that fits.
    const fits = (id: string) => this.genderFits(id, m.key);
    const speakerFits = (x: Mark) => (this.isPerson(x.id) || this.isSingleSource(x.id)) && fits(x.id);
    const marks = [this.lastSpeaker && speakerFits(this.lastSpeaker) ? this.lastSpeaker : null, this.lastSubject && fits(this.lastSubject.id) ? this.lastSubject : null].filter(
      (x): x is Mark => !!x && x.at <= m.start,
    );
    marks.sort((a, b) => b.at - a.at);
    return marks[0]?.id ?? this.lastBefore(m.start, fits);
  }

  /** "told him": the person last named before `at` that fits the pronoun and is not the speaker. */
  hearer(key: string, at: number, speaker: string | null): string | null {
    return this.lastBefore(at, (id) => id !== speaker && this.genderFits(id, key));
  }

  private isSingleSource(id: string): boolean {
    const e = this.index.entities.get(id);
    return e?.type === 'Source' && !/s$/.test(e.name.split(/\s+/).pop() ?? '');
  }

  /** "she" is never a man called Mr, "he" never a woman called Mrs, Ms or Miss. */
  private genderFits(id: string, pronoun: string): boolean {
    const e = this.index.entities.get(id);
    if (!e) return false;
    const forms = [...e.aliases, ...e.titles, e.name].join(' | ');
    const male = /\b(Mr|Sir|Lord|King|Prince|spokesman)\b/.test(forms);
    const female = /\b(Mrs|Ms|Miss|Madam|Madame|Dame|Lady|Queen|Princess|Baroness|spokeswoman)\b/.test(forms);
    if (pronoun === 'she') return !male || female;
    if (pronoun === 'he') return !female || male;
    return true;
  }

  private role(m: Mention): string | null {
    if (m.key === '') return this.national(m);
    const words = this.kn.roleNouns.get(m.key) ?? [m.key];
    // "the American diplomat" is no one known to serve another state or body.
    const whose = m.affiliation ? this.affiliationId(m) : null;
    // "the Tory leader" is a Tory's title: a leader of no known party (a prime minister) is not him.
    const party = whose ? this.kn.organisations.get(this.index.entities.get(whose)?.name ?? '')?.kind === 'party' : false;
    const fits = (e: EntityDraft) =>
      e.type === 'Person' &&
      (!whose || (e.affiliation ? e.affiliation === whose : !party && !this.servesAnother(e, whose))) &&
      hasTitle([...e.titles, ...e.aliases], words);
    if (this.lastSpeaker && this.lastSpeaker.at <= m.start) {
      const e = this.index.entities.get(this.lastSpeaker.id);
      if (e && fits(e)) return e.id;
    }
    const candidates = this.personMentions.filter((p) => fits(this.index.entities.get(p.id)!));
    const before = candidates.filter((p) => p.start < m.start);
    const found = before[before.length - 1] ?? candidates.find((p) => p.start > m.end);
    if (found) return found.id;
    const held = this.officeHolder(m, words) ?? this.unnamedHolder(m, words);
    if (held) return held;
    if (this.kn.sourceNouns.has(m.key)) return this.lastSource;
    // Delayed identification, as wire leads do it: "Ukraine's foreign minister said …" and
    // the name a paragraph later ("… Dmytro Kuleba told The Associated Press"). Only with
    // no one named before, and only a person of no other known title.
    if (before.length === 0 && this.personMentions.every((p) => p.start > m.start)) {
      const next = this.personMentions.find((p) => p.start > m.end && p.start - m.end < DELAYED_NAME_CHARS);
      const e = next && this.index.entities.get(next.id);
      if (e && e.titles.size === 0) return e.id;
    }
    return null;
  }

  /**
   * A role no named person holds in the article ("Syria's ambassador to the UN said") is an
   * unnamed source with that role and its affiliation; the same role later is the same source.
   */
  private roleSource(m: Mention): string {
    const known = this.roleSources.get(m.key);
    if (known && (!m.affiliation || this.index.entities.get(known)?.affiliation === this.affiliationId(m))) return this.attach(known, m);
    const id = this.newSource(m);
    this.roleSources.set(m.key, id);
    return id;
  }

  private source(m: Mention): string | null {
    const affiliation = this.affiliationId(m);
    if (m.definite) {
      const bare = /^the\s+\S+\??$/i.test(m.text);
      // "the Russian diplomat", "the ambassador": a person just named with that role, if any.
      if (bare || (!m.plural && m.title && this.kn.roleNouns.has(m.title))) {
        const titled = this.role({ ...m, kind: 'role', key: m.title ?? m.key });
        if (titled && this.index.entities.get(titled)?.type === 'Person') return titled;
      }
      if (bare && this.lastSource) return this.attach(this.lastSource, m);
      const same = [...this.index.entities.values()].filter((e) => e.type === 'Source' && e.affiliation === affiliation);
      if (same.length && affiliation) return this.attach(same[same.length - 1]!.id, m);
    }
    return this.newSource(m);
  }

  private newSource(m: Mention): string {
    const id = `source:${++this.sources}`;
    this.index.entities.set(id, {
      id,
      type: 'Source',
      name: m.text.replace(/\s+/g, ' '),
      aliases: new Set(),
      titles: new Set(),
      affiliation: this.affiliationId(m),
      mentions: [],
    });
    return this.attach(id, m);
  }

  private attach(id: string, m: Mention): string {
    const e = this.index.entities.get(id)!;
    e.mentions.push([m.start, m.end]);
    if (m.text !== e.name) e.aliases.add(m.text.replace(/\s+/g, ' '));
    this.index.of.set(m, id);
    return id;
  }

  private affiliationId(m: Mention): string | null {
    if (!m.affiliation) return null;
    if (m.affiliation.kind === 'person') {
      const key = m.affiliation.key;
      for (const [x, id] of this.index.of) if (x.kind === 'person' && x.key === key) return id;
      return null;
    }
    if (m.affiliation.kind === 'org') return this.index.entities.get(entityId('Organisation', m.affiliation.key))?.id ?? null;
    // "Europe's premier competition": a continent or region is no state to serve.
    if (!this.kn.countries.has(m.affiliation.key)) return null;
    const id = entityId('Country', m.affiliation.key);
    if (!this.index.entities.has(id)) {
      this.index.entities.set(id, { id, type: 'Country', name: m.affiliation.key, aliases: new Set(), titles: new Set(), affiliation: null, mentions: [] });
    }
    return id;
  }
}

/** Does one of the titles (or aliases with titles, "Chancellor Gordon Brown") fit one of a role's words? */
function hasTitle(titles: string[], words: string[]): boolean {
  return titles.some((t) => words.some((w) => holdsTitle(t.toLowerCase(), w)));
}

/**
 * Does a title name the role `word`? "Shadow chancellor X" or "former prime minister Y" holds
 * another office than "the chancellor" or "the prime minister", unless the role says so too.
 */
function holdsTitle(title: string, word: string): boolean {
  const at = title.indexOf(word);
  if (at < 0) return false;
  // "ex-Conservative chancellor Ken Clarke" held it once: a qualifier anywhere before the word counts.
  return /^(shadow|former|ex|vice|deputy|acting)\b/.test(word) || !/\b(shadow|former|ex|vice|deputy)[\s-]/.test(title.slice(0, at));
}

/** Does a person's title or alias name the state ("Russian envoy X" names Russia)? */
function namesState(e: EntityDraft, c: CountryFact): boolean {
  const words = new Set([...e.titles, ...e.aliases].flatMap((t) => t.split(/[\s-]+/)));
  return [c.name, ...c.aliases, ...c.demonyms].some((w) => words.has(w));
}
