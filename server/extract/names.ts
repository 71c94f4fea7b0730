// Named people. A run of capitalised words is a person's name when something says so: a
// title before it ("Foreign Minister Yevgeny Primakov"), a title beside it ("Anatoly
// Krasikov, the president's spokesman"), an honorific, a byline, a known given name, or a
// reporting verb next to it. Once a name is known, its surname alone refers to it too.
import type { Knowledge } from './knowledge.ts';
import type { Mention } from './mention.ts';
import { isOrganisationHead, writtenInLowercase } from './organisations.ts';
import { isCapitalized, type Token } from './tokens.ts';

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'dos', 'das', 'del', 'y']);
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'prof.', 'sir', 'dame', 'lord']);
const COMMON_SUBJECTS = new Set(
  ('police everyone everybody others another nobody someone somebody authorities protesters troops residents witnesses people both none most all each either neither several ' +
    'many some few children men women staff public youth crew media press').split(' '),
);
const NOT_NAMES = new Set(
  (
    'the a an and but or nor for of in on at to by from with as if so yet this that these those it its he she they we i you ' +
    'his her their our my your there here when while after before since until earlier later last next first then also ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august ' +
    'september october november december today yesterday tomorrow tonight week month year news world president ' +
    'countries country states state government officials official sources source west east north south western ' +
    'eastern northern southern central cold war peace partnership treaty summit talks council union ministry ' +
    'election elections referendum christmas easter having being meanwhile however moreover furthermore nevertheless ' +
    'nonetheless instead indeed besides'
  ).split(' '),
);

/** How many tokens an appositive title may run to ("deputy minister of Taiwan's … Council"), and how many words. */
const MAX_APPOSITIVE = 16;
const MAX_TITLE_WORDS = 12;
/** Words of a clause, never of a title. */
const CLAUSE_WORDS = new Set('he she they we i it who which that is was were are has have had will would can could did does do'.split(' '));

export interface NameContext {
  text: string;
  tokens: Token[];
  sentence: number;
  /** Mentions already found in this sentence (known names), to keep names apart from them. */
  known: Mention[];
  kn: Knowledge;
  paragraphStart: boolean;
}

function covered(known: Mention[], t: Token): Mention | undefined {
  return known.find((m) => m.start <= t.start && t.end <= m.end);
}

/** Reporting verbs that headlines write in capitals ("US Envoy Says …"); never names. */
const HEADLINE_VERBS = new Set('says tells warns urges claims insists denies admits vows confirms reveals asks adds argues'.split(' '));

/** Initials written together: "W.A.", "J.R.R." */
const INITIALS = /^(\p{Lu}\.){1,3}$/u;

function isNameToken(ctx: NameContext, t: Token | undefined): boolean {
  if (!t || !isCapitalized(t)) return false;
  // "W.A. Kistler": initials before a name (never on their own: "U.S.", "N.Y.").
  if (INITIALS.test(t.text) && t.text.length > 2) {
    const next = ctx.tokens[ctx.tokens.indexOf(t) + 1];
    return !!next && /^\p{Lu}\p{Ll}/u.test(next.text) && next.start - t.end <= 1 && !covered(ctx.known, t) && isNameToken(ctx, next);
  }
  if (!/^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u.test(t.text)) return false;
  if (t.text.length > 1 && t.text === t.text.toUpperCase() && !/^\p{Lu}\.$/u.test(t.text)) return false; // acronyms
  if (/^\p{Lu}{2,}s$/u.test(t.text)) return false; // their plurals: MPs, MEPs
  if (/['’](ve|ll|re|d|m)$|n['’]t$/iu.test(t.text)) return false; // I've, We'll, Don't
  if (NOT_NAMES.has(t.lower) || ctx.kn.titleWords.has(t.lower) || ctx.kn.titleWords.has(t.lower.replace(/\.$/, ''))) return false;
  // "a George Bush-style tax cut", "Kremlin-backed": a name made a modifier names no one.
  if (/-(style|led|backed|based|era|type|like|inspired|owned|run|funded|born)$/i.test(t.text)) return false;
  // "Presidents George W Bush, Bill Clinton …": a title's plural.
  if (/s$/.test(t.lower) && ctx.kn.titleWords.has(t.lower.slice(0, -1)) && t.lower.length > 4) return false;
  if (HONORIFICS.has(t.lower)) return false;
  // "US Envoy Says …": a reporting verb in a headline's capitals (not "Said", also a name).
  if (HEADLINE_VERBS.has(t.lower)) return false;
  if (t.lower.includes('-') && t.lower.split('-').every((p) => ctx.kn.titleWords.has(p))) return false; // Secretary-General
  if (t.lower === 'may' && /^\d/.test(ctx.tokens[ctx.tokens.indexOf(t) + 1]?.text ?? '')) return false;
  return !covered(ctx.known, t);
}

/** Longest title phrase ending right before token index `at` (exclusive); returns its first token index. */
export function titleBefore(ctx: NameContext, at: number): number | null {
  let best: number | null = null;
  const last = ctx.tokens[at - 1];
  if (!last) return null;
  for (const words of ctx.kn.titlesByLastWord.get(last.lower.replace(/^ex-/, '')) ?? []) {
    const first = at - words.length;
    if (first < 0) continue;
    let ok = true;
    // "ex-chancellor": a title with "ex-" written onto its first word.
    for (let k = 0; k < words.length && ok; k++) ok = (k === 0 ? ctx.tokens[first + k]!.lower.replace(/^ex-/, '') : ctx.tokens[first + k]!.lower) === words[k];
    if (ok && (best === null || first < best)) best = first;
  }
  return best;
}

/**
 * A title completed by what it is of or where it serves, right before a name: "President of
 * Ukraine Volodymyr Zelenskyy", "Secretary General of NATO Jens Stoltenberg", "Russian
 * Ambassador to Havana Viktor Koronelli", "Permanent Representative of Russia to the UN …".
 * Returns the title's first token, where its own words end (exclusive) and what it is "of".
 */
function titleWithComplement(ctx: NameContext, at: number): { first: number; titleEnd: number; of: Mention | null } | null {
  let end = at;
  let of: Mention | null = null;
  for (let n = 0; n < 3; n++) {
    const last = ctx.tokens[end - 1];
    const m = last && ctx.known.find((x) => x.end === last.end && ['country', 'capital', 'org', 'place'].includes(x.kind));
    if (!m) return null;
    let k = ctx.tokens.findIndex((t) => t.start === m.start);
    if (k <= 0) return null;
    if (ctx.tokens[k - 1]!.lower === 'the') k--;
    const prep = ctx.tokens[k - 1]?.lower ?? '';
    if (!/^(of|to|in|at)$/.test(prep)) return null;
    // What a title is "of" is whom its holder serves; where an envoy is sent ("to") is not.
    if (prep === 'of' && m.kind !== 'place') of = m;
    const first = titleBefore(ctx, k - 1);
    if (first !== null) return { first, titleEnd: k - 1, of };
    end = k - 1;
  }
  return null;
}

/** Extends a title leftwards over the names of its organisation or country ("NATO", "U.S.", "Dutch", "Russia's"). */
function titleModifiers(ctx: NameContext, first: number): { start: number; affiliation: Mention['affiliation'] } {
  let start = first;
  let affiliation: Mention['affiliation'] = null;
  for (;;) {
    const prev = ctx.tokens[start - 1];
    if (!prev) break;
    const mod = ctx.known.find((m) => m.end === prev.end || (prev.lower.endsWith('s') && /['’]s$/.test(prev.text) && m.end === prev.start));
    if (mod && ['org', 'country', 'demonym', 'capital'].includes(mod.kind)) {
      // The name may be the tail of a hyphenated word ("Ex-Labour", "then-US", "Pro-Israel"):
      // the title then starts at that word, and only a former or then-current tie is an affiliation.
      const at = ctx.tokens.findIndex((t) => t.start <= mod.start && mod.start < t.end);
      if (at < 0 || at >= start) break;
      const prefix = ctx.text.slice(ctx.tokens[at]!.start, mod.start).toLowerCase();
      if (!/^(pro|anti|non|post|pre|neo)-/.test(prefix)) affiliation ??= { kind: mod.kind === 'org' ? 'org' : 'country', key: mod.key };
      start = at;
      continue;
    }
    // "former", and "ex-" before a word ("ex-Conservative chancellor"): a past title, kept so.
    if (/^(deputy|acting|former|vice|first|senior|top)$/.test(prev.lower) || /^ex-\p{L}/u.test(prev.lower)) {
      start--;
      continue;
    }
    break;
  }
  return { start, affiliation };
}

function isReportingVerb(ctx: NameContext, t: Token | undefined): boolean {
  return !!t && ctx.kn.reportingVerbs.has(t.lower);
}

/**
 * "Mervyn King", "John Major": a title word is a surname right after a first name, ending the
 * name; or after one other word that no title, honorific or reporting verb leaves in doubt
 * ("governor Merlin King said"), when the article never writes that word in lowercase.
 */
function surnameLikeTitle(ctx: NameContext, i: number, j: number): boolean {
  const t = ctx.tokens[j]!;
  const next = ctx.tokens[j + 1];
  const before = ctx.tokens[j - 1]!;
  const named =
    ctx.kn.givenNames.has(before.text) ||
    (j === i + 1 &&
      t.lower !== 'general' &&
      !/^(the|a|an)$/i.test(ctx.tokens[i - 1]?.text ?? '') &&
      (isReportingVerb(ctx, next) || titleBefore(ctx, i) !== null || HONORIFICS.has(ctx.tokens[i - 1]?.lower ?? '')) &&
      !writtenInLowercase(ctx.text, before.lower));
  return (
    named &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    ctx.kn.titleWords.has(t.lower) &&
    !isOrganisationHead(t.lower) &&
    !NOT_NAMES.has(t.lower) &&
    !/^(house|hall|palace|street)$/.test(t.lower) &&
    next?.lower !== 'of' &&
    !covered(ctx.known, t) &&
    !(next && isCapitalized(next) && /^\p{L}/u.test(next.text))
  );
}

/** A run of name tokens starting at i (particles and initials inside), at most 4 words. */
function nameRun(ctx: NameContext, i: number): number {
  let j = i;
  while (j < ctx.tokens.length && j - i < 5) {
    const t = ctx.tokens[j]!;
    if (isNameToken(ctx, t)) j++;
    else if (j > i && PARTICLES.has(t.lower) && isNameToken(ctx, ctx.tokens[j + 1])) j++;
    else if (j > i && surnameLikeTitle(ctx, i, j)) {
      j++;
      break;
    } else break;
  }
  // A name does not end on a particle or an initial.
  while (j > i && (PARTICLES.has(ctx.tokens[j - 1]!.lower) || INITIALS.test(ctx.tokens[j - 1]!.text))) j--;
  return j - i;
}

/** The first of the mentions not inside another of them ("Federal Labour Agency", not "Labour"). */
function outermost(ms: Mention[]): Mention | undefined {
  return ms.find((m) => !ms.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
}

/** The title written beside a name after a comma: ", the president's spokesman," */
function appositiveAfter(ctx: NameContext, end: number): { title: string; affiliation: Mention['affiliation'] } | null {
  if (ctx.tokens[end]?.text !== ',') return null;
  let k = end + 1;
  const from = k;
  // Up to the punctuation that closes it, or to the verb of a clause that follows with no comma
  // ("X, Lufthansa spokesman told the BBC"; "X, senior officer who became …").
  const cut = (t: Token) => k > from && (isReportingVerb(ctx, t) || /^(who|which|that)$/.test(t.lower));
  while (k < ctx.tokens.length && k - from <= MAX_APPOSITIVE && !/^[,.;:"“”()]$/.test(ctx.tokens[k]!.text) && !cut(ctx.tokens[k]!)) k++;
  // An appositive is a whole phrase, never the first words of a clause.
  if (k - from > MAX_APPOSITIVE) return null;
  const seg = ctx.tokens.slice(from, k);
  // "the president's spokesman", "Russian envoy", "deputy minister of …", "chief economist at …"
  // (a bare lowercase title only when punctuation closes it: not "the Public Order Act, police said")
  const closed = !cut(ctx.tokens[k] ?? seg[0]!);
  if (seg.length === 0 || !(/^(the|a|an|[\p{Lu}])/u.test(seg[0]!.text) || (closed && (ctx.kn.titleWords.has(seg[0]!.lower) || /^(former|acting|then|ex)\b/.test(seg[0]!.lower))))) return null;
  if (/^(of|at|and|or)$/.test(seg[0]!.lower)) return null;
  // Never a clause ("Mr Kerry said they planned to …", "Ocean's Eleven was directed by …"): no
  // reporting verb, pronoun, auxiliary or other person ("Mr Kerry", "Jane Doe and …"), though
  // another's possession is a title ("Mr Mann's former deputy").
  const possessive = (idx: number) => /^['’]s$/.test(seg[idx]?.text ?? '');
  const clause = (t: Token, idx: number) =>
    isReportingVerb(ctx, t) ||
    CLAUSE_WORDS.has(t.lower) ||
    (HONORIFICS.has(t.lower) && !possessive(idx + 2)) ||
    // another name listed beside it ("X, Jane Doe and Tim Roe"), not the one a title names
    // ("a spokesman for commissioner Jane Doe")
    (ctx.kn.givenNames.has(t.text) && isCapitalized(seg[idx + 1]) && !possessive(idx + 2) && (idx === 0 || /^(and|&|or)$/.test(seg[idx - 1]!.lower)));
  if (seg.some(clause)) return null;
  if (seg.filter((t) => /^[\p{L}\p{N}]/u.test(t.text)).length > MAX_TITLE_WORDS) return null;
  const words = seg.filter((t, idx) => !(idx === 0 && /^(the|a|an)$/.test(t.lower)));
  // A title word among the words after the article (a wrapped line can end on "the").
  if (words.length === 0 || !words.some((t) => ctx.kn.titleWords.has(t.lower))) return null;
  const title = ctx.text.slice(words[0]!.start, seg[seg.length - 1]!.end);
  const mod = outermost(ctx.known.filter((m) => m.start >= seg[0]!.start && m.end <= seg[seg.length - 1]!.end && m.kind !== 'place'));
  return { title, affiliation: mod ? { kind: mod.kind === 'org' ? 'org' : 'country', key: mod.key } : null };
}

/** The title written before a name and a comma: "Russian foreign minister, Sergey Lavrov" or "Head of the X, Name". */
function appositiveBefore(ctx: NameContext, i: number): { title: string; start: number; affiliation: Mention['affiliation'] } | null {
  if (ctx.tokens[i - 1]?.text !== ',') return null;
  // Walk left over the words a title is made of: title words, names, and the connectors of
  // "Head of the Russian Delegation to the Negotiations"; stop at other words ("alongside").
  let k = i - 2;
  const titleish = (t: Token) =>
    ctx.kn.titleWords.has(t.lower) || isCapitalized(t) || /^(of|the|to|on|for|and|in|['’]s|-)$/.test(t.lower) || ctx.known.some((m) => m.start <= t.start && t.end <= m.end);
  while (k >= 0 && i - 2 - k < 16 && !/^[,.;:"“”]$/.test(ctx.tokens[k]!.text) && titleish(ctx.tokens[k]!)) k--;
  // "as he begins his second term as US President, Tony Blair said": what someone is or does
  // "as" ends a clause of its own; the name after the comma is the clause's subject, not the title's holder.
  if (k >= 0 && /^(as|like|than)$/.test(ctx.tokens[k]!.lower)) return null;
  let seg = ctx.tokens.slice(k + 1, i - 1);
  while (seg.length && /^(the|of|to|on|for|and|in|but|or|yet|so|['’]s)$/.test(seg[0]!.lower)) seg = seg.slice(1);
  if (seg.length === 0) return null;
  const last = seg[seg.length - 1]!;
  const headOf = seg.findIndex((t, idx) => idx <= 1 && ctx.kn.titleWords.has(t.lower) && seg[idx + 1]?.lower === 'of');
  if (!ctx.kn.titleWords.has(last.lower) && headOf < 0) return null;
  if (seg.some((t) => isReportingVerb(ctx, t) || HONORIFICS.has(t.lower))) return null;
  const first = seg[0]!;
  const mod = outermost(ctx.known.filter((m) => m.start >= first.start && m.end <= last.end && m.kind !== 'place' && !m.locative));
  return {
    title: ctx.text.slice(first.start, last.end),
    start: first.start,
    affiliation: mod ? { kind: mod.kind === 'org' ? 'org' : 'country', key: mod.key } : null,
  };
}

/** A plural noun capitalised at the start of a sentence ("Economists said", "Bankers say"). */
function looksPlural(ctx: NameContext, i: number): boolean {
  const word = ctx.tokens[i]!.text;
  if (!/\p{Ll}s$/u.test(word) || /(ss|us|is|os|as|ys)$/.test(word)) return false;
  // Nouns for groups of people end so ("bankers", "economists", "organisers"); surnames rarely.
  const sentenceStart = !/\p{L}/u.test(ctx.tokens.slice(0, i).map((t) => t.text).join(''));
  if (sentenceStart && /(ers|ists|ors|ants|ents|ians|ives|ees|ies|ics|ates|ports)$/.test(word)) return true;
  // Otherwise: when the article also writes it in lowercase, it is a common noun.
  const lowered = word.toLowerCase().replace(/e?s$/, '');
  if (!ctx.text.includes(lowered)) return false;
  if (lowercaseSeen.text !== ctx.text) lowercaseSeen = { text: ctx.text, stems: new Map() };
  let seen = lowercaseSeen.stems.get(lowered);
  if (seen === undefined) {
    const stem = lowered.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    seen = new RegExp(`(^|[^\\p{L}])${stem}(e?s)?([^\\p{L}]|$)`, 'u').test(ctx.text);
    lowercaseSeen.stems.set(lowered, seen);
  }
  return seen;
}
/** Stems already looked up in lowercase, for the article being read. */
let lowercaseSeen: { text: string; stems: Map<string, boolean> } = { text: '', stems: new Map() };

/**
 * Whether a single capitalised word could be a surname on its own: not a plural noun, not
 * a reporting verb ("Says"), not an institution's or company's head word ("the Bank said",
 * "Corp said"), and not the tail of a firm's name ("Ernst & Young").
 */
function couldBeSurname(ctx: NameContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (ctx.kn.reportingVerbs.has(t.lower) || isOrganisationHead(t.lower) || looksPlural(ctx, i)) return false;
  return ctx.tokens[i - 1]?.text !== '&';
}

/** Tokens at `i` that spell a known party, organisation, state or demonym ("Lib Dem", "Tory"), or 0. */
const PARTY_ADJECTIVES = ['Tory', 'Conservative', 'Labour', 'Lib Dem', 'Liberal Democrat', 'Republican', 'Democrat', 'Democratic', 'Green', 'Unionist', 'Nationalist'];

function leadingBody(ctx: NameContext, i: number): number {
  let best = 0;
  for (const p of PARTY_ADJECTIVES) {
    const words = p.split(' ');
    if (words.every((w, k) => ctx.tokens[i + k]?.text === w) && words.length > best) best = words.length;
  }
  for (const { form, lexeme } of ctx.kn.lexicon.get(ctx.tokens[i]!.lower) ?? []) {
    if (lexeme.kind === 'place' || lexeme.kind === 'capital') continue;
    const words = form.split(/\s+/);
    if (words.every((w, k) => ctx.tokens[i + k]?.text === w) && words.length > best) best = words.length;
  }
  return best;
}

/** People named in one sentence. */
export function findPersons(ctx: NameContext): Mention[] {
  const out: Mention[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    let len = nameRun(ctx, i);
    if (len === 0) continue;
    // "Tory Liam Fox", "Lib Dem Norman Baker": a party or state before a full name is not part of it.
    const lead = len > 2 ? leadingBody(ctx, i) : 0;
    if (lead > 0 && len - lead >= 2) {
      i += lead;
      len -= lead;
    }
    const end = i + len; // exclusive
    const first = tokens[i]!;
    const lastTok = tokens[end - 1]!;
    let title: string | undefined;
    let titleStart: number | undefined;
    let affiliation: Mention['affiliation'] = null;
    let evidence = false;
    let lone = false;

    const bare = titleBefore(ctx, i);
    // After "President of Ukraine" a name must follow, not the rest of a longer name ("chief
    // executive of China Aviation Oil", "director of UK Equities"): a first name, or a full name
    // that speaks or is set off by a comma.
    const nameFollows = ctx.kn.givenNames.has(first.text) || (len >= 2 && (isReportingVerb(ctx, tokens[end]) || tokens[end]?.text === ','));
    const completed = bare === null && nameFollows ? titleWithComplement(ctx, i) : null;
    // An honorific alone ("the BBC Mr Blair") is no title: nothing before it is his organisation.
    const honorific = bare !== null && bare === i - 1 && HONORIFICS.has(tokens[i - 1]!.lower);
    const t0 = honorific ? null : bare ?? completed?.first ?? null;
    if (t0 !== null) {
      const mods = titleModifiers(ctx, t0);
      title = ctx.text.slice(tokens[mods.start]!.start, tokens[i - 1]!.end);
      titleStart = tokens[mods.start]!.start;
      // "Kremlin spokesman" may itself be a known title: its organisation is still the affiliation.
      const titleEnd = completed?.titleEnd ?? i;
      const inside = ctx.known.find((m) => m.start >= tokens[t0]!.start && m.end <= tokens[titleEnd - 1]!.end && m.kind !== 'place');
      const whose = mods.affiliation ? null : completed?.of ?? inside;
      affiliation = mods.affiliation ?? (whose ? { kind: whose.kind === 'org' ? 'org' : 'country', key: whose.key } : null);
      evidence = true;
    }
    if (!evidence && HONORIFICS.has(tokens[i - 1]?.lower ?? '')) {
      evidence = true;
      titleStart = tokens[i - 1]!.start;
    }
    // "Tory Liam Fox", "Tories Ken Clarke and …", "Labour's Ken Livingstone": a party before a full name makes it a politician's.
    const prevTok = /^['’]s$/.test(tokens[i - 1]?.text ?? '') ? tokens[i - 2] : tokens[i - 1];
    const partyBefore = lead > 0 || (!!prevTok && ctx.known.some((m) => m.kind === 'org' && m.end === prevTok.end && ctx.kn.organisations.get(m.key)?.kind === 'party'));
    if (!evidence && len >= 2 && partyBefore) evidence = true;
    if (!evidence && len >= 2) {
      const before = appositiveBefore(ctx, i);
      const after = before ? null : appositiveAfter(ctx, end);
      if (before) [title, titleStart, affiliation, evidence] = [before.title, before.start, before.affiliation, true];
      // "In Bethnal Green, the sitting MP …": after a preposition of place it is a place.
      else if (after && !/^(in|at|from|near|across|outside|inside)$/i.test(tokens[i - 1]?.text ?? '')) [title, affiliation, evidence] = [after.title, after.affiliation, true];
      else if (ctx.kn.givenNames.has(first.text)) evidence = true;
      else if (ctx.paragraphStart && i === 1 && tokens[0]!.text === 'By') evidence = true;
      // "X said", ", said X", '"…," said X'
      else if (
        isReportingVerb(ctx, tokens[end]) ||
        (isReportingVerb(ctx, tokens[i - 1]) && (tokens[i - 2]?.text === ',' || (/^["“”'’]$/.test(tokens[i - 2]?.text ?? '') && /^([,.;]|of|at|from|on)?$/.test(tokens[end]?.text ?? ''))))
      )
        evidence = true;
      else {
        // "said Al Jazeera's Hashem Ahelbarra", "the BBC's Nick Robinson said": a body's
        // possessive before two capitalised words in the speaker's place is one of its people.
        const owner = /^['’]s$/.test(tokens[i - 1]?.text ?? '') ? ctx.known.find((m) => m.kind === 'org' && m.end === tokens[i - 2]?.end) : undefined;
        const ownerAt = owner ? tokens.findIndex((t) => t.start === owner.start) : -1;
        const ownerStart = ownerAt > 0 && tokens[ownerAt - 1]?.lower === 'the' ? ownerAt - 1 : ownerAt;
        // Not a programme or product ("the BBC's Politics Show", "Talking Point"): no word of it written in lowercase anywhere.
        const words = tokens.slice(i, end).map((t) => t.lower);
        const name = words.every((w) => !writtenInLowercase(ctx.text, w)) && !isOrganisationHead(words[1]!);
        // In the speaker's place, not the hearer's ("told the BBC's Politics Show").
        const verbBefore = tokens[ownerStart - 1];
        const saidBefore = isReportingVerb(ctx, verbBefore) && !/^(told|tell|tells|telling)$/.test(verbBefore!.lower);
        if (owner && len === 2 && name && (isReportingVerb(ctx, tokens[end]) || saidBefore)) {
          [affiliation, evidence] = [{ kind: 'org', key: owner.key }, true];
        }
      }
    }
    // A lone surname that speaks: "Lavrov said", "said Balanzino".
    if (!evidence && len === 1 && first.text.length > 2 && !ctx.kn.sourceNouns.has(first.lower) && !COMMON_SUBJECTS.has(first.lower) && couldBeSurname(ctx, i)) {
      const next = tokens[end];
      const before = tokens[i - 1];
      lone = (isReportingVerb(ctx, next) && !/ing$/.test(next!.lower)) || (isReportingVerb(ctx, before) && /^[.,]$/.test(tokens[end]?.text ?? '.'));
    }
    // "War Information Headquarters", "Kennedy Space Center": a name ending in an institution's
    // or a company's head word is an organisation's, whatever else says it is a person's.
    const institutional = isOrganisationHead(lastTok.lower) && /^\p{Lu}/u.test(lastTok.text);
    if (!(evidence || lone) || institutional || (len === 1 && !title && titleStart === undefined && !lone)) {
      i = end - 1;
      continue;
    }
    out.push({
      kind: 'person',
      start: first.start,
      end: lastTok.end,
      text: ctx.text.slice(first.start, lastTok.end),
      key: ctx.text.slice(first.start, lastTok.end).replace(/\s+/g, ' '),
      sentence: ctx.sentence,
      title,
      titleStart,
      affiliation,
    });
    i = end - 1;
  }
  return out;
}
