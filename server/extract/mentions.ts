// All mentions of an article, sentence by sentence: known names first, then people,
// organisations by shape, unnamed sources, roles and pronouns; then, once the article's
// people are known, their surnames wherever they recur (headline included).
import { MONTHS } from './dates.ts';
import type { ExtractionWarning } from '../../common/extraction.ts';
import type { Cleaned } from './clean.ts';
import { findKnownNames, givenNameGender } from './gazetteer.ts';
import type { Knowledge } from './knowledge.ts';
import type { Mention } from './mention.ts';
import { findPersons } from './names.ts';
import { findInstitutions, findOrganisations } from './organisations.ts';
import { findReferences } from './references.ts';
import type { Sentence } from './sentences.ts';
import { editDistance } from './slug.ts';
import { isCapitalized, tokenize, type Token } from './tokens.ts';
import { guarded } from './warnings.ts';

export interface MentionResult {
  mentions: Mention[];
  tokens: Token[][];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** `warnings` collects the sentences a fault cost. */
export function findMentions(cleaned: Cleaned, sentences: Sentence[], kn: Knowledge, warnings: ExtractionWarning[] = []): MentionResult {
  const text = cleaned.text;
  const all: Mention[] = [];
  const tokens: Token[][] = [];
  // Headline and datelines are sentences of their own (index -1 and -2 never collide).
  const units: { start: number; end: number; index: number; paragraphStart: boolean }[] = sentences.map((s, index) => ({
    start: s.start,
    end: s.end,
    index,
    paragraphStart: index === 0 || sentences[index - 1]!.paragraph !== s.paragraph,
  }));
  const bySentence = new Map<number, Mention[]>();
  for (const u of units) {
    // A fault in one sentence drops that sentence's mentions, never the article's.
    tokens[u.index] = [];
    const found = guarded(warnings, 'mentions', u.start, () => sentenceMentions(cleaned, u, kn), null);
    if (!found) continue;
    tokens[u.index] = found.tokens;
    bySentence.set(u.index, found.mentions);
  }
  // "General Motors (GM)": the article's own short names for its bodies; the sentences that use
  // one are read again knowing it.
  const acronyms = guarded(warnings, 'mentions', 0, () => acronymsDefined(text, [...bySentence.values()].flat(), kn), new Map<string, Mention>());
  if (acronyms.size > 0) {
    const known = withAcronyms(kn, acronyms);
    const used = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...acronyms.keys()].map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'u');
    for (const u of units) {
      if (!used.test(text.slice(u.start, u.end))) continue;
      const found = guarded(warnings, 'mentions', u.start, () => sentenceMentions(cleaned, u, known), null);
      if (!found) continue;
      tokens[u.index] = found.tokens;
      bySentence.set(u.index, found.mentions);
    }
  }
  for (const found of bySentence.values()) all.push(...found);
  // Dateline places not in the gazetteer ("STRASBOURG").
  for (const d of cleaned.datelines) {
    for (const p of d.places) {
      if (!all.some((m) => m.start === p.start)) {
        const name = p.text.replace(/\p{L}+/gu, (w) => w[0]! + w.slice(1).toLowerCase());
        all.push({ kind: 'place', start: p.start, end: p.start + p.text.length, text: p.text, key: name, sentence: -2, locative: true });
      }
    }
  }
  guarded(warnings, 'mentions', 0, () => companiesByContext(text, all), undefined);
  guarded(warnings, 'mentions', 0, () => bodiesOfTheCountry(text, all, kn), undefined);
  addRecurringNames(text, sentences, tokens, all, warnings, kn);
  guarded(warnings, 'mentions', 0, () => kinByGivenName(text, all, kn), undefined);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions: all, tokens };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ACRONYM_AFTER = /^\s?\(\s?(\p{Lu}[\p{Lu}\p{Ll}&]{0,8}\p{Lu})\s?\)/u;

/**
 * Acronyms the article gives its organisations in brackets right after their names: "General
 * Motors (GM)", "the Office for National Statistics (ONS)". The capitals of the acronym must be
 * the initials of the name's words in order, the first one first. Acronym → the name's mention.
 */
function acronymsDefined(text: string, mentions: Mention[], kn: Knowledge): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.kind !== 'org') continue;
    const hit = ACRONYM_AFTER.exec(text.slice(m.end, m.end + 16));
    if (!hit) continue;
    const acronym = hit[1]!;
    const capitals = acronym.replace(/[^\p{Lu}]/gu, '');
    const words = m.key.split(/[\s-]+/);
    // (or, after the state it belongs to, from the next word: "US Securities and Exchange Commission (SEC)")
    const ofState = words.length > 2 && !!kn.lexicon.get(words[0]!.toLowerCase())?.some((e) => e.form === words[0] && (e.lexeme.kind === 'country' || e.lexeme.kind === 'demonym'));
    if (!initialsOf(capitals, words) && !(ofState && initialsOf(capitals, words.slice(1)))) continue;
    // (an acronym the knowledge already gives this body adds nothing)
    if (kn.lexicon.get(acronym.toLowerCase())?.some((e) => e.form === acronym && e.lexeme.name === m.key)) continue;
    if (!out.has(acronym)) out.set(acronym, m);
  }
  return out;
}

/** Whether the capitals are initials of the words in order, the first word's first ("ONS": Office for National Statistics). */
function initialsOf(capitals: string, words: string[]): boolean {
  const initials = words.map((w) => w[0]!.toUpperCase());
  if (capitals.length < 2 || capitals[0] !== initials[0]) return false;
  let k = 0;
  for (const c of capitals) {
    while (k < initials.length && initials[k] !== c) k++;
    if (k++ >= initials.length) return false;
  }
  return true;
}

/** The knowledge with the article's acronyms as names of its bodies, before any other meaning they have. */
function withAcronyms(kn: Knowledge, acronyms: Map<string, Mention>): Knowledge {
  const lexicon = new Map(kn.lexicon);
  for (const [acronym, m] of acronyms) {
    const key = acronym.toLowerCase();
    const lexeme = { kind: 'org' as const, name: m.key, orgKind: m.orgKind ?? '', country: kn.organisations.get(m.key)?.country ?? null };
    lexicon.set(key, [{ form: acronym, lexeme }, ...(lexicon.get(key) ?? [])]);
  }
  return { ...kn, lexicon };
}

/** The mentions of one sentence: known names, organisations, people, then references. */
function sentenceMentions(cleaned: Cleaned, u: { start: number; end: number; index: number; paragraphStart: boolean }, kn: Knowledge): { tokens: Token[]; mentions: Mention[] } {
  const text = cleaned.text;
  const toks = tokenize(text, u.start, u.end);
  const inDateline = cleaned.datelines.find((d) => d.start <= u.start && u.start < d.end);
  const known = findKnownNames(text, toks, u.index, kn).map((m) =>
    inDateline && m.start < inDateline.end ? { ...m, locative: true } : m,
  );
  const orgs = [...findOrganisations(text, toks, u.index, known, kn), ...findInstitutions(text, toks, u.index, known, kn)];
  // A known name inside a station's ("BBC" in "BBC Radio Five Live") is part of that name.
  const inStation = (k: Mention) => k.kind === 'org' && orgs.some((o) => o.orgKind === 'media' && o.start <= k.start && k.end <= o.end && o.end - o.start > k.end - k.start);
  const withOrgs = [
    ...known.filter((k) => !orgs.some((o) => overlaps(o, k) && o.kind === 'org' && k.kind !== 'org' && k.kind !== 'demonym' && k.kind !== 'country') && !inStation(k)),
    ...orgs,
  ];
  const persons = findPersons({ text, tokens: toks, sentence: u.index, known: withOrgs, kn, paragraphStart: u.paragraphStart });
  const refs = findReferences(text, toks, u.index, [...withOrgs, ...persons], kn).filter(
    (r) => !persons.some((p) => overlaps(p, r) && r.kind !== 'source') && !describesNext(text, r, withOrgs),
  );
  return { tokens: toks, mentions: [...withOrgs, ...persons, ...refs] };
}

/**
 * "the country's Congress" in a story about Brazil: a state's body known by its head word alone
 * ("Congress", "the Senate") is the body of the state named last before it, when that is another.
 */
function bodiesOfTheCountry(text: string, all: Mention[], kn: Knowledge) {
  for (const m of all) {
    const country = m.kind === 'org' ? kn.organisations.get(m.key)?.country : null;
    if (!country || !/^(?:the\s+)?\p{L}+$/iu.test(m.text)) continue;
    if (!/(?:^|[^\p{L}])(?:the|this|that) (?:country|nation)['’]s\s+$/iu.test(text.slice(Math.max(0, m.start - 30), m.start))) continue;
    let state: Mention | undefined;
    for (const x of all) if ((x.kind === 'country' || x.kind === 'demonym') && x.end <= m.start && (!state || x.start > state.start)) state = x;
    if (!state || state.key === country) continue;
    m.key = `${kn.countries.get(state.key)?.demonyms[0] ?? state.key} ${m.text.replace(/^the\s+/i, '')}`;
    m.orgKind = 'government';
  }
}

/** "the daily Kommersant", "the alliance NATO": a description right before the name it describes refers to nothing else. */
function describesNext(text: string, r: Mention, orgs: Mention[]): boolean {
  return r.kind === 'anaphor' && orgs.some((o) => o.kind === 'org' && o.start > r.end && /^\s+$/.test(text.slice(r.end, o.start)));
}

const COMPANY_NOUN = '(?:company|firm|group|giant|carmaker|automaker|retailer|operator|airline|bank|lender|insurer|broadcaster|chain|manufacturer|conglomerate|supplier|provider|subsidiary|brewer|chipmaker|building society)';
/** What is said of a company and never of a person, just before its name … */
const COMPANY_BEFORE = [
  // "shares in Yukos", "a stake in Turkcell"
  /(?:^|[^\p{L}])(?:shares|stake|stakes|shareholders|shareholding|investors) (?:in|of) $/iu,
  // "the firm Nestle", "oil giant Yukos"
  new RegExp(`(?:^|[^\\p{L}])${COMPANY_NOUN} $`, 'iu'),
];
/** "according to the Nationwide", "the Halifax's figures": a one-word name after "the" that ends a phrase or owns data is no person. */
const THE_COMPANY = /^(?:['’]s (?:figures|survey|data|index|report|research)|[,.;:]| (?:said|says|reported|reports|found|has|have|and|building society|mortgage))/u;
/** … and just after it. */
const COMPANY_AFTER = [
  // "Yukos shares", "Nestle's chief executive", "Wal-Mart's board"
  /^(?:['’]s?)? (?:shares|shareholders|share price|stock price|chief executives?|chief financial officer|chairman|chairwoman|board|profits?|pre-tax profits?|revenues?|turnover|subsidiary|subsidiaries|headquarters|employees|workforce|takeover|executives|bosses|stores|shops|factories|plants|customers|assets)(?![\p{L}\p{N}])/iu,
  // "Yukos, which …", "Turkcell, the Turkish mobile operator,"
  new RegExp(`^, (?:which|(?:the|a|an) (?:[\\p{L}'’-]+ ){0,4}${COMPANY_NOUN})(?![\\p{L}])`, 'iu'),
];

/** Whether the article writes of `key` (as written: "Young", not "young") as of a company. */
function spokenOfAsCompany(flat: string, key: string): boolean {
  for (let at = flat.indexOf(key); at >= 0; at = flat.indexOf(key, at + 1)) {
    const end = at + key.length;
    if (/[\p{L}\p{N}]/u.test(flat[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(flat[end] ?? '')) continue;
    const before = flat.slice(Math.max(0, at - 40), at);
    const after = flat.slice(end, end + 80);
    if (COMPANY_BEFORE.some((re) => re.test(before)) || COMPANY_AFTER.some((re) => re.test(after))) return true;
    if (/(?:^|[^\p{L}])the $/iu.test(before) && THE_COMPANY.test(after)) return true;
    // "Nationwide economist Alex Bannister": an institution's economist or analyst.
    if (/^ (?:chief )?(?:economist|analyst)s? \p{Lu}/u.test(after)) return true;
  }
  return false;
}

/**
 * A single word taken for a person on weak evidence ("Yukos said") is a company when the
 * article speaks of it as one: shares in it, its chief executive, "X, which", "the firm X",
 * "the company" next. A name with a title, an honorific or a first name anywhere in the
 * article stays a person.
 */
function companiesByContext(text: string, all: Mention[]) {
  const persons = all.filter((m) => m.kind === 'person');
  const fullNames = persons.filter((m) => m.key.includes(' ')).map((m) => m.key.split(' '));
  const keys = new Set(persons.filter((m) => !m.key.includes(' ')).map((m) => m.key));
  if (keys.size === 0) return;
  const flat = text.replace(/\s+/g, ' ');
  for (const key of keys) {
    const same = persons.filter((m) => m.key === key);
    if (same.some((m) => m.title || m.titleStart !== undefined) || fullNames.some((w) => w[w.length - 1] === key)) continue;
    if (!spokenOfAsCompany(flat, key) && !same.some((m) => calledTheCompany(text, m, all))) continue;
    for (const m of same) {
      m.kind = 'org';
      m.orgKind = 'company';
      delete m.title;
      delete m.affiliation;
    }
  }
}

/** "Yukos said … The company added …": the next named thing after the mention is "the company" or "the firm". */
function calledTheCompany(text: string, m: Mention, all: Mention[]): boolean {
  const window = text.slice(m.end, m.end + 250);
  const hit = /(?<![\p{L}])the (?:company|firm)(?![\p{L}])/iu.exec(window);
  if (!hit) return false;
  const at = m.end + hit.index;
  return !all.some((x) => x.start >= m.end && x.start < at && ['person', 'org', 'country', 'capital'].includes(x.kind) && x.key !== m.key);
}

/** A surname one letter off a known one ("Balazino" for "Balanzino"), for long names only. */
function misspelt(word: string, forms: Map<string, string>): string | undefined {
  if (word.length < 6 || !/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined;
  for (const [form, key] of forms) {
    if (!form.includes(' ') && form.length >= 6 && form[0] === word[0] && editDistance(form, word) === 1) return key;
  }
  return undefined;
}

/**
 * Surnames and full names of the article's people wherever else they occur, and the
 * one-word names of companies found by shape or context ("Yukos").
 */
function addRecurringNames(text: string, sentences: Sentence[], tokens: Token[][], all: Mention[], warnings: ExtractionWarning[], kn: Knowledge) {
  const people = all.filter((m) => m.kind === 'person');
  const forms = new Map<string, string>(); // surface form → person key
  for (const p of people) {
    const words = p.key.split(' ');
    forms.set(p.key, p.key);
    if (words.length > 1) forms.set(words[words.length - 1]!, p.key);
  }
  // "Tsai Ing-wen", "Chiu Chui-cheng": a hyphenated given name after the family name, which
  // alone is the person too.
  for (const p of people) {
    const words = p.key.split(' ');
    if (words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]!) && !forms.has(words[0]!)) forms.set(words[0]!, p.key);
  }
  const given = givenNamesAlone(text, people, forms, kn);
  const companies = new Set(all.filter((m) => m.kind === 'org' && m.orgKind === 'company' && /^\p{Lu}[\p{L}\p{N}'’-]*$/u.test(m.key) && m.key === m.text).map((m) => m.key));
  if (forms.size === 0 && companies.size === 0) return;
  const lookup = { forms, given };
  sentences.forEach((s, index) => {
    all.push(...guarded(warnings, 'mentions', s.start, () => recurringIn(text, tokens[index] ?? [], index, lookup, companies, all), []));
  });
}

/**
 * "We want Michael to be as accessible as possible": a known given name alone is the one person
 * of the article it begins, when no one else's name begins or ends with it and the word is never
 * written in lowercase (a name, not a word: "Will", "Mark"): given name → that person's key.
 */
function givenNamesAlone(text: string, people: Mention[], forms: Map<string, string>, kn: Knowledge): Map<string, string> {
  const out = new Map<string, string>();
  const byGiven = new Map<string, Set<string>>();
  for (const p of people) {
    const words = p.key.split(' ');
    if (words.length < 2) continue;
    byGiven.set(words[0]!, (byGiven.get(words[0]!) ?? new Set()).add(p.key));
  }
  for (const [given, keys] of byGiven) {
    if (keys.size !== 1 || forms.has(given) || given.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(given)) continue;
    if (!kn.givenNames.has(given) && givenNameGender(given, kn) === null) continue;
    if (new RegExp(`(?<![\\p{L}])${given.toLowerCase()}(?![\\p{L}])`, 'u').test(text)) continue;
    out.set(given, [...keys][0]!);
  }
  return out;
}

/** "Michael Howard's ex-model wife, Sandra", "his wife Sandra": a relative named by a given name alone. */
const KIN = new RegExp(
  `(?<![\\p{L}])(his|her|[\\p{L}.'’-]+['’]s)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:wife|husband|son|daughter|brother|sister|mother|father|widow|widower|stepson|stepdaughter),?\\s+(\\p{Lu}\\p{Ll}+)(?![\\p{L}'’-]|\\s+\\p{Lu})`,
  'gu',
);

/**
 * A relative named by a known given name alone takes the family's surname: "Michael Howard's
 * wife, Sandra" is Sandra Howard, so "Mrs Howard" is hers and never his. The family is the
 * person whose possessive it is, or for "his"/"her" the person last named before it (within
 * a few sentences). A given name no list knows, or the first name of someone the story names in
 * full, stays as it was.
 */
function kinByGivenName(text: string, all: Mention[], kn: Knowledge): void {
  // Mentions of a family: a full name, its surname, or "Mr Howard" (not a given name taken alone).
  const surnameWritten = (m: Mention) => m.text.split(/\s+/).at(-1)!.replace(/['’]s$/u, '') === m.key.split(' ').at(-1);
  const people = all
    .filter((m) => m.kind === 'person' && surnameWritten(m) && (m.key.includes(' ') || m.titleStart !== undefined))
    .sort((a, b) => a.start - b.start);
  for (const hit of text.matchAll(KIN)) {
    const [, owner, given] = hit as unknown as [string, string, string];
    const at = hit.index! + hit[0].length - given.length;
    if (!kn.givenNames.has(given) && givenNameGender(given, kn) === null) continue;
    // The given name taken alone for someone else of it ("his son Nick" beside Nick Vaughan) gives way.
    const taken = all.findIndex((m) => m.start <= at && at < m.end);
    const alone = taken >= 0 && all[taken]!.kind === 'person' && all[taken]!.text === given && all[taken]!.key !== given;
    if (taken >= 0 && !alone) continue;
    if (alone) all.splice(taken, 1);
    else if (people.some((p) => p.key.split(' ')[0] === given)) continue;
    const ownerAt = hit.index!;
    // "his"/"her": the person named just before in the same sentence, of that gender when it is known.
    const pronoun = /^(his|her)$/i.test(owner) ? (owner.toLowerCase() === 'his' ? 'm' : 'f') : null;
    const genderOf = (p: Mention) => {
      const title = p.titleStart !== undefined ? text.slice(p.titleStart, p.start).trim() : '';
      return /^(Mr|Sir|Lord)\.?$/.test(title) ? 'm' : /^(Mrs|Ms|Miss|Lady|Dame)\.?$/.test(title) ? 'f' : givenNameGender(p.key.split(' ')[0]!, kn);
    };
    const family = pronoun
      ? people.filter((p) => p.end <= ownerAt && ownerAt - p.end < 150 && !/[.!?]["”’]?\s+\p{Lu}/u.test(text.slice(p.end, ownerAt)) && (genderOf(p) ?? pronoun) === pronoun).at(-1)
      : people.find((p) => p.start <= ownerAt && ownerAt < p.end + 2 && p.end >= ownerAt + owner.length - 2);
    const surname = family?.key.split(' ').at(-1);
    if (!surname) continue;
    all.push({ kind: 'person', start: at, end: at + given.length, text: given, key: `${given} ${surname}`, sentence: family!.sentence, kin: true });
  }
}

/** Recurring names in one sentence (`all`: the article's mentions so far). */
function recurringIn(
  text: string,
  toks: Token[],
  index: number,
  { forms, given }: { forms: Map<string, string>; given: Map<string, string> },
  companies: Set<string>,
  all: Mention[],
): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!isCapitalized(t) || all.some((m) => m.start <= t.start && t.end <= m.end && m.kind !== 'source' && m.kind !== 'role')) continue;
    if (companies.has(t.text) && !forms.has(t.text)) {
      found.push({ kind: 'org', start: t.start, end: t.end, text: t.text, key: t.text, sentence: index, orgKind: 'company' });
      continue;
    }
    // Two-word full names first.
    const two = toks[i + 1] ? `${t.text} ${toks[i + 1]!.text}` : '';
    // A given name alone, never the first word of a name the finders missed ("Michael Owen").
    const alone = toks[i + 1] && isCapitalized(toks[i + 1]!) ? undefined : given.get(t.text);
    const key = forms.get(two) ?? forms.get(t.text) ?? misspelt(t.text, forms) ?? alone;
    if (!key) continue;
    const len = forms.has(two) ? 2 : 1;
    // "in May", "since June 2004", "May 5": Theresa May's surname written as the month.
    if (len === 1 && MONTHS.includes(t.lower) && (/^(in|since|until|till|by|last|next|early|late|mid|of|from|during|before|after|this|that)$/.test(toks[i - 1]?.lower ?? '') || /^\d/.test(toks[i + 1]?.text ?? ''))) continue;
    const end = toks[i + len - 1]!.end;
    const honorific = /^(Mr|Mrs|Ms|Dr)\.?$/.test(toks[i - 1]?.text ?? '');
    found.push({
      kind: 'person',
      start: t.start,
      end,
      text: text.slice(t.start, end),
      key,
      sentence: index,
      ...(honorific ? { titleStart: toks[i - 1]!.start } : {}),
    });
    i += len - 1;
  }
  return found;
}
