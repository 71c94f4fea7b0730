// Whom words were said to: the object of "told" or "urged", "confirmed to X", and venues
// ("in an interview with Le Monde", "at a news conference", "in a letter to X").
import { isActor, type Mention } from './mention.ts';
import { isAdverbial, MEDIUM, mentionStartingAt, PP_START, PRESS, type SentenceView } from './sentence-view.ts';

export const AUDIENCE_STOP = new Set(['that', 'from', 'by', 'for', 'over', 'on', 'after', 'before', 'during', 'when', 'with', 'he', 'she', 'they', 'it', 'we', 'i', 'in', 'at', 'about', 'as', 'while', 'if', 'the']);

/** Verbs that take the hearer as object: "told reporters", "urged NATO to". */
export const HEARER_VERBS = new Set(['tell', 'urge', 'ask', 'assure', 'inform', 'warn', 'remind', 'reassure', 'call']);

/** Words that may stand between a venue's determiner and its noun: "an April 2025 interview", "a televised address". */
export const VENUE_MODIFIERS = 4;

export const VENUES = /^(news conference|press conference|briefing|news briefing|press briefing|ceremony|meeting|summit|rally|forum|conference|session|hearing|debate|congress|gathering|interview|television interview|speech|address|statement|letter|message|phone call|telephone call|call|phone conversation|telephone conversation|conversation)/;

export const OBJECT_PRONOUNS = new Map([
  ['him', 'he'],
  ['her', 'she'],
]);

export const NAMED = new Set(['person', 'org', 'country', 'capital']);

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
  if (m && m.kind !== 'pronoun' && v.tokens[pastMedium(v, m)]?.lower !== 'and' && !groupNoun(v, pastMedium(v, m))) return { audience: [], mentions: [m], next: pastMedium(v, m) };
  // "assured him that": someone just spoken of, resolved by the caller; never the word "him".
  const object = v.tokens[at] && OBJECT_PRONOUNS.get(v.tokens[at]!.lower);
  if (object) return { audience: [], mentions: [], pronoun: { key: object, at: v.tokens[at]!.start }, next: at + 1 };
  let j = at;
  while (j < v.tokens.length && j - at < 14) {
    const t = v.tokens[j]!;
    if (/^[,.;:"“”!?]$/.test(t.text) || v.kn.reportingVerbs.has(t.lower)) break;
    if (j > at && AUDIENCE_STOP.has(t.lower) && !(t.lower === 'the' && /^(of|and)$/.test(v.tokens[j - 1]?.lower ?? ''))) break;
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
  // "urged Europe and the US to …": each actor of a coordination heard it.
  const all = v.tokens.slice(at, e).some((t) => t.lower === 'and') ? namedAll(v, v.tokens[at]!.start, v.tokens[e - 1]!.end) : [];
  if (all.length > 1) return { audience: [], mentions: all, next: e < j ? e : j };
  // "told Labour MPs", "told European leaders": people of the body, not the body itself.
  const group = inside && pastMedium(v, inside) === e - 1 && groupNoun(v, e - 1);
  if (group) return { audience: [v.text.slice(v.tokens[at]!.start, v.tokens[e - 1]!.end)], mentions: [], next };
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
export function pastMedium(v: SentenceView, m: Mention): number {
  let next = v.tokens.findIndex((t) => t.start >= m.end);
  if (next < 0) next = v.tokens.length;
  while (next < v.tokens.length && MEDIUM.test(v.tokens[next]!.text)) next++;
  return next;
}

/** Every actor named within [from, to), in order. */
function namedAll(v: SentenceView, from: number, to: number): Mention[] {
  return v.mentions.filter((m) => (isActor(m) || m.kind === 'place') && NAMED.has(m.kind === 'place' ? 'org' : m.kind) && m.start >= from && m.end <= to);
}

/** The actor named within [from, to): a person before anything else, else the last actor. */
export function namedIn(v: SentenceView, from: number, to: number): Mention | null {
  const inside = v.mentions.filter((m) => isActor(m) && NAMED.has(m.kind) && m.start >= from && m.end <= to);
  return inside.find((m) => m.kind === 'person') ?? inside[inside.length - 1] ?? null;
}

/** The run of capitalised words that ends tokens [at, e) after a lowercase word: "Cuban weekly Opciones". */
export function properNameEnding(v: SentenceView, at: number, e: number): string | null {
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
export function interviewerAfter(v: SentenceView, at: number, to: number): Mention | null {
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

/** A plural noun for people of a body, right after its name: "(Labour) MPs", "(EU) leaders", "(NATO) allies". */
const NOT_PLURAL = new Set(['its', 'his', 'this', 'thus', 'was', 'has', 'does', 'says', 'plus', 'less', 'unless', 'across', 'always', 'perhaps', 'whereas', 'yes', 'news']);
function groupNoun(v: SentenceView, at: number): boolean {
  const t = v.tokens[at];
  if (!t || AUDIENCE_STOP.has(t.lower) || NOT_PLURAL.has(t.lower) || v.kn.reportingVerbs.has(t.lower)) return false;
  return /^(\p{Lu}{2,}s|\p{Ll}{3,}s)$/u.test(t.text) && !/(ss|us|is)$/.test(t.text);
}
