// References that are not names: unnamed sources ("a NATO source", "NATO sources in
// Brussels", "the official"), roles ("the minister", "Russia's top diplomat"), pronouns
// (he, she) and definite descriptions of organisations ("the alliance").
import type { Knowledge } from './knowledge.ts';
import type { Mention } from './mention.ts';
import { isCapitalized, type Token } from './tokens.ts';

const DETERMINERS = new Set(['a', 'an', 'one', 'another', 'the', 'two', 'three', 'four', 'several', 'some', 'many', 'other', 'few', 'unnamed', 'anonymous']);
const MODIFIERS = new Set(
  (
    'senior top military diplomatic government defence defense intelligence foreign western eastern european ' +
    'high-ranking high ranking anonymous unnamed informed knowledgeable local regional administration ministry ' +
    'official alliance security other former current presidential congressional parliamentary political ' +
    'kremlin white house well-placed independent industry police army navy'
  ).split(' '),
);
/** Lowercase words that end a noun phrase rather than modify a source noun after them. */
const NOT_MODIFIERS = new Set(['and', 'or', 'of', 'to', 'for', 'with', 'by', 'in', 'on', 'at', 'from', 'that', 'who', 'which', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'not', 'no']);
const GENERIC_HEADS = new Set(['ministry', 'council', 'committee', 'commission', 'agency', 'alliance', 'bloc', 'union', 'organisation', 'organization', 'department', 'delegation', 'party', 'bank', 'embassy', 'mission']);
const SUBJECT_PRONOUNS = new Map([
  ['he', 'he'],
  ['she', 'she'],
]);

function affiliationOf(inside: Mention[]): Mention['affiliation'] {
  const orgs = [...new Set(inside.filter((m) => m.kind === 'org').map((m) => m.key))];
  const countries = [...new Set(inside.filter((m) => m.kind !== 'org' && m.kind !== 'place' && m.kind !== 'person').map((m) => m.key))];
  if (orgs.length + countries.length > 1 && !(orgs.length === 1)) return null; // "U.S. and NATO officials": collective
  if (orgs.length === 1) return { kind: 'org', key: orgs[0]! };
  if (countries.length === 1) return { kind: 'country', key: countries[0]! };
  return null;
}

/** Is the source noun at token k really a source (not a title before a name, not an appositive)? */
function sourceNounAt(tokens: Token[], k: number, kn: Knowledge): boolean {
  const t = tokens[k]!;
  const lower = t.lower;
  // Text that lost a non-ASCII letter: "attach?" for attaché.
  const lost = tokens[k + 1]?.text === '?' && tokens[k + 1]!.start === t.end;
  if (!kn.sourceNouns.has(lower) && !(lost && (kn.sourceNouns.has(lower + 'e') || kn.sourceNouns.has(lower + 'é')))) return false;
  const next = tokens[k + 1 + (lost ? 1 : 0)];
  if (next && isCapitalized(next) && !/^(said|told)$/i.test(next.text) && next.start - t.end <= 1) return false; // "spokesman Dmitry Peskov"
  return true;
}

export function findReferences(text: string, tokens: Token[], sentence: number, known: Mention[], kn: Knowledge): Mention[] {
  const out: Mention[] = [];
  /** The known mention that starts at token j and is of a kind `fits` accepts. */
  const knownAt = (j: number, fits: (m: Mention) => boolean) => known.find((m) => m.start === tokens[j]?.start && fits(m));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // "It said": an organisation speaking, only where a reporting verb follows (past adverbials).
    const itSpeaks = t.lower === 'it' && (kn.reportingVerbs.has(tokens[k + 1]?.lower ?? '') || (/^(also|later|earlier|has|had|previously)$/.test(tokens[k + 1]?.lower ?? '') && kn.reportingVerbs.has(tokens[k + 2]?.lower ?? '')));
    const pron = SUBJECT_PRONOUNS.get(t.lower) ?? (itSpeaks ? 'it' : undefined);
    if (pron) {
      out.push({ kind: 'pronoun', start: t.start, end: t.end, text: t.text, key: pron, sentence });
      continue;
    }
    // Definite descriptions of organisations: "the alliance", "the 16-nation alliance".
    // Any "the ministry", "the council": the organisation of that kind named last (resolved in entities.ts).
    const anaphor = kn.anaphors.get(`the ${t.lower}`) ?? (GENERIC_HEADS.has(t.lower) && tokens[k - 1]?.lower === 'the' && tokens[k + 1]?.lower !== 'of' ? [] : undefined);
    if (anaphor) {
      const the = [k - 1, k - 2, k - 3].find((j) => tokens[j]?.lower === 'the');
      const named = the !== undefined && tokens.slice(the + 1, k).some((x) => known.some((m) => m.start <= x.start && x.end <= m.end));
      if (the !== undefined && !isCapitalized(t) && !named) {
        out.push({ kind: 'anaphor', start: tokens[the]!.start, end: t.end, text: text.slice(tokens[the]!.start, t.end), key: anaphor.join('|'), title: t.lower, sentence });
        continue;
      }
    }
    const role = roleAt(text, tokens, k, sentence, known, kn);
    if (role) {
      out.push(role);
      continue;
    }
    if (!sourceNounAt(tokens, k, kn)) continue;
    // Walk left over modifiers to the determiner.
    let s = k;
    while (s > 0) {
      const p = tokens[s - 1]!;
      const inKnown = known.some((m) => m.start <= p.start && p.end <= m.end && m.kind !== 'person');
      if (inKnown || MODIFIERS.has(p.lower) || (p.lower === 'and' && s - 1 > 0 && isCapitalized(tokens[s - 2]))) s--;
      else break;
    }
    // "an energy analyst", "a senior Arab banker": up to two plain modifiers after an indefinite determiner.
    for (let extra = 1; extra <= 2 && !DETERMINERS.has(tokens[s - 1]?.lower ?? '') && s - extra > 0; extra++) {
      const words = tokens.slice(s - extra, s);
      const plain = (w: Token) => /^\p{L}[\p{L}-]*$/u.test(w.text) && !kn.reportingVerbs.has(w.lower) && !NOT_MODIFIERS.has(w.lower) && !known.some((m) => m.kind === 'person' && m.start <= w.start && w.end <= m.end);
      if (!words.every(plain)) break;
      if (DETERMINERS.has(tokens[s - extra - 1]?.lower ?? '') && tokens[s - extra - 1]?.lower !== 'the') {
        s -= extra;
        break;
      }
    }
    const det = tokens[s - 1];
    const hasDet = !!det && DETERMINERS.has(det.lower);
    if (hasDet) s--;
    // "Russian officials" without a determiner still names a source; "officials" alone does not.
    const plural = /s$/.test(t.lower) && !/ss$/.test(t.lower);
    const modifiers = tokens.slice(hasDet ? s + 1 : s, k);
    // "people familiar with the matter", "sources close to the Kremlin"
    // "officials in Berlin": where they sit says whose they are.
    const placed = tokens[k + 1]?.lower === 'in' && !!knownAt(k + 2, (m) => m.kind === 'capital' || m.kind === 'country');
    const qualified = /^(familiar|close|briefed|with)$/.test(tokens[k + 1]?.lower ?? '') || placed;
    // "Analysts said", "critics say": a bare plural that speaks.
    const speaks = kn.reportingVerbs.has(tokens[k + 1]?.lower ?? '') && !/ing$/.test(tokens[k + 1]!.lower);
    if (!hasDet && modifiers.length === 0 && !(plural && (qualified || speaks))) continue;
    if (tokens[s - 1]?.text === ',' && known.some((m) => m.kind === 'person' && m.end === tokens[s - 2]?.end)) continue; // appositive
    if (tokens[s - 1] && /['’]s$/.test(tokens[s - 1]!.text)) continue; // "the president's spokesman"
    let end = t.end + (tokens[k + 1]?.text === '?' && tokens[k + 1]!.start === t.end ? 1 : 0);
    // "a spokesperson for the Russian embassy": whom the source speaks for.
    let forWhom: Mention | undefined;
    if (tokens[k + 1]?.lower === 'for') {
      const at = tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
      // "a spokesman for Foreign Minister Jane Doe": the person's title may stand before the name;
      // "for the Elysee": the name may hold its article.
      // "a spokesman for EU Justice Commissioner X": the titled person, not the body in the title.
      const titledPerson = known.find((m) => {
        if (m.kind !== 'person') return false;
        const from = tokens.findIndex((x) => x.start >= (m.titleStart ?? m.start));
        return from >= k + 2 && from <= k + 5 && tokens.slice(k + 2, from).every((x) => /^\p{Lu}/u.test(x.text) || x.lower === 'the');
      });
      forWhom =
        titledPerson ??
        knownAt(at, (m) => m.kind !== 'place') ??
        knownAt(k + 2, (m) => m.kind !== 'place');
      if (forWhom) {
        const head = tokens.findIndex((x) => x.start >= forWhom!.end);
        end = head >= 0 && GENERIC_HEADS.has(tokens[head]!.lower) ? tokens[head]!.end : forWhom.end;
      }
    }
    // "… in Brussels": where the source is, part of how the article describes it.
    const after = tokens.findIndex((x) => x.start >= end);
    const where = after >= 0 && tokens[after]!.lower === 'in' ? knownAt(after + 1, (m) => m.kind === 'capital' || m.kind === 'place' || m.kind === 'country') : undefined;
    if (where) end = where.end;
    const start = tokens[s]!.start;
    const definite = det?.lower === 'the' && modifiers.length === 0;
    const inside = known.filter((m) => m.start >= start && m.end <= t.end);
    out.push({
      kind: 'source',
      start,
      end,
      text: text.slice(start, end),
      key: text.slice(start, end),
      sentence,
      // "officials in Berlin", with nothing else to say whose: Germany's (a capital or country only).
      affiliation:
        affiliationOf(inside) ??
        (forWhom?.kind === 'person' ? { kind: 'person', key: forWhom.key } : forWhom ? affiliationOf([forWhom]) : null) ??
        (where && where.kind !== 'place' ? affiliationOf([where]) : null),
      definite: det?.lower === 'the',
      plural,
      title: t.lower,
    });
    if (definite) out[out.length - 1]!.definite = true;
  }
  return out;
}

/** "the minister", "the Russian president", "the head of the Russian delegation", "Russia's top diplomat". */
function roleAt(text: string, tokens: Token[], k: number, sentence: number, known: Mention[], kn: Knowledge): Mention | null {
  const t = tokens[k]!;
  // Two-word role nouns first ("top diplomat", "foreign minister").
  const two = k > 0 ? `${tokens[k - 1]!.lower} ${t.lower}` : '';
  const noun = kn.roleNouns.has(two) ? two : kn.roleNouns.has(t.lower) ? t.lower : null;
  if (!noun || isCapitalized(tokens[k + 1])) return null;
  const sourceLike = kn.sourceNouns.has(t.lower) && !noun.includes(' ');
  let s = k - (noun.includes(' ') ? 1 : 0);
  let country: Mention | undefined;
  while (s > 0) {
    const p = tokens[s - 1]!;
    const mod = known.find((m) => m.end === p.end && (m.kind === 'demonym' || m.kind === 'country' || m.kind === 'org' || m.kind === 'capital'));
    if (mod) {
      country ??= mod;
      s = tokens.findIndex((x) => x.start === mod.start);
    } else if (/^['’]s$/.test(p.text) && known.some((m) => m.end === p.start)) {
      const owner = known.find((m) => m.end === p.start)!;
      country ??= owner;
      s = tokens.findIndex((x) => x.start === owner.start);
      break;
    } else if (/^(top|chief|deputy|foreign|defence|defense|former|new|senior|prime|vice)$/.test(p.lower)) s--;
    else break;
  }
  const det = tokens[s - 1];
  const possessive = country && /['’]s$/.test(tokens[tokens.findIndex((x) => x.start === country!.start) + 1]?.text ?? '');
  // "his defence chief", "her spokesman": a role of someone just named.
  const pronounOwner = /^(his|her|their|its)$/.test(det?.lower ?? '');
  if (!(det?.lower === 'the' || possessive || pronounOwner)) return null;
  // "the source", "the official": a source, unless a possessive makes it a role ("Russia's envoy").
  if (sourceLike && !possessive) return null;
  if (det?.lower === 'the' || pronounOwner) s--;
  let end = t.end;
  // "the President of Ukraine": the state or body after "of" is whose role it is.
  if (tokens[k + 1]?.lower === 'of') {
    const at = tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
    const owner = known.find((m) => m.start === tokens[at]?.start && (m.kind === 'country' || m.kind === 'capital' || m.kind === 'org'));
    if (owner) {
      country ??= owner;
      end = Math.max(end, owner.end);
    }
  }
  // "the head of the Russian delegation"
  if (end === t.end && tokens[k + 1]?.lower === 'of' && tokens[k + 2]?.lower === 'the') {
    let j = k + 3;
    while (j < tokens.length && /^[\p{L}-]+$/u.test(tokens[j]!.text) && j - k < 7 && !kn.reportingVerbs.has(tokens[j]!.lower)) j++;
    end = tokens[j - 1]!.end;
  }
  return {
    kind: 'role',
    start: tokens[s]!.start,
    end,
    text: text.slice(tokens[s]!.start, end),
    key: noun,
    title: noun,
    sentence,
    affiliation: country ? { kind: country.kind === 'org' ? 'org' : 'country', key: country.key } : null,
    definite: true,
  };
}
