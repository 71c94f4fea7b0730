// Named mentions → entities. People are grouped by name: a surname alone ("Blair", "Mr
// Blair"), or a spelling one letter off, joins the one full name it can belong to, never a
// relative of another given name or gender; a capital is the state when it acts and a place
// when something happens in it; a country named only as a location is a place; a definite
// description ("the party", "the paper") is the organisation it can only mean, or no one named.
import type { EntityType, ExtractedEntity, HeldOffice, Span } from '../../common/extraction.ts';
import { givenNameGender } from './gazetteer.ts';
import { defaultKnowledge, type Knowledge } from './knowledge.ts';
import type { Mention } from './mention.ts';
import { COMPANY_HEADS } from './noun-phrase-speaker.ts';
import { editDistance, fold, slug } from './slug.ts';

export interface EntityDraft {
  id: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  titles: Set<string>;
  affiliation: string | null;
  mentions: Span[];
  /** Set by office-links.ts for a person the table of office-holders knows. */
  wikidata?: string | null;
  offices?: HeldOffice[];
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

function attach(index: EntityIndex, e: EntityDraft, m: Mention, alias = m.text, span: Span = [m.start, m.end]) {
  index.of.set(m, e.id);
  e.mentions.push(span);
  // A name broken over a line or joined by a no-break space is still the one name.
  const form = alias.replace(/\s+/g, ' ');
  if (form !== e.name) e.aliases.add(form);
}

// ---------------------------------------------------------------------------------------------
// People

type Gender = 'm' | 'f';

/** Honorifics: they say how a person is addressed, not what they do (never kept as titles). */
const HONORIFIC = /^(mr|mrs|ms|miss|mx|dr|prof|sir|dame|lord|lady)\.?$/i;
const MALE_WORDS = new Set('mr sir lord prince king duke earl baron count emperor tsar pope father brother monsieur herr signor señor senor sheikh emir sultan spokesman congressman councilman assemblyman businessman'.split(' '));
const FEMALE_WORDS = new Set(
  'mrs ms miss lady dame baroness princess queen duchess countess empress tsarina madam madame mme sister signora señora senora frau spokeswoman congresswoman councilwoman assemblywoman chairwoman businesswoman'.split(' '),
);
/** Before one word, these make it a given name ("Prince William", "Sir Menzies"), never a surname. */
const GIVEN_NAME_TITLES = new Set('prince princess king queen pope emperor empress tsar tsarina sheikh emir sultan sir dame'.split(' '));
/** Of those, the ones that make a different person of anyone not so titled ("Prince Charles" is not Charles Kennedy). */
const ROYAL = new Set('prince princess king queen pope emperor empress tsar tsarina sheikh emir sultan'.split(' '));
/** Titles written short, without a full stop in British style ("Gen Pinochet", "Cllr Smith"). */
const SHORT_TITLES = new Set('gen col capt lt maj sgt cpl adm cmdr cdr gov sen rep pres supt insp det cllr rev fr st mgr msgr judge justice'.split(' '));
const PLACE_WORDS = new Set('north south east west northern southern eastern western central upper lower great greater new old port fort mount lake cape'.split(' '));
const CALENDAR = new Set('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '));

const lastWord = (title: string) => (title.trim().split(/\s+/).pop() ?? '').toLowerCase().replace(/\.$/, '');

function genderOfTitle(title: string | null | undefined): Gender | null {
  if (!title) return null;
  const w = lastWord(title);
  return MALE_WORDS.has(w) ? 'm' : FEMALE_WORDS.has(w) ? 'f' : null;
}

/** One reference to a person, as written. */
interface PersonRef {
  m: Mention;
  /** The name as written ("Blair", "Parker Bowles", "Tony Blair"). */
  name: string;
  words: string[];
  /** The honorific or title written before it. */
  title: string | null;
  gender: Gender | null;
  /** A one-word name after Prince, King, Sir …: a given name. */
  given: 'royal' | 'sir' | null;
  span: Span;
  /** A one-word name that turned out to be the given name of the name after it. */
  partOf?: PersonRef;
}

function personRef(text: string, m: Mention): PersonRef {
  const written = m.text.replace(/['’]s$/u, '').replace(/\s+/g, ' ').trim();
  // The recurring-name finder keys a surname by the full name it saw first: the surname is what was written.
  const name = !written.includes(' ') && m.key.includes(' ') && !m.kin ? written : m.key;
  const before = m.titleStart !== undefined && m.titleStart < m.start ? text.slice(m.titleStart, m.start).trim() : '';
  const prev = /(\p{L}+\.?)\s+$/u.exec(text.slice(Math.max(0, m.start - 12), m.start))?.[1] ?? '';
  const title = m.title ?? (before || (HONORIFIC.test(prev) ? prev : null));
  const words = fold(name).split(/\s+/);
  const t = title ? lastWord(title) : '';
  const given = words.length === 1 && GIVEN_NAME_TITLES.has(t) ? (ROYAL.has(t) ? 'royal' : 'sir') : null;
  return { m, name, words, title, gender: genderOfTitle(title), given, span: [m.start, m.end] };
}

/**
 * "Cherie Blair" where only "Blair" was found (the surname of Tony Blair, named before): a
 * capitalised word right before a lone surname is a given name when a person list knows it, when
 * it was itself found as a one-word name, or when it sits inside a sentence, the article never
 * writes it in lowercase and no title, date or other name claims it. Then that surname is
 * someone else's.
 */
function givenNameBefore(text: string, r: PersonRef, refs: PersonRef[], mentions: Mention[], surnames: Set<string>, kn: Knowledge): { word: string; start: number; ref?: PersonRef } | null {
  if (r.words.length !== 1 || r.title || r.m.titleStart !== undefined) return null;
  if (text[r.m.start - 1] !== ' ') return null;
  const hit = /(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)$/u.exec(text.slice(Math.max(0, r.m.start - 31), r.m.start - 1));
  if (!hit) return null;
  const word = hit[1]!;
  const start = r.m.start - 1 - word.length;
  if (/[\p{L}\p{N}'’.-]/u.test(text[start - 1] ?? '')) return null;
  const lower = word.toLowerCase();
  if (HONORIFIC.test(word) || kn.titleWords.has(lower) || SHORT_TITLES.has(lower) || CALENDAR.has(lower) || surnames.has(lower)) return null;
  const covering = mentions.filter((x) => x.start < start + word.length && start < x.end);
  const ref = refs.find((x) => x.m.start === start && x.m.end === start + word.length && x.words.length === 1 && !x.title);
  if (covering.some((x) => x !== ref?.m)) return null;
  if (ref || kn.givenNames.has(word) || givenNameGender(word, kn)) return { word, start, ...(ref ? { ref } : {}) };
  // Inside a sentence, after a lowercase word: "a member of Cherie Blair's chambers".
  if (r.m.sentence < 0) return null;
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
  // Not a place's name ("in Wood Green", "North Hykeham").
  if (!/^\p{Ll}+,?$/u.test(before) || /^(in|at|near|around|outside|inside)$/.test(before) || PLACE_WORDS.has(lower)) return null;
  if (new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u').test(text)) return null;
  return { word, start };
}

/** Kinship after a name says its gender: "Michael Howard's wife", "Jane Doe and her husband". */
function kinGender(text: string, end: number): Gender | null {
  const after = text.slice(end, end + 60);
  const wife = /^(?:['’]s?\s+(?:[\p{L}-]+\s+){0,2}?|\s+and\s+his\s+)(?:wife|widow|girlfriend|fiancée|fiancee)(?![\p{L}])/u;
  const husband = /^(?:['’]s?\s+(?:[\p{L}-]+\s+){0,2}?|\s+and\s+her\s+)(?:husband|widower|boyfriend|fiancé)(?![\p{L}])/u;
  return wife.test(after) ? 'm' : husband.test(after) ? 'f' : null;
}

interface FullName {
  /** The canonical name: the longest spelling. */
  name: string;
  spellings: string[][];
  gender: Gender | null;
}

/**
 * Full names grouped as spellings of one name: the same given name (or, five letters or more, one
 * letter off and of no other gender: "Viktor"/"Victor") and a surname at most one letter off (for
 * long surnames).
 */
function fullNames(refs: PersonRef[], kn: Knowledge): Map<string, FullName> {
  const byKey = new Map<string, FullName>();
  const groups: FullName[] = [];
  const keys = [...new Set(refs.map((r) => r.name))].sort((a, b) => b.length - a.length);
  const firstOf = (k: string) => k.split(' ')[0]!;
  const sameGiven = (x: string, y: string) => {
    const [fx, fy] = [fold(x), fold(y)];
    if (fx === fy) return true;
    const [gx, gy] = [givenNameGender(x, kn), givenNameGender(y, kn)];
    return Math.min(fx.length, fy.length) >= 5 && editDistance(fx, fy) <= 1 && !(gx && gy && gx !== gy);
  };
  // Two spellings written in one sentence are two people ("Presidents George W Bush, Bill Clinton, George Bush").
  const sentencesOf = (name: string) => new Set(refs.filter((r) => r.name === name && r.m.sentence >= 0).map((r) => r.m.sentence));
  const together = (g: FullName, k: string) => {
    const mine = sentencesOf(k);
    return [...byKey].some(([name, x]) => x === g && [...sentencesOf(name)].some((s) => mine.has(s)));
  };
  for (const k of keys) {
    const b = fold(k).split(' ');
    const same = groups.find((g) => {
      const a = g.spellings[0]!;
      const [la, lb] = [a[a.length - 1]!, b[b.length - 1]!];
      return sameGiven(firstOf(g.name), firstOf(k)) && editDistance(la, lb) <= (la.length >= 6 ? 1 : 0) && !together(g, k);
    });
    if (same) same.spellings.push(b);
    const g = same ?? { name: k, spellings: [b], gender: null };
    if (!same) groups.push(g);
    byKey.set(k, g);
  }
  return byKey;
}

/** The gender a full name's own evidence gives: its given name, its honorifics and titles, kinship. */
function fullNameGender(g: FullName, refs: PersonRef[], text: string, kn: Knowledge): Gender | null {
  const seen = new Set<Gender>();
  for (const r of refs) {
    if (r.gender) seen.add(r.gender);
    const kin = kinGender(text, r.span[1]);
    if (kin) seen.add(kin);
  }
  for (const words of g.spellings) {
    const first = refs.find((r) => fold(r.name).split(' ')[0] === words[0])?.name.split(' ')[0];
    const given = first && !/^\p{Lu}\.?$/u.test(first) ? givenNameGender(first, kn) : null;
    if (given) seen.add(given);
  }
  return seen.size === 1 ? [...seen][0]! : null;
}

/**
 * Decides which person each reference is: returns the entity name per reference. Full names
 * group by spelling; a surname (or the last words of a name, "Parker Bowles") joins the one full
 * name it ends, of a gender that does not conflict with its honorific; with two such full names
 * only gender can choose ("Mr Blair" beside Tony and Cherie Blair), else it stays a person of its
 * own, as does a man and a woman of one surname when neither can be told from the full name.
 */
function resolvePeople(text: string, refs: PersonRef[], kn: Knowledge): Map<PersonRef, string> {
  const out = new Map<PersonRef, string>();
  const isSuffix = (r: PersonRef) =>
    refs.some((o) => o.words.length > r.words.length && o.words.slice(-r.words.length).join(' ') === r.words.join(' ') && !o.partOf);
  const full = refs.filter((r) => r.words.length > 1 && !isSuffix(r));
  const groups = fullNames(full, kn);
  const uniqueGroups = [...new Set(groups.values())];
  for (const g of uniqueGroups) g.gender = fullNameGender(g, full.filter((r) => groups.get(r.name) === g), text, kn);
  for (const r of full) out.set(r, groups.get(r.name)!.name);

  const short = refs.filter((r) => !out.has(r));
  const byWords = new Map<string, PersonRef[]>();
  for (const r of short) byWords.set(r.words.join(' '), [...(byWords.get(r.words.join(' ')) ?? []), r]);
  const alone = new Set(short.filter((r) => r.words.length === 1).map((r) => r.words[0]!));
  const titledAlone = new Set(short.filter((r) => r.title && !HONORIFIC.test(r.title)).map((r) => r.words.join(' ')));
  for (const [key, same] of byWords) {
    const words = same[0]!.words;
    const written = same.find((r) => /\p{Ll}/u.test(r.name))?.name ?? same[0]!.name;
    const royal = same.some((r) => r.given === 'royal');
    const sir = same.some((r) => r.given === 'sir');
    const candidates = royal || sir ? [] : surnameOwners(words, written, uniqueGroups, kn);
    const decided = new Map<Gender | 'none', FullName | null>();
    const genders = new Set(same.map((r) => r.gender).filter((x): x is Gender => !!x));
    for (const g of genders) {
      // The one candidate of no other gender; when it is of no known gender, only if no one of the other gender has this surname.
      const fit = candidates.filter((c) => !c.gender || c.gender === g);
      const one = fit.length === 1 && (fit[0]!.gender === g || genders.size === 1) ? fit[0]! : null;
      decided.set(g, one ?? established(fit, same.filter((r) => r.gender === g), full, groups));
    }
    // A bare surname is the one full name it can be, when every honorific use of it went there too.
    const bare = candidates.length === 1 && [...genders].every((g) => decided.get(g) === candidates[0]) ? candidates[0]! : null;
    // Else, where every honorific use went to one of them, the bare surname goes there too.
    const honorificOwners = new Set([...genders].map((g) => decided.get(g)));
    const sole = honorificOwners.size === 1 ? [...honorificOwners][0]! : null;
    decided.set('none', bare ?? (genders.size ? sole : established(candidates, same, full, groups)));
    let fallback: string | null = null;
    if (candidates.length === 0 && words.length === 1 && !royal) {
      // "Tsai" for "Tsai Ing-wen"; "Sir Menzies" for "Menzies Campbell": a given name alone.
      // "Cherie" for "Cherie Blair": a known given name, untitled, is the one full name it begins.
      const given = !titledAlone.has(key) && !genders.size && (kn.givenNames.has(written) || givenNameGender(written, kn) !== null);
      const owner = sir || given ? firstNameOwner(words[0]!, uniqueGroups) : titledAlone.has(key) ? undefined : surnameFirst(words[0]!, uniqueGroups, alone);
      if (owner) fallback = owner.name;
    }
    // People of their own: one per gender where a man and a woman share the surname.
    const unresolved = new Set(same.filter((r) => !(decided.get(r.gender ?? 'none') ?? fallback)).map((r) => r.gender ?? 'none'));
    const split = genders.size > 1 && (candidates.length > 0 || unresolved.size > 1);
    for (const r of same) {
      const owner = decided.get(r.gender ?? 'none') ?? null;
      if (owner) out.set(r, owner.name);
      else if (fallback) out.set(r, fallback);
      else if (split && r.gender) out.set(r, `${honorificOf(same, r.gender)} ${written}`);
      else out.set(r, written);
    }
  }
  return out;
}

/**
 * "Michael Howard … Mr Howard said … Australia's PM, John Howard … Mr Howard appointed": of two
 * people sharing a surname, the one the article was already calling by it before it named the
 * other; a paper keeps its "Mr Howard" and names the newcomer in full. Null when the surname
 * first appears after both are named (then it stays ambiguous).
 */
function established(candidates: FullName[], refs: PersonRef[], full: PersonRef[], groups: Map<string, FullName>): FullName | null {
  if (candidates.length < 2 || !refs.length) return null;
  const firstNamed = (c: FullName) => Math.min(...full.filter((r) => groups.get(r.name) === c).map((r) => r.span[0]));
  const order = candidates.map((c) => ({ c, at: firstNamed(c) })).sort((a, b) => a.at - b.at);
  const [first, second] = [order[0]!, order[1]!];
  if (!Number.isFinite(first.at) || second.at === first.at) return null;
  return refs.some((r) => r.span[0] > first.at && r.span[0] < second.at) ? first.c : null;
}

function honorificOf(refs: PersonRef[], g: Gender): string {
  const t = refs.find((r) => r.gender === g && r.title)?.title ?? (g === 'm' ? 'Mr' : 'Ms');
  return t.trim().split(/\s+/).pop()!;
}

/** Full names that end in these words (or, for a long single word, in a spelling one letter off it). */
function surnameOwners(words: string[], written: string, groups: FullName[], kn: Knowledge): FullName[] {
  const n = words.length;
  const knownGiven = n === 1 && (kn.givenNames.has(written) || givenNameGender(written, kn) !== null);
  const exact = groups.filter((g) => g.spellings.some((s) => s.length > n && s.slice(-n).join(' ') === words.join(' ')));
  if (exact.length || n > 1 || knownGiven || words[0]!.length < 6) return exact;
  // A spelling one letter off only where no one has the surname as written ("Clapton" beside Adam Clayton and Eric Clapton).
  return groups.filter((g) => g.spellings.some((s) => s.length > 1 && editDistance(s[s.length - 1]!, words[0]!) <= 1));
}

/** The one full name that starts with this word ("Sir Menzies" → Menzies Campbell). */
function firstNameOwner(f: string, groups: FullName[]): FullName | undefined {
  const owners = groups.filter((g) => g.spellings.some((s) => s.length > 1 && s[0] === f));
  return owners.length === 1 ? owners[0] : undefined;
}

/**
 * "Tsai" for "Tsai Ing-wen", "Chiu" for "Chiu Chui-cheng": where the family name comes first,
 * the first word alone is the person: the first word of exactly one two-word name, whose last
 * word the article never uses alone. (Not a one-word name with a title: "Prince Charles".)
 */
function surnameFirst(f: string, groups: FullName[], alone: Set<string>): FullName | undefined {
  const owners = groups.filter((g) => g.spellings.some((s) => s.length === 2 && s[0] === f && !alone.has(s[1]!)));
  return owners.length === 1 ? owners[0] : undefined;
}

function buildPeople(index: EntityIndex, text: string, persons: Mention[], mentions: Mention[], kn: Knowledge) {
  const refs = persons.map((m) => personRef(text, m));
  // Surnames the article's full names end in: never a given name before another surname.
  const surnames = new Set(refs.filter((r) => r.words.length > 1).map((r) => r.words[r.words.length - 1]!));
  for (const r of refs) {
    const given = givenNameBefore(text, r, refs, mentions, surnames, kn);
    if (!given) continue;
    r.name = `${given.word} ${r.name}`;
    r.words = fold(r.name).split(/\s+/);
    r.span = [given.start, r.m.end];
    if (given.ref) given.ref.partOf = r;
  }
  const own = refs.filter((r) => !r.partOf);
  const names = resolvePeople(text, own, kn);
  for (const r of refs) {
    const whole = r.partOf ?? r;
    const e = draft(index, 'Person', names.get(whole)!);
    if (r.partOf) {
      index.of.set(r.m, e.id);
      continue;
    }
    const m = r.m;
    attach(index, e, m, text.slice(r.span[0], r.span[1]), r.span);
    if (m.titleStart !== undefined && m.titleStart < m.start) e.aliases.add(text.slice(m.titleStart, m.end).replace(/\s+/g, ' '));
    if (m.title && !HONORIFIC.test(m.title)) e.titles.add(m.title);
  }
}

// ---------------------------------------------------------------------------------------------
// "the House": whose house the story's words say

const BRITISH = /(?<![\p{L}])(MPs?|Commons|Lords|Westminster|Labour|Tory|Tories|Conservatives?|Lib Dems?|Liberal Democrats?|peers|Whitehall|Downing Street)(?![\p{L}])/gu;
const AMERICAN = /(?<![\p{L}])(Congress|Congressional|Senate|Senators?|Representatives?|Republicans?|Democrats?|Democratic|Capitol|congressm[ae]n|congresswom[ae]n|GOP)(?![\p{L}])/gu;
const LORDS_NEAR = /(?<![\p{L}])(Lords|peers|peeresses)(?![\p{L}])/u;
const COMMONS_NEAR = /(?<![\p{L}])(Commons|MPs?)(?![\p{L}])/u;
const count = (re: RegExp, s: string) => [...s.matchAll(re)].length;

/**
 * "the House" alone: the House of Commons (or Lords, with peers near) in a British story, the
 * House of Representatives in an American one, nothing where the story does not say.
 */
/** How much more British than American a story's political words are (below 0: more American). */
const britishLean = (text: string) => count(BRITISH, text) - count(AMERICAN, text);

function whoseHouse(text: string, m: Mention): string | null {
  const lean = britishLean(text);
  if (lean > 0) {
    const near = text.slice(Math.max(0, m.start - 300), m.end + 300);
    return LORDS_NEAR.test(near) && !COMMONS_NEAR.test(near) ? 'House of Lords' : 'House of Commons';
  }
  return lean < 0 ? 'House of Representatives' : null;
}

// ---------------------------------------------------------------------------------------------
// Definite descriptions of organisations

/** Words that describe any body and so distinguish none. */
const NEUTRAL = new Set('same whole entire very embattled troubled beleaguered struggling'.split(' '));
const stem = (w: string) => fold(w).replace(/(?:ies|ic|ics|s|y|an|ans)$/u, '');
/** A modifier that counts, not describes: "the 25-nation bloc", "the two companies". */
const COUNTING = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)(?:-[\p{L}]+)?$/u;

/**
 * "Parliament" alone is the British Parliament in a British story (never after another name:
 * "Scottish Parliament"); "Westminster" is it unless a cathedral, hall or borough ("Archbishop
 * of Westminster", "Westminster Abbey").
 */
function britishParliament(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 20), m.start);
  const after = text.slice(m.end, m.end + 20);
  if (/^Westminster$/u.test(m.text)) return !/\bof\s+$/u.test(before) && !/^\s+(Cathedral|Abbey|Hall|Bridge|Council|City|School|Hour|Central|North|South)\b/u.test(after);
  if (!/^(the\s+)?Parliament$/u.test(m.text)) return true;
  return !/\p{Lu}[\p{L}'’-]*\s+$/u.test(before.replace(/\b(The|the)\s+$/u, '')) && britishLean(text) > 0;
}

/**
 * Is a party's name the party here? "Labour costs", "Labour market" and "German Labour Minister"
 * use the word for work: a portfolio or an economic noun after it, of another state before it.
 */
function partyMeant(text: string, m: Mention, mentions: readonly Mention[], kn: Knowledge): boolean {
  const after = text.slice(m.end, m.end + 30);
  if (/^\s+(?:costs?|markets?|force|shortages?|laws?|productivity|income|relations)\b/iu.test(after)) return false;
  if (!/^\s+(?:Minister|Ministry|Secretary|Department|Office)\b/u.test(after)) return true;
  const home = kn.organisations.get(m.key)?.country ?? null;
  const before = mentions.filter((x) => x.end <= m.start && m.start - x.end <= 2 && ['demonym', 'country', 'capital'].includes(x.kind));
  return !before.some((x) => x.key !== home);
}

/** Party names and adjectives as written in a story ("Tory", "Lib Dem"), for telling which party "the party" is. */
const PARTY_WORDS = /(?<![\p{L}])(Tory|Tories|Conservatives?|Labour|Lib Dems?|Liberal Democrats?|Republicans?|Democrats?|Democratic|Greens?|UKIP|Ukip|SNP|Plaid|Respect|Veritas)(?![\p{L}])/gu;
/** Adjectives whose own word the party's name lacks. */
const PARTY_OF: Record<string, string> = { Tory: 'Tories', Democrat: 'Democratic', Democrats: 'Democratic' };

function isParty(x: Mention, kn: Knowledge): boolean {
  return kn.organisations.get(x.key)?.kind === 'party' || x.orgKind === 'party' || /(?<![\p{L}])party(?![\p{L}])/iu.test(x.key);
}

/**
 * The organisation a definite description ("the party", "the Tory party", "the paper", "the
 * alliance") can only mean, or null. The head must fit the body (a word of its name, a
 * description the knowledge gives it, or "the company" for a company) and every other word must
 * too (a word of its name, its country, a number); then "the party" alone is the one party the
 * article has named so far, "the Tory party" the one party so named, and any other description
 * the one body that fits among those named in the three sentences before it.
 */
export function describedBody(m: Mention, mentions: readonly Mention[], index: EntityIndex, kn: Knowledge = defaultKnowledge(), text = ''): string | null {
  const words = m.text.trim().split(/\s+/);
  if (words.length < 2 || words[0]!.toLowerCase() !== 'the' || /[,;:()"“”]/u.test(m.text)) return null;
  const head = (m.title ?? words[words.length - 1]!).toLowerCase();
  const phrase = words.join(' ').toLowerCase();
  const modifiers = words.slice(1, -1).filter((w) => !COUNTING.test(w.toLowerCase()) && !NEUTRAL.has(w.toLowerCase()));
  const inside = mentions.filter((x) => x.start >= m.start && x.end <= m.end && x !== m);
  const placeAt = (w: string) => {
    const at = m.start + m.text.indexOf(w);
    return inside.find((y) => y.start <= at && at < y.end && (y.kind === 'demonym' || y.kind === 'country' || y.kind === 'capital'));
  };
  const fits = (x: Mention) => {
    const fact = kn.organisations.get(x.key);
    const described = (fact?.anaphors ?? []).map((a) => a.toLowerCase());
    // "the Russian oil company": a description the knowledge gives the body, with where it is from.
    const places = words.slice(1, -1).map(placeAt);
    if (places.some((p) => p && p.key !== fact?.country)) return false;
    if (described.includes(phrase) || described.includes(words.filter((_, i) => !places[i - 1]).join(' ').toLowerCase())) return true;
    const forms = [x.key, ...(fact ? [fact.name, ...fact.aliases] : [])];
    const named = new Set(forms.flatMap((f) => f.split(/[\s-]+/)).map(stem));
    // The head of the name, not any word of it: "the agency" is the Child Support Agency, "the airline" no Airlines Association.
    const heads = new Set(forms.map((f) => stem(nameHead(f))));
    const headFits = heads.has(stem(head)) || described.includes(`the ${head}`) || (COMPANY_HEADS.has(head) && x.orgKind === 'company');
    if (!headFits) return false;
    return modifiers.every((w) => {
      const place = placeAt(w);
      if (place) return !!fact?.country && place.key === fact.country;
      // "the trans-Atlantic alliance": a compound modifier fits by its last part.
      return named.has(stem(w.split('-').pop()!));
    });
  };
  const bodies = mentions.filter((x) => x.kind === 'org' && x !== m && index.entities.get(index.of.get(x) ?? '')?.type === 'Organisation');
  const distinct = (xs: Mention[]) => [...new Set(xs.map((x) => index.of.get(x)!))];
  if (head === 'party') {
    const parties = bodies.filter((x) => isParty(x, kn));
    // "the Tory party": the party so named, wherever the article names it.
    if (modifiers.length > 0) {
      const named = distinct(parties.filter(fits));
      return named.length === 1 ? named[0]! : null;
    }
    // "the party": the one party named so far, unless another is named by its adjective since
    // ("Labour … Lib Dem Norman Baker said the party …").
    const before = parties.filter((x) => x.start < m.start);
    const ids = distinct(before);
    if (ids.length !== 1 || !before.some(fits)) return null;
    const last = before[before.length - 1]!;
    const since = text.slice(last.end, m.start);
    const name = index.entities.get(ids[0]!)?.name ?? '';
    const names = [name, ...(kn.organisations.get(name)?.aliases ?? [])];
    const ours = (w: string) => names.some((n) => n.startsWith(w) || n.split(/\s+/).some((x) => x === w || x === PARTY_OF[w]));
    return [...since.matchAll(PARTY_WORDS)].every((w) => ours(w[0])) ? ids[0]! : null;
  }
  const at = sentenceOf(m, mentions);
  const before = bodies.filter((x) => x.start < m.start && fits(x));
  const near = distinct(before.filter((x) => x.sentence >= at - 3));
  // Nothing that fits in the last sentences: the one body that fits in the whole article so far.
  const all = near.length ? near : distinct(before);
  return all.length === 1 ? all[0]! : null;
}

/** The head word of a name: its last word, or the last before "of" ("Bank of England"). */
function nameHead(name: string): string {
  const words = name.trim().split(/\s+/);
  const of = words.findIndex((w, i) => i > 0 && /^(of|for|on|in|at|to)$/i.test(w));
  return words[of > 0 ? of - 1 : words.length - 1]!;
}

/** The sentence a mention is in; descriptions found while reading statements carry none. */
function sentenceOf(m: Mention, mentions: readonly Mention[]): number {
  if (m.sentence >= 0) return m.sentence;
  let s = 0;
  for (const x of mentions) if (x.start <= m.start && x.sentence > s) s = x.sentence;
  return s;
}

// ---------------------------------------------------------------------------------------------

/** Capitals that, acting, stand for a body seated there rather than their state: "Brussels" warns, the EU does. */
const SEAT_OF: Record<string, string> = { Brussels: 'European Union' };

/** The city a capital named as a place is: the capital, or another seat the state has ("The Hague", "Lagos"). */
function cityOf(m: Mention, kn: Knowledge): string {
  const written = m.text.replace(/\s+/g, ' ');
  const place = kn.lexicon.get(written.split(' ')[0]!.toLowerCase())?.find((e) => e.form === written && e.lexeme.kind === 'place');
  return place?.lexeme.name ?? m.city ?? m.text;
}

/** `headline`: mentions there do not decide whether a country acts (headlines compress). */
export function buildEntities(text: string, mentions: Mention[], headline: { start: number; end: number } | null = null, kn: Knowledge = defaultKnowledge()): EntityIndex {
  const index: EntityIndex = { entities: new Map(), of: new Map() };
  // "British Airways", "Bank of America": a state's name inside an organisation's is no mention of the state.
  // Nor is the demonym of "the Indian government" a second mention of India. A state's
  // institution named for it ("Germany's central bank", "the Iranian parliament") still names it.
  const institution = (m: Mention) => m.orgKind === 'government' || kn.organisations.get(m.key)?.kind === 'government';
  const containers = mentions.filter((m) => (m.kind === 'org' && !institution(m)) || m.kind === 'country');
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (!['country', 'demonym', 'capital'].includes(m.kind)) continue;
    if (containers.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start)) mentions.splice(i, 1);
  }
  buildPeople(
    index,
    text,
    mentions.filter((m) => m.kind === 'person'),
    mentions,
    kn,
  );
  // Countries: a state acts, a place hosts. Locative-only countries are places.
  const countryMentions = mentions.filter((m) => m.kind === 'country');
  const inHeadline = (m: Mention) => !!headline && m.start >= headline.start && m.end <= headline.end;
  const actingCountries = new Set(countryMentions.filter((m) => !m.locative && !inHeadline(m)).map((m) => m.key));
  for (const m of countryMentions) if (!countryMentions.some((x) => x.key === m.key && !inHeadline(x))) actingCountries.add(m.key);
  for (const m of countryMentions) {
    attach(index, draft(index, actingCountries.has(m.key) ? 'Country' : 'Place', m.key), m);
  }
  for (const m of mentions.filter((x) => x.kind === 'capital')) {
    const seat = SEAT_OF[m.city ?? ''];
    if (m.locative) attach(index, draft(index, 'Place', cityOf(m, kn)), m);
    else if (seat && kn.organisations.has(seat)) attach(index, draft(index, 'Organisation', seat), m);
    else attach(index, draft(index, 'Country', m.key), m);
  }
  // A name the gazetteer knows as a state or a place is that, never also an organisation of the same words.
  const placeSpans = new Set(mentions.filter((x) => x.kind === 'country' || x.kind === 'capital' || x.kind === 'place').map((x) => `${x.start}-${x.end}`));
  for (const m of mentions.filter((x) => x.kind === 'org' && !placeSpans.has(`${x.start}-${x.end}`))) {
    // "the House" alone is whichever house the story is about, or no mention at all where it does not say.
    if (/^(the\s+)?house$/iu.test(m.text.trim()) && kn.organisations.get(m.key)?.aliases.some((a) => /^(the\s+)?house$/iu.test(a))) {
      const house = whoseHouse(text, m);
      if (!house) {
        mentions.splice(mentions.indexOf(m), 1);
        continue;
      }
      m.key = house;
    }
    if (m.key === 'British Parliament' && !britishParliament(text, m)) {
      mentions.splice(mentions.indexOf(m), 1);
      continue;
    }
    if (kn.organisations.get(m.key)?.kind === 'party' && !partyMeant(text, m, mentions, kn)) {
      mentions.splice(mentions.indexOf(m), 1);
      continue;
    }
    attach(index, draft(index, 'Organisation', m.key), m);
  }
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
      const id = describedBody(m, mentions, index, kn, text);
      const e = id ? index.entities.get(id) : undefined;
      if (e) attach(index, e, m, m.text);
      else if (!/^(government|administration|cabinet)$/.test(m.title ?? '')) {
        // No body it can only mean: a description of someone unnamed, as any other.
        m.kind = 'source';
        m.key = m.text;
        m.definite = false;
        m.plural = false;
      }
    }
  }
  // Title affiliations of people, where the article names the organisation or country.
  for (const m of mentions) {
    if (m.kind !== 'person' || !m.affiliation) continue;
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
    ...(e.offices ? { wikidata: e.wikidata ?? null, offices: e.offices } : {}),
  };
}
