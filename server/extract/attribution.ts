// The grammar of attribution, over one sentence's tokens: where a speaker's name ends
// before a reporting verb ("Kremlin spokesman Dmitry Peskov on Monday confirmed"), begins
// after one ("said Balanzino"), whom it was said to ("told reporters", "in an interview"),
// and where a reported clause starts and stops.
import type { Knowledge } from './knowledge.ts';
import { isActor, type Mention } from './mention.ts';
import { isFiniteVerbAt, isVerbAt, posAt } from './pos.ts';
import type { Token } from './tokens.ts';

const ADVERBIAL = new Set(
  (
    'on in at last this earlier later also previously has have had was were is are will would first then again ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week month year weekend ' +
    'morning afternoon evening night january february march april may june july august september october ' +
    'november december separately publicly privately repeatedly recently once however meanwhile too ' +
    // "Putin himself said"
    'himself herself themselves itself'
  ).split(' '),
);
const CLAUSE_START = new Set(
  'he she it they we i there this these those the a an its his her their our some no all any many most each both such what nothing everything'.split(' '),
);
const FINITE = /^(would|will|was|were|is|are|had|has|have|could|can|should|might|may|must|did|does|do|shall|remained|remains|lies|depends|seems|appears|won't|wouldn't|can't|cannot|isn't|aren't|wasn't|weren't|hasn't|haven't|doesn't|didn't)$/;
/** Words that open a subordinate clause: a verb after one is not the reported clause's own. */
const SUBORDINATORS = /^(because|when|whenever|while|although|though|if|unless|whereas|once)$/;
/** Words that open a subordinate clause before a subject, and a prepositional phrase before anything else ("profits after tax"). */
const TIME_CONJUNCTIONS = /^(after|before|until|since)$/;
const PP_START = new Set('in at on to for with by from about after before during of as into over under between among against without within since until while when if because than'.split(' '));
const CLAUSE_STOP_AFTER_COMMA = new Set(['although', 'but', 'while', 'adding', 'saying', 'according', 'calling', 'noting', 'though', 'whereas', 'stressing', 'insisting', 'warning', 'cautioning', 'arguing', 'explaining', 'claiming']);
const AUDIENCE_STOP = new Set(['that', 'from', 'by', 'for', 'over', 'on', 'after', 'before', 'during', 'when', 'with', 'he', 'she', 'they', 'it', 'we', 'i', 'in', 'at', 'about', 'as', 'while', 'if', 'the']);
/** Verbs that take the hearer as object: "told reporters", "urged NATO to". */
export const HEARER_VERBS = new Set(['tell', 'urge', 'ask', 'assure', 'inform', 'warn', 'remind', 'reassure', 'call']);
/** The press as a hearer: "a conference call with reporters". */
const PRESS = /^(reporters|journalists|correspondents)$/;
const MEDIUM = /^(tv|television|radio|channel|newspaper|agency|news|daily|weekly|broadcaster|magazine|website|program|programme|show)$/i;
/** Words that may stand between a venue's determiner and its noun: "an April 2025 interview", "a televised address". */
const VENUE_MODIFIERS = 4;
const VENUES = /^(news conference|press conference|briefing|news briefing|press briefing|ceremony|meeting|summit|rally|forum|conference|session|hearing|debate|congress|gathering|interview|television interview|speech|address|statement|letter|message|phone call|telephone call|call|phone conversation|telephone conversation|conversation)/;

export interface SentenceView {
  text: string;
  tokens: Token[];
  /** Actor mentions of the sentence, outside quotations. */
  mentions: Mention[];
  kn: Knowledge;
  /** Spans inside quotation marks. */
  quoted: (pos: number) => boolean;
}

export const isAdverbial = (t: Token) => ADVERBIAL.has(t.lower) || /ly$/.test(t.lower) || /^\d/.test(t.text);

/** The actor mention that ends at token j (the widest, so "a NATO source" beats "NATO"). */
export function mentionEndingAt(v: SentenceView, j: number): Mention | null {
  const t = v.tokens[j];
  if (!t) return null;
  const hits = v.mentions.filter((m) => isActor(m) && m.end >= t.end - 1 && m.end <= t.end + 1 && m.start <= t.start);
  hits.sort((a, b) => (b.end - b.start) - (a.end - a.start));
  return hits[0] ?? null;
}

/** The actor mention that starts at token j. */
export function mentionStartingAt(v: SentenceView, j: number): Mention | null {
  const t = v.tokens[j];
  if (!t) return null;
  const hits = v.mentions.filter((m) => isActor(m) && (m.start === t.start || m.titleStart === t.start));
  hits.sort((a, b) => (b.end - b.start) - (a.end - a.start));
  return hits[0] ?? null;
}

export const tokenIndexAt = (tokens: Token[], pos: number) => tokens.findIndex((t) => t.start >= pos);

/** The speaker before a verb at token index `verb`: skips adverbials and an appositive in commas. */
export function speakerBefore(v: SentenceView, verb: number): Mention | null {
  let j = verb - 1;
  let steps = 0;
  // "Anders Berg, who says the alliance will …": the relative pronoun's antecedent speaks.
  if (v.tokens[j]?.lower === 'who' && v.tokens[j - 1]?.text === ',') {
    const antecedent = mentionEndingAt(v, j - 2);
    return antecedent && (antecedent.kind === 'person' || antecedent.kind === 'source' || antecedent.kind === 'role') ? antecedent : null;
  }
  while (j >= 0 && steps++ < 14) {
    const t = v.tokens[j]!;
    const m = /^[\p{L}\p{N}]/u.test(t.text) ? mentionEndingAt(v, j) : null;
    // "A new book about Tony Blair says": the person is what the document is about, not who speaks.
    if (m && !v.quoted(m.start) && /^(about|on|into|against|of|over|concerning)$/.test(v.tokens[tokenIndexAt(v.tokens, m.titleStart ?? m.start) - 1]?.lower ?? '') && m.kind === 'person') return null;
    if (m && !v.quoted(m.start)) return ownerOf(v, m) ?? m;
    if (t.text === ',') {
      // ", the president's spokesman," — jump to the comma that opens the appositive; a
      // relative clause (", who spoke on condition of anonymity because …,") may run longer.
      let k = j - 1;
      while (k >= 0 && v.tokens[k]!.text !== ',' && j - k < 30 && !/^["“”]$/.test(v.tokens[k]!.text)) k--;
      const relative = /^(who|whose|whom|which)$/.test(v.tokens[k + 1]?.lower ?? '');
      // ", deputy minister of Taiwan's policy council," may run long when a title opens it.
      const titled = v.kn.titleWords.has(v.tokens[k + 1]?.lower ?? '') || v.kn.titleWords.has(v.tokens[k + 2]?.lower ?? '');
      // "an adviser to the leader X, Ali Shamkhani, said": a name alone between the commas is the speaker.
      const named = mentionEndingAt(v, j - 1);
      if (k >= 0 && v.tokens[k]!.text === ',' && named?.kind === 'person' && tokenIndexAt(v.tokens, named.titleStart ?? named.start) === k + 1) return named;
      if (k >= 0 && v.tokens[k]!.text === ',' && (j - k < 12 || relative || titled)) {
        const before = mentionEndingAt(v, /^(himself|herself|itself)$/.test(v.tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1);
        if (before && (before.kind === 'person' || before.kind === 'source')) return before;
        // "Russia, whose forces back the army, says …": any actor may head a relative clause.
        if (before && relative && isActor(before) && before.kind !== 'pronoun') return before;
      }
      // A person with an appositive title before it: "Head of the X, Konstantin Gavrilov, told".
      const m2 = mentionEndingAt(v, j - 1);
      if (m2 && m2.kind === 'person') return m2;
      return null;
    }
    // "the Interfax news agency said": medium nouns after the name.
    if (!isAdverbial(t) && !MEDIUM.test(t.text)) return locatedBefore(v, j);
    j--;
  }
  return null;
}

/** "A senior banker in the area said", "an official at the ministry said": a source or person placed by a short phrase. */
function locatedBefore(v: SentenceView, j: number): Mention | null {
  for (let p = j - 1; p >= 0 && j - p <= 4; p--) {
    const w = v.tokens[p]!;
    if (/^[,.;:"“”]$/.test(w.text) || v.kn.reportingVerbs.has(w.lower)) return null;
    if (/^(in|at|from|on)$/.test(w.lower)) {
      const m = mentionEndingAt(v, p - 1);
      return m && (m.kind === 'source' || m.kind === 'person') ? m : null;
    }
  }
  return null;
}

/**
 * "X … but has said", "and later told": a verb coordinated with the sentence's first clause,
 * whose subject is that clause's. True when "but"/"and" stands before the verb past adverbials.
 */
export function coordinated(v: SentenceView, verb: number): boolean {
  let j = verb - 1;
  while (j >= 0 && isAdverbial(v.tokens[j]!) && verb - j < 4) j--;
  if (!/^(but|and)$/.test(v.tokens[j]?.lower ?? '')) return false;
  // Coordinated with an earlier verb: in "guarantees and proposed concessions remain" none came before.
  for (let k = 0; k < j; k++) if (verbAt(v, k)) return true;
  return false;
}

/** "tried to assure him that", "sought to reassure": a reporting verb after an attempt is still said. */
export const ATTEMPT = /^(tried|tries|trying|sought|seeks|moved|rushed|hastened|went on|wanted|wants)$/;

/**
 * "Sources quoted Howe as saying", "Howe was quoted as saying": the speaker, and who relayed the
 * words, for the "saying" at token `verb`.
 */
export function quotedAs(v: SentenceView, verb: number): { speaker: Mention; relay: Mention | null } | null {
  if (v.tokens[verb]?.lower !== 'saying' || v.tokens[verb - 1]?.lower !== 'as') return null;
  const before = mentionEndingAt(v, verb - 2);
  // "X quoted Howe as saying"
  if (before && /^(quoted|quotes|quoting|cited|cites|citing)$/.test(v.tokens[tokenIndexAt(v.tokens, before.titleStart ?? before.start) - 1]?.lower ?? '')) {
    const q = tokenIndexAt(v.tokens, before.titleStart ?? before.start) - 1;
    return { speaker: before, relay: speakerBefore(v, q) };
  }
  // "Howe was quoted as saying", "Howe was quoted by Interfax as saying"
  let j = verb - 2;
  let relay: Mention | null = null;
  const by = v.tokens.slice(0, verb).findIndex((t, i) => t.lower === 'by' && v.tokens[i - 1]?.lower === 'quoted');
  if (by > 0) {
    relay = mentionStartingAt(v, by + 1) ?? mentionStartingAt(v, by + 2);
    j = by - 1;
  }
  if (v.tokens[j]?.lower !== 'quoted' || !/^(was|were|is|are|been)$/.test(v.tokens[j - 1]?.lower ?? '')) return null;
  const speaker = speakerBefore(v, j - 1);
  return speaker ? { speaker, relay } : null;
}

/** Past an appositive after a hearer: "told Bentsen, a Texas Democrat, that …". */
export function skipAppositive(v: SentenceView, at: number): number {
  if (v.tokens[at]?.text !== ',') return at;
  for (let k = at + 1; k < v.tokens.length && k - at <= 8; k++) {
    const t = v.tokens[k]!;
    if (t.text === ',') return v.tokens[k + 1]?.lower === 'that' ? k + 1 : at;
    if (/^[.;:"“”]$/.test(t.text) || v.kn.reportingVerbs.has(t.lower)) return at;
  }
  return at;
}

/** "Nicolas Sarkozy of France", "a spokesman for the ministry": the person or source a place or body qualifies. */
function ownerOf(v: SentenceView, m: Mention): Mention | null {
  if (m.kind === 'person' || m.kind === 'source' || m.kind === 'role') return null;
  const at = tokenIndexAt(v.tokens, m.titleStart ?? m.start);
  let p = at - 1;
  if (v.tokens[p]?.lower === 'the') p--;
  if (!/^(of|for|from|at|to)$/.test(v.tokens[p]?.lower ?? '')) return null;
  const owner = mentionEndingAt(v, p - 1);
  return owner && (owner.kind === 'person' || owner.kind === 'source' || owner.kind === 'role') ? owner : null;
}

/** The agent of the verb a participle hangs on: "Grachev relieved NATO officials by saying …". */
export function agentBefore(v: SentenceView, at: number): Mention | null {
  const before = v.mentions.filter((m) => isActor(m) && m.end <= (v.tokens[at]?.start ?? 0)).reverse();
  for (const m of before) {
    let j = v.tokens.findIndex((t) => t.start >= m.end);
    while (j >= 0 && j < at && /ly$/.test(v.tokens[j]!.lower)) j++;
    const w = v.tokens[j];
    if (w && j < at && (finiteAt(v, j) || v.kn.reportingVerbs.has(w.lower))) return m;
  }
  return null;
}

/** The speaker after an inverted verb: `"…," said Balanzino` or `said one Western diplomat`. */
export function speakerAfter(v: SentenceView, verb: number): Mention | null {
  for (let j = verb + 1; j < v.tokens.length && j <= verb + 3; j++) {
    const m = mentionStartingAt(v, j);
    // `said Al Jazeera's Hashem Ahelbarra`, `said Acme Capital analyst Ola Nordin`: the person
    // the organisation's name qualifies.
    const after = m ? tokenIndexAt(v.tokens, m.end) : -1;
    if (m && m.kind !== 'person' && after >= 0) {
      for (let k = after; k <= after + 4 && k < v.tokens.length; k++) {
        const p = mentionStartingAt(v, k);
        if (p?.kind === 'person') return p;
        if (!/^['’]s$/.test(v.tokens[k]!.text) && !/^\p{Ll}/u.test(v.tokens[k]!.text)) break;
      }
    }
    if (m) return m;
    if (!isAdverbial(v.tokens[j]!)) break;
  }
  // `said CSFB analyst Vadim Mitroshin`, `said Acme Corp chief economist Jo Bell`: a described
  // person, the description made of capitalised names and lowercase title nouns.
  for (let j = verb + 1; j < v.tokens.length && j <= verb + MAX_DESCRIPTION; j++) {
    const t = v.tokens[j]!;
    const m = mentionStartingAt(v, j);
    if (m && (m.kind === 'person' || m.kind === 'source' || m.kind === 'role')) return m;
    if (/^[,.;:"“”()]$/.test(t.text) || v.kn.reportingVerbs.has(t.lower) || /^(that|who|which|and|but|in|on|at)$/.test(t.lower)) return null;
  }
  return null;
}

/** How many words may describe a person named after an inverted verb. */
const MAX_DESCRIPTION = 6;

/** Index of the first token after the speaker mention and any appositive / adverbials. */
export function afterMention(v: SentenceView, m: Mention): number {
  let j = v.tokens.findIndex((t) => t.start >= m.end);
  if (j < 0) return v.tokens.length;
  // The comma closing an appositive title: "Russian foreign minister, Sergey Lavrov, said".
  if (v.tokens[j]!.text === ',' && m.titleStart !== undefined && m.titleStart < m.start) j++;
  else if (v.tokens[j]!.text === ',') {
    let k = j + 1;
    while (k < v.tokens.length && v.tokens[k]!.text !== ',' && k - j < 10) k++;
    if (v.tokens[k]?.text === ',' && v.tokens.slice(j + 1, k).some((t) => v.kn.titleWords.has(t.lower))) j = k + 1;
  }
  while (j < v.tokens.length && isAdverbial(v.tokens[j]!)) j++;
  return j;
}

const OBJECT_PRONOUNS = new Map([
  ['him', 'he'],
  ['her', 'she'],
]);

export interface Hearer {
  audience: string[];
  /** "told him": a pronoun to resolve against the people named before, the speaker aside. */
  pronoun?: { key: string; at: number };
  /** Entity mentions among the audience. */
  mentions: Mention[];
  next: number;
}

/** The object of "told" / "urged": an entity or a plain phrase ("reporters", "a news conference"). */
export function hearerAfter(v: SentenceView, from: number): Hearer {
  // "warned last week that …": a time is not a hearer.
  let at = from;
  while (at < v.tokens.length && isAdverbial(v.tokens[at]!) && !/^(in|on|at)$/.test(v.tokens[at]!.lower)) at++;
  const m = mentionStartingAt(v, at) ?? (v.tokens[at]?.lower === 'the' ? mentionStartingAt(v, at + 1) : null);
  if (m && m.kind !== 'pronoun') return { audience: [], mentions: [m], next: pastMedium(v, m) };
  // "assured him that": someone just spoken of, resolved by the caller; never the word "him".
  const object = v.tokens[at] && OBJECT_PRONOUNS.get(v.tokens[at]!.lower);
  if (object) return { audience: [], mentions: [], pronoun: { key: object, at: v.tokens[at]!.start }, next: at + 1 };
  let j = at;
  while (j < v.tokens.length && j - at < 14) {
    const t = v.tokens[j]!;
    if (/^[,.;:"“”!?]$/.test(t.text) || v.kn.reportingVerbs.has(t.lower)) break;
    if (j > at && AUDIENCE_STOP.has(t.lower) && !(t.lower === 'the' && v.tokens[j - 1]?.lower === 'of')) break;
    j++;
  }
  // "warned in an interview …": a prepositional phrase is a venue (venueIn), not the hearer.
  // Nor is a clause: "warned it will pursue …", "told there was no deal"; nor a lone article.
  if (j === at || (j === at + 1 && /^(the|a|an|his|her|their|its)$/.test(v.tokens[at]!.lower)) || /^(to|that|of|in|at|during|on|with|after|before|for|whether|if|what|how|why|when|where|who|it|he|she|they|we|i|there|this|these|those|nothing|no|any)$/.test(v.tokens[at]?.lower ?? '')) return { audience: [], mentions: [], next: at };
  // "urged allies to dig deeper", "warned the West not to …": the hearer ends where the
  // urged action begins (the action itself is read by the caller).
  let e = at + 1;
  while (e < j && !/^(to|not)$/.test(v.tokens[e]!.lower)) e++;
  // "told visiting U.S. President Donald Trump", "told the paper's editor John Smith": an
  // entity named inside the hearer's phrase is the hearer.
  const next = e < j ? e : j;
  const inside = namedIn(v, v.tokens[at]!.start, v.tokens[e - 1]!.end);
  if (inside) return { audience: [], mentions: [inside], next: e < j ? e : Math.max(j, pastMedium(v, inside)) };
  // "told Cuban weekly Opciones": a proper name ending a described hearer is its name.
  const name = properNameEnding(v, at, e);
  const phrase = name ?? plainCase(v.text.slice(v.tokens[at]!.start, v.tokens[e - 1]!.end));
  return { audience: [phrase], mentions: [], next };
}

/** A phrase in lower case, but for words that are names by their capitals inside ("MPs", "BBC"). */
export function plainCase(phrase: string): string {
  return phrase.replace(/[\p{L}'’.-]+/gu, (w) => (/^.\p{Ll}*\p{Lu}/u.test(w) && w.length > 1 ? w : w.toLowerCase()));
}

/** The token after a mention and any medium noun after it ("Rossiya-24 TV channel"). */
function pastMedium(v: SentenceView, m: Mention): number {
  let next = v.tokens.findIndex((t) => t.start >= m.end);
  if (next < 0) next = v.tokens.length;
  while (next < v.tokens.length && MEDIUM.test(v.tokens[next]!.text)) next++;
  return next;
}

const NAMED = new Set(['person', 'org', 'country', 'capital']);

/** The actor named within [from, to): a person before anything else, else the last actor. */
function namedIn(v: SentenceView, from: number, to: number): Mention | null {
  const inside = v.mentions.filter((m) => isActor(m) && NAMED.has(m.kind) && m.start >= from && m.end <= to);
  return inside.find((m) => m.kind === 'person') ?? inside[inside.length - 1] ?? null;
}

/** The run of capitalised words that ends tokens [at, e) after a lowercase word: "Cuban weekly Opciones". */
function properNameEnding(v: SentenceView, at: number, e: number): string | null {
  let k = e;
  while (k > at && /^\p{Lu}/u.test(v.tokens[k - 1]!.text)) k--;
  if (k === e || k === at || !/^\p{Ll}/u.test(v.tokens[k - 1]!.text)) return null;
  return v.text.slice(v.tokens[k]!.start, v.tokens[e - 1]!.end);
}

export interface Venue {
  /** "an interview", "a news conference". */
  phrase: string;
  /** The venue's noun: "interview", "news conference", "statement". */
  noun: string;
  /** "in an interview with Le Monde": who held the interview, and so heard the words. */
  interviewer: Mention | null;
  /** Token indices: the preposition, and just after the phrase (and its interviewer). */
  start: number;
  end: number;
}

/** "in an interview", "at a news conference", "at a ceremony of …": where the words were addressed. */
export function venueIn(v: SentenceView, from: number, to: number): Venue | null {
  for (let j = from; j < to; j++) {
    const t = v.tokens[j]!;
    if (!/^(in|at|during|to)$/.test(t.lower)) continue;
    const det = v.tokens[j + 1];
    if (!det || !/^(a|an|the|his|her|their)$/.test(det.lower)) continue;
    let n = j + 2;
    let venue: RegExpExecArray | null = null;
    for (; n < Math.min(to, v.tokens.length) && n - j - 2 <= VENUE_MODIFIERS; n++) {
      venue = VENUES.exec(v.text.slice(v.tokens[n]!.start, v.tokens[Math.min(to, v.tokens.length) - 1]!.end).toLowerCase());
      if (venue || PP_START.has(v.tokens[n]!.lower) || !/^[\p{L}\p{N}]/u.test(v.tokens[n]!.text)) break;
    }
    if (!venue) continue;
    let k = n;
    while (
      k < to &&
      !/^[,.;:"“”]$/.test(v.tokens[k]!.text) &&
      !(v.tokens[k]!.lower === 'in' && /^\p{Lu}/u.test(v.tokens[k + 1]?.text ?? '')) &&
      !/^(on|after|before|with|that|to|he|she|they|we|i|it|focusing|where|when|which|who)$/.test(v.tokens[k]!.lower) &&
      !(k > n && v.kn.reportingVerbs.has(v.tokens[k]!.lower))
    )
      k++;
    const phrase = plainCase(v.text.slice(det.start, v.tokens[k - 1]!.end));
    // Only an interview or a call has a hearer "with" it ("a news conference with Duda" names a
    // co-host); a letter or message has one "to" it.
    const withHearer = (/(interview|call|conversation)$/.test(phrase) && v.tokens[k]?.lower === 'with') || (/(letter|message|speech|address|remarks)$/.test(phrase) && v.tokens[k]?.lower === 'to');
    const by = withHearer ? interviewerAfter(v, k + 1, to) : null;
    const interviewer = by && by.kind !== 'pronoun' ? by : null;
    const press = withHearer && !interviewer && PRESS.test(v.tokens[k + 1]?.lower ?? '') ? v.tokens[k + 1]!.lower : null;
    const end = interviewer ? v.tokens.findIndex((x) => x.start >= interviewer.end) : press ? k + 2 : k;
    // "in his Spectator interview", "a separate BBC interview": the outlet named inside holds it.
    const outlet = !interviewer && !press ? namedIn(v, det.start, v.tokens[k - 1]!.end) : null;
    return { phrase: press ?? phrase, noun: venue[1]!, interviewer: interviewer ?? (outlet?.kind === 'org' ? outlet : null), start: j, end: end < 0 ? v.tokens.length : end };
  }
  return null;
}

/** Who held an interview: "with Le Monde", "with the BBC's political editor Andrew Marr" (the person). */
function interviewerAfter(v: SentenceView, at: number, to: number): Mention | null {
  let end = at;
  while (end < Math.min(to, v.tokens.length) && !/^[,.;:"“”]$/.test(v.tokens[end]!.text) && !/^(on|that|in|at|about|last|this|earlier|after|before)$/.test(v.tokens[end]!.lower) && !v.kn.reportingVerbs.has(v.tokens[end]!.lower)) end++;
  if (end === at) return null;
  return namedIn(v, v.tokens[at]!.start, v.tokens[end - 1]!.end) ?? mentionStartingAt(v, at);
}

/**
 * "confirmed to Fox News that …", "said to reporters": a hearer after "to" for verbs that do not
 * take one as object. Null when "to" begins anything else ("said to be", "agreed to talks").
 */
export function hearerAfterTo(v: SentenceView, at: number): Hearer | null {
  if (v.tokens[at]?.lower !== 'to') return null;
  const m = mentionStartingAt(v, at + 1) ?? (v.tokens[at + 1]?.lower === 'the' ? mentionStartingAt(v, at + 2) : null);
  if (m && m.kind !== 'pronoun' && m.kind !== 'place') return { audience: [], mentions: [m], next: pastMedium(v, m) };
  const w = v.tokens[at + 1]?.lower ?? '';
  const w2 = v.tokens[at + 2]?.lower ?? '';
  if (PRESS.test(w)) return { audience: [w], mentions: [], next: at + 2 };
  if (/^(the|a)$/.test(w) && /^(press|media|reporters|journalists|parliament|house|assembly|congress|senate|council|committee|nation|crowd|audience)$/.test(w2)) return { audience: [`${w} ${w2}`], mentions: [], next: at + 3 };
  return null;
}

/** Where a reported clause begins after the verb (and its hearer), or -1 when none follows. */
export function clauseStart(v: SentenceView, at: number): number {
  // "told a conference in Rome that …": a place or time phrase before "that".
  if (PP_START.has(v.tokens[at]?.lower ?? '')) {
    const that = thatAfterPhrase(v, at);
    if (that >= 0) return that;
  }
  let j = at;
  for (;;) {
    // "said at least 111 bodies …": a quantity, not a place or time.
    while (j < v.tokens.length && isAdverbial(v.tokens[j]!) && !CLAUSE_START.has(v.tokens[j]!.lower) && !(v.tokens[j]!.lower === 'at' && /^(least|most)$/.test(v.tokens[j + 1]?.lower ?? ''))) j++;
    // "told Y by phone on Thursday it was …": how it was said is not what was said.
    if (/^(by|over)$/.test(v.tokens[j]?.lower ?? '') && /^(phone|telephone|video|videolink|letter|email|e-mail|text|radio)$/.test(v.tokens[j + 1]?.lower ?? '')) j += v.tokens[j + 2]?.lower === 'link' ? 3 : 2;
    // "said a week ago that …", "said earlier this month that …": when it was said.
    else if (/^(a|an|one|two|three|four|five|six|several|few|\d+)$/.test(v.tokens[j]?.lower ?? '') && TIME_UNIT.test(v.tokens[j + 1]?.lower ?? '') && v.tokens[j + 2]?.lower === 'ago') j += 3;
    else if (/^(earlier|later|last|this|next)$/.test(v.tokens[j]?.lower ?? '') && /^(this|last|that)$/.test(v.tokens[j + 1]?.lower ?? '') && TIME_UNIT.test(v.tokens[j + 2]?.lower ?? '')) j += 3;
    else if (/^(this|last|next|that)$/.test(v.tokens[j]?.lower ?? '') && TIME_UNIT.test(v.tokens[j + 1]?.lower ?? '')) j += 2;
    else break;
  }
  const t = v.tokens[j];
  if (!t) return -1;
  // "said that was not acceptable": "that" as the subject, not the complementiser.
  if (t.lower === 'that' && FINITE.test(v.tokens[j + 1]?.lower ?? '') && !CLAUSE_START.has(v.tokens[j + 2]?.lower ?? '_')) return j;
  if (t.lower === 'that') return j + 1 < v.tokens.length ? j + 1 : -1;
  // "told a news conference after a meeting of defence ministers that …"
  for (let k = j + 1; k < v.tokens.length && k - j < 14; k++) {
    const w = v.tokens[k]!;
    if (/^[,;:"“”.]$/.test(w.text) || v.kn.reportingVerbs.has(w.lower) || v.quoted(w.start)) break;
    if (w.lower === 'that' && PP_START.has(t.lower)) return k + 1 < v.tokens.length ? k + 1 : -1;
  }
  // `said "all going well" the lawyer will be freed`: a short quotation opening the clause.
  if (/^["“]$/.test(t.text) && shortQuoteOpensClause(v, j)) return j;
  if (v.quoted(t.start) || /^["“”]$/.test(t.text)) return -1;
  const quantity = (t.lower === 'as' && /^(many|much|few|little|high|low|long)$/.test(v.tokens[j + 1]?.lower ?? '') && v.tokens[j + 2]?.lower === 'as') || (t.lower === 'at' && /^(least|most)$/.test(v.tokens[j + 1]?.lower ?? ''));
  if ((PP_START.has(t.lower) && !quantity) || /^(who|whom|whose|which|where|to|not)$/.test(t.lower) || !/^[\p{L}\p{N}]/u.test(t.text)) return -1;
  // A clause needs a finite verb soon, before any comma: "he hoped", "Russia would", "differences remained";
  // not one of a clause subordinated to the object ("reported some progress after Albright held talks").
  for (let k = j + 1; k < v.tokens.length && k - j < 10; k++) {
    const w = v.tokens[k]!;
    if (/^[,;:.]$/.test(w.text) || subordinateAt(v, k)) break;
    // "an association that represents …", "an Iraqi who left …": a description, its verb a relative clause's.
    if (finiteAt(v, k) && !(/^(a|an)$/.test(t.lower) && /^(who|which|that)$/.test(v.tokens[k - 1]!.lower))) return j;
  }
  return -1;
}

const TIME_UNIT = /^(day|days|week|weeks|month|months|year|years|hour|hours|morning|afternoon|evening|weekend)$/;

/** A quotation of a few words at token `open`, with the clause going on after it to a finite verb. */
function shortQuoteOpensClause(v: SentenceView, open: number): boolean {
  let close = open + 1;
  while (close < v.tokens.length && !/^["”]$/.test(v.tokens[close]!.text)) close++;
  if (close >= v.tokens.length || close - open - 1 > 4) return false;
  for (let k = close + 1; k < v.tokens.length && k - close < 10; k++) {
    if (/^[,;:.]$/.test(v.tokens[k]!.text)) return false;
    if (finiteAt(v, k)) return true;
  }
  return false;
}

// Verbs by the part-of-speech tagger (pos.ts) where it tags the word; else by the word's
// shape: an auxiliary or a form in -ed.

/** A finite verb at token k: "wants", "violates", "would"; the tagger's reading, else an auxiliary or a word in -ed not after an article. */
function finiteAt(v: SentenceView, k: number): boolean {
  const w = v.tokens[k]!;
  // "insists the cuts be gradual": a subjunctive after a noun phrase.
  if (w.lower === 'be' && !/^(to|will|would|could|should|may|might|must|can|cannot|not|shall)$/.test(v.tokens[k - 1]?.lower ?? '')) return true;
  return isFiniteVerbAt(v, k) ?? (FINITE.test(w.lower) || (/ed$/.test(w.lower) && !/^(the|a|an)$/.test(v.tokens[k - 1]?.lower ?? '')));
}

/** Any verb at token k, finite or not. */
function verbAt(v: SentenceView, k: number): boolean {
  const w = v.tokens[k]!;
  return isVerbAt(v, k) ?? (FINITE.test(w.lower) || /ed$/.test(w.lower));
}

/** A past participle at token k ("devised", "known", "taken"): the tagger's verb not in -ing, else a word in -ed. */
function participleAt(v: SentenceView, k: number): boolean {
  const w = v.tokens[k];
  if (!w) return false;
  const p = posAt(v, k);
  return p === undefined ? /ed$/.test(w.lower) : p === 'VERB' && !/ing$/.test(w.lower);
}

/** A subordinate clause opens at token k: "because …", "when …", "after Albright held …", "after he left". */
function subordinateAt(v: SentenceView, k: number): boolean {
  const w = v.tokens[k]!.lower;
  if (SUBORDINATORS.test(w)) return true;
  if (!TIME_CONJUNCTIONS.test(w)) return false;
  const next = posAt(v, k + 1);
  return next === undefined ? /^(he|she|they|it|we|i)$/.test(v.tokens[k + 1]?.lower ?? '') : next === 'PRON' || next === 'PROPN';
}

/** The token after a "that" which closes a phrase starting at `at`, or -1. */
function thatAfterPhrase(v: SentenceView, at: number): number {
  for (let k = at + 1; k < v.tokens.length && k - at < 14; k++) {
    const w = v.tokens[k]!;
    if (/^[,;:"“”.]$/.test(w.text) || v.kn.reportingVerbs.has(w.lower) || v.quoted(w.start)) return -1;
    if (w.lower === 'that') return k + 1 < v.tokens.length ? k + 1 : -1;
  }
  return -1;
}

/** Does an actor named at token `at` say the words before it: "Russia's foreign ministry said." at the sentence end? */
function closingAttribution(v: SentenceView, at: number): boolean {
  const m = mentionStartingAt(v, at) ?? (v.tokens[at]?.lower === 'the' ? mentionStartingAt(v, at + 1) : null);
  if (!m || m.kind === 'pronoun') return false;
  let after = afterMention(v, m);
  while (MEDIUM.test(v.tokens[after]?.text ?? '')) after++;
  if (!v.kn.reportingVerbs.has(v.tokens[after]?.lower ?? '')) return false;
  const rest = v.tokens.slice(after + 1).filter((t) => !isAdverbial(t));
  return rest.length === 0 || /^[.,]$/.test(rest[0]!.text);
}

/** Where a reported clause starting at token `from` ends (exclusive token index). */
export function clauseEnd(v: SentenceView, from: number): number {
  for (let j = from; j < v.tokens.length; j++) {
    const t = v.tokens[j]!;
    if (v.quoted(t.start)) continue;
    // `… Russia's "red lines," saying …`: the comma closing a quotation ends the clause too.
    if (j > from && /^["”]$/.test(v.tokens[j - 1]!.text) && v.tokens[j - 2]?.text === ',' && /ing$/.test(t.lower) && CLAUSE_STOP_AFTER_COMMA.has(t.lower)) return j;
    if (t.text === ';' || (t.text === ':' && /^["“]/.test(v.tokens[j + 1]?.text ?? ''))) return j;
    // ", but not before …" goes on; ", but he …" begins another clause.
    if (t.text === ',' && CLAUSE_STOP_AFTER_COMMA.has(v.tokens[j + 1]?.lower ?? '') && !/^(not|also|only|still|then|never|without|with|in|at|for|to)$/.test(v.tokens[j + 2]?.lower ?? '')) return j;
    // "… while BP, a big investor, declined": a new subject after "while" or "whereas".
    if (/^(while|whereas)$/.test(t.lower) && j > from && /^\p{Lu}/u.test(v.tokens[j + 1]?.text ?? '') && !v.quoted(v.tokens[j + 1]!.start)) return j;
    if (t.text === ',' && /^(he|she|they)$/.test(v.tokens[j + 1]?.lower ?? '') && v.kn.reportingVerbs.has(v.tokens[j + 2]?.lower ?? '')) return j;
    // "…, Russia's foreign ministry said.": a closing attribution of its own.
    if (t.text === ',' && closingAttribution(v, j + 1)) return j;
    if (/^(but|and)$/.test(t.lower) && v.kn.reportingVerbs.has(v.tokens[j + 1]?.lower ?? '')) return j;
    // ", devised as a counter to …": a parenthetical participle phrase, not the reported words.
    if (t.text === ',' && participleAt(v, j + 1) && /^(as|by|in|to|for|with|at)$/.test(v.tokens[j + 2]?.lower ?? '')) return j;
  }
  let end = v.tokens.length;
  while (end > from && /^[.!?,]$/.test(v.tokens[end - 1]!.text)) end--;
  return end;
}
