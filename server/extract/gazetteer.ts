// Known names from the knowledge files: countries, demonyms, capitals, organisations, places.
// Longest match wins; short all-capital forms (US, AP) must match in case, so "Us" in a
// headline is not the United States.
import type { Knowledge, Lexeme } from './knowledge.ts';
import type { Mention } from './mention.ts';
import { isFiniteVerbAt, isVerbAt, posAt, type TaggedSentence } from './pos.ts';
import { tokenize, type Token } from './tokens.ts';

interface Form {
  tokens: string[];
  lower: string[];
  /** Short all-capital forms (US, AP) must match in case. */
  exact: boolean;
}
const forms = new Map<string, Form>();
function formOf(form: string): Form {
  let f = forms.get(form);
  if (!f) {
    const tokens = tokenize(form).map((x) => x.text);
    const letters = form.replace(/[^\p{L}]/gu, '');
    f = { tokens, lower: tokens.map((t) => t.toLowerCase()), exact: letters.length <= 4 && letters === letters.toUpperCase() };
    forms.set(form, f);
  }
  return f;
}

const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'within', 'throughout', 'across', 'around', 'outside']);
const PRIORITY: Record<Lexeme['kind'], number> = { org: 5, country: 4, capital: 3, place: 2, demonym: 1 };

/**
 * One word of a known form: a word the form writes in lowercase may be capitalised (a headline,
 * a sentence's start) and a leading "The" may be written "the" ("according to the Observer"),
 * but a capitalised word must be capitalised: "the house" is not the House, "the post" not the Post.
 */
function sameWord(surface: Token, f: Form, k: number): boolean {
  if (surface.text === f.tokens[k]) return true;
  if (f.exact || surface.lower !== f.lower[k]) return false;
  if (k === 0 && f.lower[0] === 'the' && f.tokens.length > 1) return true;
  return /^\p{Ll}/u.test(f.tokens[k]!) || /^\p{Lu}/u.test(surface.text);
}

function matchAt(tokens: Token[], i: number, kn: Knowledge): { len: number; lexeme: Lexeme; form: string } | null {
  const candidates = kn.lexicon.get(tokens[i]!.lower);
  if (!candidates) return null;
  let best: { len: number; lexeme: Lexeme; form: string } | null = null;
  for (const { form, lexeme } of candidates) {
    const f = formOf(form);
    const ft = f.tokens;
    if (i + ft.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < ft.length && ok; k++) {
      ok = sameWord(tokens[i + k]!, f, k);
      // Words of one name are separated by single spaces or nothing.
      if (ok && k > 0 && tokens[i + k]!.start - tokens[i + k - 1]!.end > 1) ok = false;
    }
    if (!ok) continue;
    // "the Times Educational Supplement": a form written with "The", read after a lowercase "the",
    // is not the name when a capitalised word goes on right after it.
    const after = tokens[i + ft.length];
    if (f.lower[0] === 'the' && tokens[i]!.text === 'the' && after && /^\p{Lu}/u.test(after.text) && after.start === tokens[i + ft.length - 1]!.end + 1) continue;
    if (!best || ft.length > best.len || (ft.length === best.len && PRIORITY[lexeme.kind] > PRIORITY[best.lexeme.kind])) {
      best = { len: ft.length, lexeme, form };
    }
  }
  return best;
}

function toMention(lexeme: Lexeme, start: number, end: number, text: string, sentence: number, locative: boolean): Mention {
  const kind = lexeme.kind;
  const m: Mention = { kind, start, end, text, key: lexeme.name, sentence, locative };
  if (lexeme.kind === 'capital') m.city = lexeme.city;
  if (lexeme.kind === 'org' && lexeme.orgKind) m.orgKind = lexeme.orgKind;
  return m;
}

/** Known names in one sentence's tokens. Hyphenated compounds ("Russia-NATO") are searched by part. */
export function findKnownNames(text: string, tokens: Token[], sentence: number, kn: Knowledge): Mention[] {
  const out: Mention[] = [];
  const s: TaggedSentence = { text, tokens };
  const headlineCase = titleCased(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    const locative = !!prev && LOCATIVE.has(prev.lower);
    let hit = matchAt(tokens, i, kn);
    // "the House of Lords": a form that begins with "the" ("the House") gives way to a longer name after it.
    if (hit && tokens[i]!.lower === 'the') {
      const inner = matchAt(tokens, i + 1, kn);
      if (inner && inner.len >= hit.len) hit = null;
    }
    if (hit && (hit.lexeme.kind === 'capital' || hit.lexeme.kind === 'country')) {
      const start = tokens[i]!.start;
      const end = tokens[i + hit.len - 1]!.end;
      const reading = hit.lexeme.kind === 'capital' ? capitalReading(s, i, hit.len, kn, headlineCase) : countryReading(s, i, hit.len, hit.form, hit.lexeme.name, headlineCase, kn);
      if (reading !== 'none') out.push(toMention(hit.lexeme, start, end, text.slice(start, end), sentence, hit.lexeme.kind === 'capital' ? reading === 'place' : locative));
      i += hit.len - 1;
      continue;
    }
    if (hit) {
      const start = tokens[i]!.start;
      const end = tokens[i + hit.len - 1]!.end;
      const other = hit.lexeme.kind === 'org' ? bodyReading(s, i, hit.len, hit.lexeme, headlineCase, out, kn) : 'same';
      if (other === 'same') out.push(toMention(hit.lexeme, start, end, text.slice(start, end), sentence, locative));
      else if (other !== 'none') out.push({ kind: 'org', start: other.start, end, text: text.slice(other.start, end), key: other.key, sentence, orgKind: 'government' });
      i += hit.len - 1;
      continue;
    }
    const tok = tokens[i]!;
    if (tok.text.includes('-')) {
      let offset = tok.start;
      const parts = tok.text.split('-');
      parts.forEach((part, p) => {
        if (part) {
          const sub = tokenize(part).map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
          const h = sub.length === 1 ? matchAt(sub, 0, kn) : null;
          // "Moscow-backed" is the state; "London-based", "cross-London", "a London-Frankfurt merger" the city.
          const place = h?.lexeme.kind === 'capital' && !hyphenedState(parts, p, tokens[i + 1]);
          if (h) out.push(toMention(h.lexeme, sub[0]!.start, sub[0]!.end, part, sentence, place));
        }
        offset += part.length + 1;
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// A known body's name inside a longer one

/** Head words that end an institution's name ("… Organisation", "… Foundation"), not a company's or a service's. */
const INSTITUTION_HEAD = /^(organisation|organization|commission|committee|council|union|agency|foundation|institute|institution|association|federation|confederation|assembly|congress|tribunal|court|board|authority)$/;
/** Head words of bodies' names ("the Commission", "Congress"), which other bodies' names end in too. */
const BODY_HEAD = /^(commission|congress|senate|house|commons|lords|parliament|assembly|council|union|committee|institute|court|bank|office|agency|authority|board|party|federation|association|foundation|ministry|department|cabinet|chancellery|duma|rada)$/;

/**
 * A known body named by a head word ("the Commission", "Congress") may be cut out of a longer
 * name: "the Commission for Racial Equality", "the Commission on Social Justice", "Trades Union
 * Congress" are none of it (the shape finder takes the longer name), and "Brazil's Congress",
 * "the Irish Senate" are another state's body ("Brazilian Congress"). 'same' when it is the body.
 */
function bodyReading(s: TaggedSentence, i: number, len: number, lexeme: Extract<Lexeme, { kind: 'org' }>, headlineCase: boolean, out: Mention[], kn: Knowledge): 'same' | 'none' | { start: number; key: string } {
  const tokens = s.tokens;
  const last = tokens[i + len - 1]!;
  // "International Labour Organisation", "Reuters Foundation": a known name before the rest of a
  // body's name is part of it (not an abbreviation, which begins the names of its own bodies: "U.N. Commission of Inquiry").
  let k = /^[\p{Lu}.]+$/u.test(tokens[i + len - 1]!.text) ? tokens.length : i + len;
  while (k < i + len + 2 && isCap(tokens[k]) && next1(tokens[k - 1]!, tokens[k]) && !INSTITUTION_HEAD.test(tokens[k]!.lower)) k++;
  if (!headlineCase && isCap(tokens[k]) && next1(tokens[k - 1]!, tokens[k]) && INSTITUTION_HEAD.test(tokens[k]!.lower)) return 'none';
  // (only a head word alone, maybe after "the": "the Security Council on Oct. 26" is the council)
  if (!BODY_HEAD.test(last.lower) || len > (tokens[i]!.lower === 'the' ? 2 : 1)) return 'same';
  // "the Commission for Africa", "the Senate of Nigeria" (not "Congress on Monday")
  const prep = tokens[i + len];
  const after = tokens[i + len + 1]?.lower === 'the' ? tokens[i + len + 2] : tokens[i + len + 1];
  if (prep && /^(for|on|of)$/.test(prep.text) && isCap(after) && !MONTHS_AND_DAYS.has(after!.lower) && !headlineCase) return 'none';
  const prev = tokens[i - 1];
  const before = prev && out.find((m) => m.end === prev.end || (possessiveAt(tokens, i - 1) && m.end === prev.start));
  // "Brazil's Congress", "the Irish Senate": another state's body.
  if (before && (before.kind === 'demonym' || (before.kind === 'country' && possessiveAt(tokens, i - 1))) && lexeme.country && before.key !== lexeme.country) {
    const word = tokens.slice(i, i + len).filter((t, k) => !(k === 0 && t.lower === 'the')).map((t) => t.text).join(' ');
    const adjective = kn.countries.get(before.key)?.demonyms[0] ?? before.key;
    return { start: before.start, key: `${adjective} ${word}` };
  }
  // "Trades Union Congress", "the Racial Equality Commission" (not "EU Commission", "Brussels Commission")
  const first = tokens[i]!.lower === 'the' ? i + 1 : i;
  const word = tokens[first - 1];
  if (first === i && !headlineCase && word && isCap(word) && next1(word, tokens[i]) && i - 1 > 0 && !before && /^\p{Lu}[\p{L}-]*$/u.test(word.text)) {
    if (!SENTENCE_FUNCTION.has(word.lower) && !MONTHS_AND_DAYS.has(word.lower) && !HONORIFICS.has(word.lower)) return 'none';
  }
  return 'same';
}

// ---------------------------------------------------------------------------------------------
// A capital: the state when it acts like a government, the city otherwise, nothing inside a name

type Reading = 'state' | 'place' | 'none';

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
/** Nouns for a state's things, after a capital's possessive: "Moscow's position", "Washington's allies". */
const STATE_THINGS = words(`
  position positions stance stances demand demands troops forces military army navy allies ally partners partner policy policies
  government regime leadership response reaction refusal decision decisions support backing opposition objection objections
  concern concerns interests ambitions influence role relations ties commitment commitments disregard veto approval proposal
  proposals offer offers insistence claim claims envoy envoys ambassador ambassadors diplomats diplomacy negotiators satellites
  denunciation intentions intention reply warning warnings threat threats aggression invasion annexation pressure approach
  attitude line strategy request requests sanctions retaliation nuclear missile missiles embargo recognition rejection
  refusal accusations accusation complaint complaints sovereignty foreign defence defense war campaign
  involvement intervention backers handling consent blessing revenue revenues
`);
/** Heads of a state's bodies, capitalised after a capital's possessive: "Tehran's War Information Headquarters". */
const STATE_BODIES = words('ministry government army navy headquarters command forces cabinet administration embassy delegation council office');
/** Nouns for a capital's government, the capital modifying them: "Kiev authorities", "Moscow officials". */
const GOVERNMENT_NOUNS = words('authorities government regime leadership administration officials diplomats negotiators');
/** What a diplomatic preposition follows: "talks with Ankara", "sanctions against Moscow", "support for Kyiv". */
const DIPLOMATIC = words(`
  talks relations ties relationship tensions tension dispute disputes row rift breach deal deals agreement agreements accord
  treaty negotiations negotiating cooperation co-operation confrontation dialogue contacts contact compromise partnership
  alliance friendship standoff stand-off differences summit rapprochement conflict war trade sanctions boycott boycotts
  embargo pressure tariffs restrictions complaint complaints case support aid help backing assistance sympathy package loans
  loan funding guarantees assurances signals signal demands demand response reaction warning warnings threat threats
  objections protests protest message messages letter appeal concessions ultimatum proposal proposals offer reply answer
  request approval permission opposition criticism recognition friendly hostile close closer loyal negotiate negotiated
  negotiating cooperate cooperated co-operate side sided clash clashed talk talked agree agreed engage engaged reconcile
  normalise normalised normalize normalized deal dealt break broke trading
`);
/** Verbs whose object is a state when it is a capital: "urged Beijing to", "thanked Washington for". */
const DIPLOMATIC_VERBS = words(`
  urge urged urges urging press pressed presses pressing pressure pressured pressuring force forced forces forcing push pushed
  pushing persuade persuaded convince convinced accuse accused accuses accusing warn warned warns warning tell told tells ask
  asked asks asking thank thanked thanks thanking lobby lobbied lobbying defy defied defies defying reward rewarded punish
  punished sanction sanctioned criticise criticised criticize criticized condemn condemned condemns blame blamed blames back
  backed backs support supported supports oppose opposed opposes anger angered angering provoke provoked provoking threaten
  threatened threatens threatening recognise recognised recognize recognized allow allowed allows allowing snub snubbed rebuke
  rebuked challenge challenged challenges confront confronted fault faulted chide chided lambast lambasted slam slammed
  reassure reassured isolate isolated court courted called call calls calling implore implored encourage encouraged
  encourages invite invited invites embarrass embarrassed alienate alienated antagonise antagonised appease appeased
  placate placated irritate irritated infuriate infuriated
`);
/** Prepositions after which a capital is where something is or goes. */
const WHERE = words('in at near inside outside within throughout across around into via towards toward through beyond of over past round along from to for on with between by against');
/** Words for parts of a city or for the city itself before its name: "east London", "the capital, Nairobi". */
const AREA = words('north south east west central northern southern eastern western downtown greater inner outer capital city suburban suburbs north-west north-east south-west south-east north-western south-eastern');
/** Nouns for what is named after a city without being in it: "the Lisbon agenda", "the Minsk agreements". */
const NAMED_FOR = words('agreement agreements accord accords agenda targets goals process protocol protocols treaty declaration convention criteria consensus format strategy vision ambitions principles guidelines');
/** Modals and auxiliaries before an inverted subject: "what should Moscow do". */
const INVERTING = words('should would will can could did does do has have had must might may shall');
/** Nouns after a city name that the tagger may read as verbs: "Tokyo shares", "London prices". */
const CITY_NOUNS = words('shares stocks prices markets listing listings exchange exchanges bourse trading traders index offices streets');
const SENTENCE_FUNCTION = words('the a an and but or so yet in on at for with from to by of as if when while after before since though although because meanwhile however now then still also even only just this that these those its his her their our my your speaking according');

const isCap = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);
const isLowerWord = (t: Token | undefined) => !!t && /^\p{Ll}[\p{L}-]*$/u.test(t.text);
const next1 = (a: Token, b: Token | undefined) => !!b && b.start === a.end + 1;
/** "Moscow's", "Brussels'" (an apostrophe alone only after an s, and before a word). */
const possessiveAt = (tokens: Token[], k: number) => {
  const t = tokens[k];
  if (!t || t.start !== tokens[k - 1]?.end) return false;
  return /^['’]s$/.test(t.text) || (/^['’]$/.test(t.text) && /s$/.test(tokens[k - 1]!.text) && /^\p{L}/u.test(tokens[k + 1]?.text ?? ''));
};

/** A headline written in title case ("Kyiv And Moscow Agreed To Talks"): capitals there say nothing of names. */
function titleCased(tokens: Token[]): boolean {
  const long = tokens.filter((t) => /^\p{L}{4,}$/u.test(t.text));
  const all = tokens.filter((t) => /^\p{L}/u.test(t.text));
  return long.length >= 3 && long.filter(isCap).length / long.length >= 0.75 && all.filter((t) => !isCap(t)).length / all.length <= 0.25;
}

/** A capitalised word right before a name, inside a sentence, that is a word of one longer name with it ("Financial Times Deutschland", "Kinki Nippon"). */
function nameWordBefore(tokens: Token[], i: number, headlineCase: boolean, kn: Knowledge): boolean {
  const prev = tokens[i - 1];
  if (!prev || headlineCase || i - 1 === 0 || !isCap(prev) || !next1(prev, tokens[i]) || !/^\p{L}/u.test(prev.text)) return false;
  // "Mr Wellington": a person's name.
  if (HONORIFICS.has(prev.lower)) return true;
  if (SENTENCE_FUNCTION.has(prev.lower) || MONTHS_AND_DAYS.has(prev.lower) || kn.titleWords.has(prev.lower)) return false;
  // (an abbreviation of a state or body before the capital names it, not a longer name: "US Washington")
  return !/^\p{Lu}{2,}$/u.test(prev.text) && !kn.lexicon.get(prev.lower)?.some((e) => e.form === prev.text && e.lexeme.kind !== 'place');
}
const HONORIFICS = words('mr mr. mrs mrs. ms ms. dr dr. miss sir lord lady dame');
const MONTHS_AND_DAYS = words('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.');

/** "Treaty of Amsterdam", "Lloyd's of London", "City of London": a capital completing a longer name (but not a title: "Mayor of London"). */
function ofLongerName(tokens: Token[], i: number, headlineCase: boolean, kn: Knowledge): boolean {
  if (headlineCase || tokens[i - 1]?.lower !== 'of') return false;
  let k = i - 2;
  if (possessiveAt(tokens, k)) k--;
  const owner = tokens[k];
  return !!owner && k > 0 && isCap(owner) && !kn.titleWords.has(owner.lower) && !SENTENCE_FUNCTION.has(owner.lower);
}

/** A lowercase noun right after a name, which the name describes ("London mayor", "Tokyo shares"). */
function describesNoun(s: TaggedSentence, k: number): boolean {
  const t = s.tokens[k];
  return isLowerWord(t) && next1(s.tokens[k - 1]!, t) && (CITY_NOUNS.has(t!.lower) || /^(NOUN|ADJ|PROPN)$/.test(posAt(s, k) ?? ''));
}

/** A finite verb at k, or a verb's base form after a coordinated subject ("what should Moscow and Kiev do"). */
function verbAt(s: TaggedSentence, k: number, coordinated: boolean): boolean {
  const t = s.tokens[k];
  if (!t || !/^\p{Ll}/u.test(t.text) || CITY_NOUNS.has(t.lower)) return false;
  if (isFiniteVerbAt(s, k)) return true;
  return (coordinated || /^(do|have)$/.test(t.lower)) && !!isVerbAt(s, k) && !/ing$/.test(t.lower) && s.tokens[k - 1]?.lower !== 'to';
}

/** The words before k back to a punctuation mark, at most n, lowercase. */
function wordsBefore(tokens: Token[], k: number, n: number): string[] {
  const out: string[] = [];
  for (let j = k - 1; j >= 0 && out.length < n; j--) {
    if (!/^[\p{L}-]+$/u.test(tokens[j]!.text)) break;
    out.push(tokens[j]!.lower);
  }
  return out;
}

/** After a preposition at p: is the capital after it acted upon as a state ("talks with Ankara", "demanded by Moscow")? */
function diplomaticAfter(s: TaggedSentence, p: number, after: number): boolean {
  const tokens = s.tokens;
  const prep = tokens[p]!.lower;
  const before = wordsBefore(tokens, p, 3);
  // "talks with", "ties with", "a compromise between" may stand a few words off ("trade and economic activity
  // with"); "support for", "complaints from", "friendly to", "sanctions on" right before it.
  const diplomatic = (prep === 'with' || prep === 'between' ? before : before.slice(0, 1)).some((w) => DIPLOMATIC.has(w)) || (before[0] === 'line' && before[1] === 'red');
  const infinitive = tokens[after]?.lower === 'to' && isLowerWord(tokens[after + 1]) || (tokens[after]?.lower === 'itself' && tokens[after + 1]?.lower === 'to');
  switch (prep) {
    case 'against':
    case 'by':
      // (not "by London standards": a capital describing a noun)
      return !describesNoun(s, after);
    case 'between':
    case 'with':
    case 'from':
      return diplomatic;
    case 'on':
      return diplomatic || /^call(s|ed|ing)?$/.test(before[0] ?? '');
    case 'to':
      return diplomatic || (before[0] === 'up' && infinitive);
    case 'for':
      return diplomatic || infinitive;
    default:
      return false;
  }
}

/**
 * How a capital at tokens[i, i+len) is read (news English): the state when it acts like a
 * government — the subject of a verb ("Moscow said", "London and Paris agreed"), the owner of
 * a state's things ("Moscow's position", "Washington's allies"), the object of diplomacy ("talks
 * between Moscow and Kiev", "urged Beijing to", "sanctions against Moscow"), a government named
 * by it ("the Kiev authorities"); nothing inside a longer name ("the Lisbon agenda", "Treaty of
 * Amsterdam", "Brussels Airlines"); else the city ("in London", "London-based", "the London
 * Stock Exchange", "a London hotel", "east London", "Tokyo shares").
 */
function capitalReading(s: TaggedSentence, i: number, len: number, kn: Knowledge, headlineCase: boolean): Reading {
  const tokens = s.tokens;
  const prev = tokens[i - 1];
  const last = tokens[i + len - 1]!;
  const after = i + len;
  const next = tokens[after];
  // "Ambassador to Havana Viktor Koronelli": a capital completing a title is where the post is,
  // even with the holder's name right after it.
  if (prev && /^(to|in|at)$/.test(prev.lower) && kn.titleWords.has(tokens[i - 2]?.lower ?? '')) return 'place';
  // "a London newspaper", "an Ankara court": a capital describing a noun is where that is;
  // "a 'Brussels One'", "Moscow Region", "Brussels Airlines": one inside another name is neither.
  if (/^(a|an)$/.test(prev?.lower ?? '')) return isLowerWord(next) && next1(last, next) ? 'place' : 'none';
  if (isCap(next) && next1(last, next)) return 'none';
  if (nameWordBefore(tokens, i, headlineCase, kn) || ofLongerName(tokens, i, headlineCase, kn)) return 'none';
  if (next && NAMED_FOR.has(next.lower) && next1(last, next)) return 'none';
  // "Moscow's position", "Washington's top envoy", "Tehran's War Information Headquarters".
  if (possessiveAt(tokens, after)) {
    for (let k = after + 1; k < Math.min(after + 4, tokens.length); k++) {
      const t = tokens[k]!;
      if (isCap(t)) {
        let e = k;
        while (isCap(tokens[e + 1]) && next1(tokens[e]!, tokens[e + 1])) e++;
        return tokens.slice(k, e + 1).some((x) => STATE_BODIES.has(x.lower)) ? 'state' : 'place';
      }
      if (!isLowerWord(t)) break;
      if (STATE_THINGS.has(t.lower)) return 'state';
    }
    return 'place';
  }
  // "east London", "the capital, Nairobi", "the Cameroon capital Yaounde".
  const before = prev?.text === ',' ? tokens[i - 2] : prev;
  if (before && AREA.has(before.lower)) return 'place';
  // A preposition right before: where, unless it is a diplomatic one.
  if (prev && WHERE.has(prev.lower)) return diplomaticAfter(s, i - 1, after) ? 'state' : 'place';
  // "the Kiev authorities", "Moscow officials".
  if (next && GOVERNMENT_NOUNS.has(next.lower) && next1(last, next)) return 'state';
  // Inverted subject: "what should Moscow do".
  if (prev && INVERTING.has(prev.lower) && !isCap(prev)) return 'state';
  // One of a list or pair: what governs the first ("in London, Frankfurt and Paris", "between Moscow and Kiev").
  let c = i - 1;
  let listed = false;
  while (c > 0 && (/^(and|or|,)$/.test(tokens[c]!.lower) || isCap(tokens[c]) || (tokens[c]!.lower === 'the' && isCap(tokens[c + 1])))) {
    if (tokens[c]!.text === ',') listed = true;
    c--;
  }
  const gov = prev && /^(and|or|,)$/.test(prev.lower) && c < i - 1 ? tokens[c] : undefined;
  // (a list after a preposition is all where, or all acted upon: "Share prices in London, Frankfurt and Paris also closed higher")
  if (gov && listed && WHERE.has(gov.lower)) return diplomaticAfter(s, c, after) ? 'state' : 'place';
  // The subject of a verb, maybe with others: "Moscow said", "Moscow and Kiev have", "Washington and its allies have refused".
  const k = subjectEnd(tokens, after);
  let v = k;
  for (let n = 0; n < 2 && tokens[v] && (posAt(s, v) === 'ADV' || tokens[v]!.lower === 'itself') && !/^(not|n't)$/.test(tokens[v]!.lower); n++) v++;
  const joined = k > after || (!!prev && /^(and|or)$/.test(prev.lower) && isCap(tokens[i - 2]));
  if (verbAt(s, v, joined)) return 'state';
  // "for Kiev itself to refuse": the subject of an infinitive.
  if (tokens[v]?.lower === 'to' && tokens[v - 1]?.lower === 'itself') return 'state';
  // "London mayor", "Tokyo harbour", "Tokyo shares": a capital describing a noun is where that is.
  if (describesNoun(s, after)) return 'place';
  // The object of diplomacy: "urged Beijing to", "thanked Washington for".
  if (prev && DIPLOMATIC_VERBS.has(prev.lower)) return 'state';
  if (gov) {
    if (WHERE.has(gov.lower)) return diplomaticAfter(s, c, after) ? 'state' : 'place';
    if (DIPLOMATIC_VERBS.has(gov.lower)) return 'state';
  }
  return 'place';
}

/**
 * Where a subject that begins with a name ends: past "and Kiev", "and its allies", ", Paris and
 * Berlin" (a comma only in a list that "and" or "or" closes). `after` when nothing joins it.
 */
function subjectEnd(tokens: Token[], after: number): number {
  let k = after;
  let end = after;
  for (let n = 0; n < 4 && tokens[k] && /^(and|or|,)$/.test(tokens[k]!.lower); n++) {
    const closes = tokens[k]!.text !== ',';
    k++;
    if (/^(its|their|the)$/.test(tokens[k]?.lower ?? '')) k++;
    const from = k;
    while (tokens[k] && (isCap(tokens[k]) || /^(allies|partners)$/.test(tokens[k]!.lower) || /^(\.|-)$/.test(tokens[k]!.text))) k++;
    if (k === from) break;
    if (closes) end = k;
  }
  return end;
}

/** "Moscow-backed", "Kremlin-friendly": a capital that backs or leads is the state; in any other compound it is the city. */
function hyphenedState(parts: string[], p: number, next: Token | undefined): boolean {
  const rest = parts[p + 1]?.toLowerCase() ?? '';
  if (/^(backed|led|sponsored|brokered|imposed|friendly|allied|installed|appointed|controlled|supported|funded|aligned|leaning|approved|ordered|inspired)$/.test(rest)) return true;
  // "Moscow-Kiev talks"
  return parts.length === 2 && /^\p{Lu}/u.test(parts[1 - p] ?? '') && !!next && DIPLOMATIC.has(next.lower);
}

/**
 * A country's other name inside a longer one is no mention of it: "Nippon Steel", "All Nippon",
 * "Financial Times Deutschland", "Holland Park" (the state's own name and short forms are left be).
 */
function countryReading(s: TaggedSentence, i: number, len: number, form: string, name: string, headlineCase: boolean, kn: Knowledge): Reading {
  if (form === name || len > 1 || !/^\p{Lu}\p{Ll}+$/u.test(form) || headlineCase) return 'state';
  const tokens = s.tokens;
  const last = tokens[i + len - 1]!;
  const next = tokens[i + len];
  if (next && isCap(next) && next1(last, next) && !MONTHS_AND_DAYS.has(next.lower)) return 'none';
  const prev = tokens[i - 1];
  // "Japan's Nippon": a company or a place of the state's, not the state again.
  if (possessiveAt(tokens, i - 1) && tokens[i - 2] && kn.lexicon.get(tokens[i - 2]!.lower)?.some((e) => e.lexeme.kind === 'country' && e.lexeme.name === name)) return 'none';
  if (prev && i - 1 > 0 && isCap(prev) && next1(prev, tokens[i]!) && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && !SENTENCE_FUNCTION.has(prev.lower) && !MONTHS_AND_DAYS.has(prev.lower)) return 'none';
  return 'state';
}

/**
 * Women's given names among those the knowledge knows (data/knowledge/given-names.json), and a
 * few more; names given to both men and women in some language are in UNISEX. Any other known
 * given name is a man's. Used only to tell relatives apart ("Mrs Howard" is not Michael Howard).
 */
const FEMININE = new Set(
  (
    // English
    'Theresa Hillary Condoleezza Madeleine Kamala Ivanka Melania Wendy Victoria Nancy Kay Samantha Susan Nikki Kirsten Elizabeth ' +
    'Mary Patricia Jennifer Linda Barbara Jessica Sarah Karen Lisa Betty Margaret Sandra Kimberly Emily Donna Michelle Carol Amanda ' +
    'Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen ' +
    'Katherine Christine Debra Rachel Carolyn Janet Catherine Heather Diane Ruth Julie Olivia Joyce Lauren Christina Joan Evelyn Judith ' +
    'Megan Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Abigail Alice Judy Sophia Sophie Denise ' +
    'Amber Doris Marilyn Danielle Beverly Isabella Diana Natalie Brittany Charlotte Marie Kayla Lori Ava Mia Chloe Ella Lily Harriet ' +
    'Eleanor Lucy Jane Penelope Priscilla Rosemary Caroline Claire Clare Fiona Gillian Imogen Jemima Joanna Julia Kate Katie Kirsty ' +
    'Lesley Louise Lucinda Maureen Moira Pauline Philippa Rosalind Sally Sheila Siobhan Tessa Valerie Yvonne Zoe Priti Suella Liz Penny ' +
    'Nadine Kemi Yvette Jill Maggie Meg Peggy Polly Molly Nell Annie Bella Becky Beth Cathy Debbie Jenny Kathy Lizzie Sue Tina Trish ' +
    'Vicky Mandy Tracy Tracey Stacey Gail Gwen Ivy Iris Irene Joanne Leah Lynn Lynne Mabel Marjorie Mildred Nora Norah Pearl Phyllis ' +
    'Ramona Rita Roberta Rosa Shelley Sylvia Thelma Vivian Wilma Agnes Bernadette Bridget Colleen Deirdre Eileen Maeve Mairead Niamh ' +
    'Orla Roisin Sinead Aoife Caitlin Ciara Erin Fionnuala Grainne Gráinne Ursula Elise Jen Marsha Meghan Kristi Kristen Tammy Tulsi Ilhan ' +
    'Rashida Ayanna Heidi Ellen Bethan Branwen Bronwen Carly Carys Cerys Ffion Glenys Jacinda Lorraine Morwenna Myfanwy Rhiannon ' +
    'Saoirse Sian Tegan Cherie Camilla Hazel Glenda Ros Jacqui Estelle Margot Tessa Hilary ' +
    // Russian, Ukrainian, Belarusian
    'Maria Mariya Olga Olha Volha Yelena Elena Olena Alena Alyona Irina Iryna Natalia Natalya Nataliya Tatiana Tatyana Tetiana Tatsiana ' +
    'Svetlana Sviatlana Svitlana Lyudmila Ludmila Lyudmyla Liudmyla Galina Halyna Valentina Valentyna Nina Vera Larisa Larysa Marina ' +
    'Maryna Yekaterina Ekaterina Kateryna Katerina Yulia Yuliya Yuliia Oksana Ksenia Kseniya Ksenija Darya Daria Dariya Anastasia ' +
    'Anastasiya Anastasiia Alina Alla Lyubov Liubov Nadezhda Nadia Nadiya Zoya Raisa Inna Inga Zhanna Polina Veronika Viktoria Viktoriya ' +
    'Viktoriia Yevgenia Evgenia Yevheniia Valeria Valeriya Sofiya Kristina Margarita Tamara Lidia Lidiya Lydia Ulyana Uliana Elvira ' +
    'Elmira Yana Maya Liliya Lilia Lilya Antonina Evdokia Yevdokia Eleonora Faina Klavdia Marianna Milana Nelli Nelly Rimma Snezhana ' +
    'Taisia Vasilisa Vlada Yaroslava Zinaida Zlata Alisa Albina Alexandra Aleksandra Oleksandra Agata Marfa Praskovya Yevdokiya Lesya ' +
    'Solomiya Ruslana Khrystyna Iuliia Hanna Mariia Nataliia Olesya Olesia Lada Regina Tamila Varvara Vita Zarina Zemfira Dina ' +
    // German
    'Annalena Heike Katja Katrin Kathrin Karin Renate Sabine Silke Susanne Ulrike Ute Birgit Brigitte Christa Dagmar Elke Gabriele Gerda ' +
    'Gisela Gudrun Hannelore Helga Hildegard Ilse Ingrid Irmgard Jutta Kerstin Liesel Margarete Monika Petra Sigrid Ulla Waltraud Wiebke ' +
    'Annegret Franziska Friederike Gesine Svenja Malu Manuela Anke Antje Claudia Frauke Sahra Marieluise Christiane Heidemarie Angela ' +
    // French
    'Édith Edith Nathalie Ségolène Segolene Marine Marion Martine Sylvie Claudine Delphine Élisabeth Elisabeth Françoise Francoise ' +
    'Geneviève Genevieve Hélène Helene Isabelle Josiane Laure Laurence Léa Lea Mathilde Michèle Monique Nadège Pascale Sandrine Valérie ' +
    'Véronique Veronique Virginie Agnès Amélie Amelie Anne Anne-Marie Annick Aurélie Aurelie Béatrice Beatrice Cécile Cecile Chantal ' +
    'Colette Corinne Élise Émilie Emilie Fabienne Gabrielle Ginette Héloïse Irène Jeanne Jocelyne Joséphine Josephine Juliette Lucie ' +
    'Manon Margaux Maryse Mireille Murielle Odile Rachida Roselyne Solène Yaël Najat Clémentine Clementine ' +
    // Spanish, Portuguese, Italian
    'Dilma Cristina Inês Ines Fernanda Beatriz Carmen Dolores Esperanza Isabel Lucía Lucia Luisa Marta Mercedes Montserrat Pilar Rocío ' +
    'Rocio Rosario Soledad Ana Adriana Alejandra Gabriela Daniela Paula Verónica Veronica Sonia Silvia Susana Yolanda Magdalena Begoña ' +
    'Begona Cayetana Inmaculada Josefina Juana Leticia Lorena Nuria Raquel Celia Consuelo Guadalupe Marisol Milagros Xiomara Violeta ' +
    'Gleisi Tereza Carla Chiara Donatella Elisabetta Federica Francesca Giorgia Giovanna Giulia Nilde Paola Rosy Silvana Simona Mara ' +
    'Luciana Loredana Antonella Alessandra ' +
    // Central, Eastern, Northern Europe
    'Beata Ewa Jadwiga Katarzyna Małgorzata Malgorzata Agnieszka Danuta Elżbieta Elzbieta Grażyna Grazyna Halina Irena Izabela Krystyna ' +
    'Urszula Wanda Zofia Jana Zuzana Markéta Marketa Eva Ivana Iveta Jarmila Lenka Radka Věra Kolinda Vjosa Atifete Dalia Ingrida ' +
    'Kersti Kaja Ülle Vaira Katalin Judit Ildikó Ildiko Viorica Maia Dora Fofi Aikaterini Eleni Erna Gro Annika Birgitta Carin Ebba ' +
    'Gunilla Lena Margot Märta Mona Åsa Asa Ulrika Anneli Liisa Sanna Tarja Marja Päivi Paivi Riikka Sirpa Tuula Mette Helle Margrethe ' +
    'Dorthe Pia Katrine Ank Kajsa Femke Mariëtte Jeanine Tine Marieke Mieke Liesbeth Saskia Annemarie Hanneke Mikaela Tove Hege Siv ' +
    'Trine Torunn Liv Ine Solveig Katrín Jóhanna Johanna Vigdís Vigdis ' +
    // Arabic, Persian, Turkish, Central Asian, Hebrew
    'Fatima Fatma Aisha Ayesha Khadija Maryam Mariam Zainab Zeinab Layla Leila Laila Noura Rania Reem Rima Salma Samira Hanan Huda Amal ' +
    'Amira Asma Basma Farah Ghada Hala Hiba Iman Imane Jamila Lina Lubna Muna Nabila Nawal Rasha Rula Sahar Suha Yasmin Yasmine Zahra ' +
    'Zeina Lamya Najla Hanadi Hind Benazir Shireen Hina Sherry Farzana Shirin Nasrin Narges Masih Azadeh Golnar Mahsa Parisa Roya ' +
    'Shahla Zohreh Simin Fariba Farideh Marzieh Masoumeh Niloufar Nazanin Tahereh Ziba Golshifteh Homa Mina Tansu Meral Ayşe Ayse ' +
    'Emine Gül Gul Hatice Leyla Merve Sibel Zeynep Elif Esra Tuğba Tugba Canan Sevim Aslı Asli Mehriban Dariga Roza Golda Tzipi Ayelet ' +
    'Dorit Limor Merav Miri Orna Rivka Shelly Shira Tamar Tzipora Yael Yifat Hagit Orit Noa Noga Liat Efrat Anat Galit Einat Karnit ' +
    // East and South Asian
    'Yoriko Yuriko Seiko Tomomi Sanae Yoko Masako Michiko Aiko Akiko Ayumi Chie Emi Eriko Haruka Hitomi Junko Kaori Keiko Kumiko ' +
    'Mayumi Megumi Naoko Noriko Rie Sachiko Sakura Tomoko Yui Yumi Yumiko Kyoko Makiko Mariko Miho Nanami Natsuko Reiko Tamiko Toshiko ' +
    'Yoshiko Son-hui Geun-hye Yo-jong Kyung-wha Seo-yeon Soo-jin Hye-jin Eun-ji Min-ji Yeon-hee Soo-yeon Hae-won Yoo-jin Jung-eun Indira ' +
    'Priyanka Sushma Nirmala Smriti Mamata Mayawati Pratibha Droupadi Aarti Aishwarya Anita Anjali Anuradha Deepa Deepika Divya Geeta ' +
    'Gita Kavita Kavya Lata Madhuri Meena Meera Neha Nisha Pooja Priya Radha Rekha Ritu Sangeeta Sarita Seema Shanti Shobha Shreya Sita ' +
    'Sunita Sushila Swati Uma Usha Vandana Vidya Hasina Khaleda Chandrika Sirimavo Bidya ' +
    // African
    'Winnie Graca Graça Samia Sahle-Work Ngozi Chimamanda Amina Ama Akua Yaa Abena Efua Adwoa Netumbo Nandi Thandeka Thandi Naledi ' +
    'Lindiwe Nkosazana Zanele Busisiwe Chipo Rudo Chiamaka Nneka Adaeze Funmilayo Folake Bisi Bukola Yewande Hadiza Fatou Aminata Awa ' +
    'Mariama Kadiatou Binta Oumou Fanta Wanjiru Wangari Njeri Akinyi Atieno Auma'
  ).split(' '),
);
const UNISEX = new Set(
  'Robin Jamie Alex Leslie Kelly Shannon Lindsey Lindsay Ashley Jean Kim Jo Andrea Alexis Nicola Val Simone Camille Michele Dominique Kris Jan Sam Chris Morgan Yuki Hiromi Kiran Nur Nour Ariel Gabi Tal Ola Tatenda Tinashe Farai Tendai Uche Femi Ji-won Ji-woo Arzu Hilary Lakshmi Rama'.split(' '),
);

/** 'f' for a woman's given name, 'm' for a man's, null when the name is either or unknown. */
export function givenNameGender(name: string, kn: Knowledge): 'm' | 'f' | null {
  if (UNISEX.has(name)) return null;
  if (FEMININE.has(name)) return 'f';
  return kn.givenNames.has(name) ? 'm' : null;
}
