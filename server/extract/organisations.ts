// Organisations the knowledge files do not list, recognised by their shape: capitalised
// words ending in an institutional head word ("Russian Foreign Ministry", "NATO-Russia
// Council", "Russian Delegation to the Negotiations on Military Security and Arms Control"),
// and media named by what they are ("Rossiya-24 TV channel").
import type { Knowledge } from './knowledge.ts';
import type { Mention } from './mention.ts';
import { isCapitalized, type Token } from './tokens.ts';

const HEADS = new Set(
  (
    'ministry council committee commission organization organisation union agency delegation party parliament ' +
    'assembly bank fund office department service army navy corporation company institute university court ' +
    'government administration alliance association front movement forces guard police cabinet directorate ' +
    'secretariat bureau authority federation foundation group embassy consulate headquarters league ' +
    'exchange congress senate'
  ).split(' '),
);
/**
 * Head words that end a name or take an "of"/"for" after them ("Royal Academy of Arts"), but
 * begin other names ("Academy Awards", "Club World").
 */
const FINAL_HEADS = new Set(
  'command centre center board tribunal trust academy college school hospital museum society club institution inspectorate observatory chamber chambers theatre theater fellowship charity coalition forum consortium'.split(' '),
);
/**
 * The last word of a company's name: a legal form ("Inc", "plc") or a trade ("Motors",
 * "Airlines"). It makes a name of the capitalised words before it even when the first of
 * them is a title word ("General Motors", "General Electric Co").
 */
const CORPORATE = new Set(
  (
    'inc inc. corp corp. co co. plc ltd ltd. llc llp ag sa nv gmbh holdings group bank airlines airways motors ' +
    'industries electric electronics communications telecom telecommunications pharmaceuticals petroleum ' +
    'breweries securities insurance investments enterprises technologies corporation company software systems ' +
    'networks solutions foods partners'
  ).split(' '),
);
/** Trades that end a company's name ("General Motors", "British Airways", "BAE Systems"). */
const TRADES = new Set(
  'motors airlines airways industries electric electronics communications telecom pharmaceuticals petroleum breweries technologies software systems networks foods'.split(' '),
);
/** Whether the article writes a word in lowercase, as a common word ("oil", "industrial"). */
export function writtenInLowercase(text: string, lower: string): boolean {
  return new RegExp(`(^|[^\\p{L}])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(text);
}
/** Clubs are named for their town: "Manchester United", "Blackburn Rovers" (only as the last word). */
const CLUB = new Set(['united', 'rovers', 'athletic', 'wanderers', 'albion', 'hotspur', 'fc', 'rangers']);
/** Legal forms, which follow a name even in lowercase ("Northgate Holdings plc"). */
const LEGAL_FORM = /^(plc|inc\.?|corp\.?|co\.?|ltd\.?|llc|llp|ag|sa|nv|gmbh|bhd)$/i;
/** Nouns that introduce a company's name: "oil giant Yukos", "mobile operator Turkcell". */
export const COMPANY_NOUNS = new Set(
  (
    'firm company giant carmaker automaker retailer operator airline lender insurer broadcaster publisher ' +
    'supermarket conglomerate manufacturer chipmaker brewer bank group subsidiary distributor studio label utility'
  ).split(' '),
);
const LEADING = new Set(['the', 'a', 'an', 'according', 'after', 'before', 'during', 'when', 'while', 'since', 'until', 'although', 'though', 'if', 'as', 'by', 'from', 'with', 'earlier', 'later', 'but', 'and', 'in', 'on', 'at', 'last', 'this', 'that', 'its', 'his', 'her', 'their', 'our']);
const DATES = new Set('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '));
/** Missions are named for where they sit: "Russian Delegation … in Vienna", "U.S. Embassy in Moscow". */
const SITED = new Set(['delegation', 'embassy', 'mission', 'consulate', 'representation', 'bureau']);
const CONNECTORS = new Set(['of', 'for', 'on', 'and', 'to', 'the', '&']);
const MEDIA = /^(tv|television|radio)$/i;
const MEDIA_AFTER = new Set(['newspaper', 'daily', 'weekly', 'magazine', 'broadcaster', 'network', 'website']);

/** The head word of an institution's or a company's name ("bank", "embassy", "corp"). */
export const isOrganisationHead = (lower: string): boolean => HEADS.has(lower) || CORPORATE.has(lower) || FINAL_HEADS.has(lower);

function isOrgWord(t: Token | undefined): boolean {
  return !!t && isCapitalized(t) && /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*$/u.test(t.text);
}

/** "Ukraine's defence ministry", "the Russian military": a state's institution named in lowercase. */
const INSTITUTION = /^(?:(?:foreign|defence|defense|interior|finance|economy|health|justice|emergencies|energy|agriculture|education|culture|transport|trade|economic development) )?(?:ministry|military|army|navy|air force|government|parliament|foreign office|central bank|security service|general staff|prosecutor's office|armed forces|border guard service|embassy)\b/;

const AFTER_INSTITUTION = new Set('has had have was were is are will would could can should may might also and in on at for to on said says told spokesman spokeswoman spokesperson official officials source sources statement'.split(' '));

export function findInstitutions(text: string, tokens: Token[], sentence: number, known: Mention[], kn: Knowledge): Mention[] {
  const out: Mention[] = [];
  for (const m of known) {
    if (m.kind !== 'country' && m.kind !== 'demonym' && m.kind !== 'capital') continue;
    const at = tokens.findIndex((t) => t.start >= m.end);
    const possessive = /^['’]s$/.test(tokens[at]?.text ?? '');
    const from = tokens[possessive ? at + 1 : at];
    if (!from || (m.kind !== 'demonym' && !possessive)) continue;
    const hit = INSTITUTION.exec(text.slice(from.start, from.start + 40));
    if (!hit || /^\p{Lu}/u.test(from.text)) continue;
    const end = from.start + hit[0].length;
    // "Russia's military weight": the noun is a modifier unless a verb or punctuation follows.
    const next = tokens.find((t) => t.start >= end);
    if (next && /^\p{Ll}/u.test(next.text) && !kn.reportingVerbs.has(next.lower) && !/ed$/.test(next.lower) && !AFTER_INSTITUTION.has(next.lower)) continue;
    const country = kn.countries.get(m.key);
    // "the Russian government", "India's government": the state itself, as it acts.
    if (hit[0] === 'government' && country) {
      out.push({ kind: 'country', start: m.start, end, text: text.slice(m.start, end), key: country.name, sentence });
      continue;
    }
    const adjective = country?.demonyms[0] ?? m.key;
    const name = `${adjective} ${hit[0].replace(/\b\p{L}/gu, (c) => c.toUpperCase())}`;
    out.push({ kind: 'org', start: m.start, end, text: text.slice(m.start, end), key: name, sentence, orgKind: 'government' });
  }
  return out;
}

/** A line in capitals (a wire headline) gives no sign of where a name starts or ends. */
function shouted(tokens: Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (t.text === t.lower && /\p{Ll}/u.test(t.text)) return false;
    if (t.text.length > 1 && t.text !== t.text.toUpperCase()) return false;
    if (t.text.length > 1 && /\p{L}{2}/u.test(t.text)) words++;
  }
  return words >= 3;
}

/** Nouns for a medium that introduce its name: "told Cuban weekly Opciones", "the daily Kommersant". */
const MEDIUM_NOUNS = new Set('weekly daily newspaper paper tabloid radio channel magazine journal agency broadcaster tv television website network'.split(' '));
/** Words that say a name is a station's: "BBC Radio Five Live", "Sky TV". */
const MEDIA_IN_NAME = /^(Radio|TV|Television|Channel)$/;

/**
 * A station's name in the run [i, last]: the capitalised words around "Radio", "TV", "Channel"
 * with no connector between them. The word may end the name after a name no list knows ("Sky
 * TV", not "US TV" or "BBC Radio 4"), stand inside it after anything but a state ("BBC Radio
 * Five Live"), or begin it after "told" or "to" ("told Radio Five Live").
 */
function stationName(text: string, tokens: Token[], i: number, last: number, known: Mention[], kn: Knowledge): { first: number; last: number } | null {
  const at = tokens.slice(i, last + 1).findIndex((t) => MEDIA_IN_NAME.test(t.text)) + i;
  if (at < i) return null;
  let first = at;
  while (first > i && isOrgWord(tokens[first - 1]) && !DATES.has(tokens[first - 1]!.lower)) first--;
  let end = at;
  // (up to a person: "Capital Radio DJ Jane Doe", "Radio Five Live presenter …")
  const personal = (t: Token) => kn.givenNames.has(t.text) || kn.titleWords.has(t.lower) || /^\p{Lu}{2,3}s?$/u.test(t.text);
  while (end < last && isOrgWord(tokens[end + 1]) && !personal(tokens[end + 1]!)) end++;
  if (end === first) return null;
  const inside = (a: number, b: number) => known.filter((m) => m.start < tokens[b]!.end && tokens[a]!.start < m.end);
  const before = first < at ? inside(first, at - 1) : [];
  if (before.some((m) => m.kind !== 'org')) return null;
  const heard = /^(told|to|on|from|with)$/.test(tokens[first - 1]?.lower ?? '');
  if (end === at) {
    // (not "Mobile TV", "Other TV appearances": a common word before it)
    const next = tokens[at + 1];
    if (before.length || (next && (/^\p{N}/u.test(next.text) || MEDIUM_NOUNS.has(next.lower)))) return null;
    if (!heard && tokens.slice(first, at).some((t) => writtenInLowercase(text, t.lower))) return null;
  } else if (first === at && !/^(told|to)$/.test(tokens[first - 1]?.lower ?? '')) return null;
  if (known.some((m) => m.start <= tokens[first]!.start && tokens[end]!.end <= m.end)) return null;
  return { first, last: end };
}

/** After a noun for a medium written in lowercase ("weekly", "radio station"), or "TV". */
function introducedAsMedium(tokens: Token[], i: number, kn: Knowledge, known: Mention[]): boolean {
  const prev = tokens[i - 1];
  const first = tokens[i]!;
  if (!prev || !MEDIUM_NOUNS.has(prev.lower) || !(prev.text === prev.lower || prev.text === 'TV') || first.text.length < 2) return false;
  // Not a medium noun after a name ("the BBC News website Ford did …"): it describes that name.
  const before = tokens[i - 2];
  const described = before && /^\p{Lu}/u.test(before.text) && !known.some((m) => m.end === before.end && (m.kind === 'demonym' || m.kind === 'country'));
  if (described || /^\p{Lu}{2,3}s?$/u.test(first.text)) return false;
  return !kn.givenNames.has(first.text) && !kn.titleWords.has(first.lower.replace(/\.$/, '')) && !/^(mr|mrs|ms|dr|sir|lord|dame)\.?$/i.test(first.text) && !DATES.has(first.lower);
}

/** After a company noun ("giant", "firm") or "shares in", and not a person's name ("the firm John Smith founded"). */
function introducedAsCompany(tokens: Token[], i: number, kn: Knowledge): boolean {
  const prev = tokens[i - 1];
  const first = tokens[i]!;
  // "shares in Turkcell", "a stake in Wal-Mart"
  const stake = prev?.lower === 'in' && /^(shares|stake|stakes|shareholders|shareholding)$/.test(tokens[i - 2]?.lower ?? '');
  if (!prev || !(COMPANY_NOUNS.has(prev.text) || stake)) return false;
  return !kn.givenNames.has(first.text) && !kn.titleWords.has(first.lower.replace(/\.$/, '')) && !/^(mr|mrs|ms|dr|sir|lord|dame)\.?$/i.test(first.text) && !DATES.has(first.lower);
}

export function findOrganisations(text: string, tokens: Token[], sentence: number, known: Mention[], kn: Knowledge): Mention[] {
  const { titleWords } = kn;
  const out: Mention[] = [];
  if (shouted(tokens)) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (!isOrgWord(tokens[i]) || LEADING.has(tokens[i]!.lower)) continue;
    // "Carmaker General Motors", "Insurer Aviva Group": a noun for a company opening the sentence introduces the name after it.
    if (i === 0 && COMPANY_NOUNS.has(tokens[i]!.lower) && isOrgWord(tokens[i + 1]) && tokens[i + 1]!.start === tokens[i]!.end + 1) continue;
    // "Speaking to the Asia Society": a participle beginning the sentence is no part of a name.
    if (i === 0 && /ing$/.test(tokens[i]!.lower) && /^(to|at|for|on|of|with|in|the)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    // Grow a run of capitalised words joined by connectors.
    let j = i;
    let lastWord = i;
    let headAt = -1;
    let ampersand = false;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (isOrgWord(t) && !DATES.has(t.lower)) {
        lastWord = j;
        if (HEADS.has(t.lower) || CORPORATE.has(t.lower)) headAt = j;
        else if (FINAL_HEADS.has(t.lower) && !(isOrgWord(tokens[j + 1]) && tokens[j + 1]!.start - t.end <= 1)) headAt = j;
      } else if (
        CONNECTORS.has(t.lower) &&
        j > i &&
        (isOrgWord(tokens[j + 1]) || (tokens[j + 1]?.lower === 'the' && isOrgWord(tokens[j + 2]))) &&
        // "the Trump Administration and Ukrainian leadership": a demonym after "and" begins a new phrase
        !(t.lower === 'and' && known.some((m) => m.kind === 'demonym' && m.start === tokens[j + 1]!.start && !isOrgWord(tokens.find((x) => x.start >= m.end))))
      ) {
        if (t.text === '&') ampersand = true;
      } else break;
      j++;
    }
    // "Northgate Holdings plc": a legal form in lowercase still ends the name.
    if (LEGAL_FORM.test(tokens[lastWord + 1]?.text ?? '') && !isOrgWord(tokens[lastWord + 1])) {
      lastWord++;
      headAt = lastWord;
    }
    // "Fiat and General Motors", "the Treasury Department and the Federal Reserve Board",
    // "Department of Health and Royal College of Nursing": two names joined by "and", when what
    // follows it is a name of its own (after "the", or ending in a trade), or what precedes it
    // already ended on an institution's head word. Not "Food and Agriculture Organization".
    const and = headAt > i ? tokens.slice(i, headAt).map((t) => t.lower).lastIndexOf('and') + i : -1;
    if (and > i) {
      const the = tokens[and + 1]?.lower === 'the';
      const first = the ? and + 2 : and + 1;
      const head = tokens[headAt]!.lower;
      const before = tokens.slice(i, and);
      // "Fiat and General Motors", not "Oil and Natural Gas Corporation": a trade's name after
      // one or two proper names the article never writes in lowercase.
      const trade =
        TRADES.has(head) &&
        headAt - first >= 1 &&
        headAt === lastWord &&
        before.length <= 2 &&
        before.every((t) => isOrgWord(t) && !kn.givenNames.has(t.text) && !writtenInLowercase(text, t.lower));
      // "Electoral Commission and National Union of Students", not "Peoples Bank and Trust Co"
      // or "Centre for Transport and Society": the second name has a word of its own.
      const distinct = tokens.slice(first, lastWord + 1).some((t) => isOrgWord(t) && !isOrganisationHead(t.lower) && t.lower !== 'banking');
      const ownHead = distinct && before.some((t) => HEADS.has(t.lower) || FINAL_HEADS.has(t.lower));
      if ((the && distinct) || trade || ownHead) {
        const start = tokens[i]!.start;
        const end = tokens[and - 1]!.end;
        if ((trade || ownHead) && isOrgWord(tokens[and - 1]) && !known.some((m) => m.kind === 'org' && m.start < end && start < m.end)) {
          const name = text.slice(start, end);
          out.push({ kind: 'org', start, end, text: name, key: name.replace(/\s+/g, ' '), sentence, ...(trade ? { orgKind: 'company' } : {}) });
        }
        i = and;
        continue;
      }
    }
    if (headAt < 0 && lastWord > i && CLUB.has(tokens[lastWord]!.lower)) {
      // A club is its town and the word: "Heather Mills and Manchester United" names two.
      headAt = lastWord;
      while (tokens.slice(i, headAt).some((t) => !isOrgWord(t))) i++;
      if (i === headAt) continue;
    }
    // "Ernst & Young", "Marks & Spencer": names joined by an ampersand are a firm's.
    const firm = ampersand && headAt < 0;
    if (firm) headAt = lastWord;
    // Past its head, a name ends where a person's starts: a title or a first name before
    // another capitalised word, or initials ("Hughes Tool Co Chairman W.A. Kistler").
    for (let k = headAt + 1; headAt >= 0 && k <= lastWord; k++) {
      const t = tokens[k]!;
      const personal = (kn.titlesByLastWord.has(t.lower) || kn.givenNames.has(t.text)) && isCapitalized(tokens[k + 1]);
      if (personal || /^\p{Lu}\.(\p{Lu}\.)*$/u.test(t.text)) {
        lastWord = k - 1;
        while (lastWord > headAt && !isOrgWord(tokens[lastWord])) lastWord--;
        break;
      }
    }
    // "Larry Eckenfelder of Prudential-Bache Securities": a name before "of" with no head word of
    // its own is not part of the organisation's name, which starts after the "of".
    const of = tokens.slice(i, headAt).findIndex((t) => t.lower === 'of');
    if (headAt >= 0 && of > 0 && !tokens.slice(i, i + of).some((t) => isOrganisationHead(t.lower))) {
      i += of + 1;
      while (i < headAt && !isOrgWord(tokens[i])) i++;
    }
    const head = headAt >= 0 ? tokens[headAt]!.lower : '';
    const endsOnHead = headAt === lastWord && headAt > i;
    const corporate = endsOnHead && (CORPORATE.has(head) || CLUB.has(head));
    // A title word starts a person's description ("General Secretary Ann Lee"), not a name,
    // unless it is the head word itself ("Office for National Statistics") or the run ends on
    // its head word ("Foreign Ministry", "General Motors").
    if (titleWords.has(tokens[i]!.lower) && !endsOnHead && headAt !== i) continue;
    // "oil giant Yukos", "mobile operator Turkcell": a noun for a company introduces its name.
    // (up to a first name: "aerospace group EADS Philippe Camus")
    const named = headAt < 0 ? tokens.slice(i + 1, lastWord + 1).findIndex((t) => kn.givenNames.has(t.text)) : -1;
    if (named >= 0) lastWord = i + named;
    const introduced = headAt < 0 && lastWord - i < 3 ? (introducedAsMedium(tokens, i, kn, known) ? 'media' : introducedAsCompany(tokens, i, kn) ? 'company' : null) : null;
    if (introduced && !known.some((m) => m.start < tokens[lastWord]!.end && tokens[i]!.start < m.end)) {
      const start = tokens[i]!.start;
      const end = tokens[lastWord]!.end;
      const name = text.slice(start, end);
      out.push({ kind: 'org', start, end, text: name, key: name.replace(/\s+/g, ' '), sentence, orgKind: introduced });
      i = lastWord;
      continue;
    }
    // "BBC Radio Five Live", "told Radio Scotland", "Sky TV": a station named with what it is.
    const station = headAt < 0 ? stationName(text, tokens, i, lastWord, known, kn) : null;
    if (station) {
      const start = tokens[station.first]!.start;
      const end = tokens[station.last]!.end;
      const name = text.slice(start, end);
      out.push({ kind: 'org', start, end, text: name, key: name.replace(/\s+/g, ' '), sentence, orgKind: 'media' });
      i = Math.max(i, station.last);
      continue;
    }
    // The name ends after its head word and the capitalised complements that follow it.
    if (headAt > i || (headAt === i && lastWord > i)) {
      if (tokens[lastWord + 1]?.lower === 'in' && isOrgWord(tokens[lastWord + 2]) && !isOrgWord(tokens[lastWord + 3]) && tokens.slice(i, lastWord + 1).some((t) => SITED.has(t.lower))) {
        lastWord += 2;
      }
      const end = tokens[lastWord]!.end;
      let start = tokens[i]!.start;
      const inner = known.find((m) => m.kind === 'org' && m.start < end && start < m.end);
      // "U.N. Commission of Inquiry on Syria": the body it belongs to begins the name (it stopped
      // the run only for being a title word too).
      const prev = tokens[i - 1];
      const owner = prev && titleWords.has(prev.lower) ? known.find((m) => (m.kind === 'org' || m.kind === 'country') && m.end === prev.end && prev.end + 1 === tokens[i]!.start) : undefined;
      if (owner) start = owner.start;
      if (!inner) {
        const name = text.slice(start, end);
        out.push({ kind: 'org', start, end, text: name, key: name.replace(/\s+/g, ' '), sentence, ...(corporate || firm ? { orgKind: 'company' } : {}) });
      }
      i = lastWord;
      continue;
    }
    // "Rossiya-24 TV channel", "Kommersant newspaper"
    const next = tokens[lastWord + 1];
    if (next && (MEDIA.test(next.text) || MEDIA_AFTER.has(next.lower))) {
      const start = tokens[i]!.start;
      const end = tokens[lastWord]!.end;
      if (!known.some((m) => m.start <= start && end <= m.end)) {
        const name = text.slice(start, end);
        out.push({ kind: 'org', start, end, text: name, key: name.replace(/\s+/g, ' '), sentence, orgKind: 'media' });
      }
    }
    i = lastWord;
  }
  return out;
}
