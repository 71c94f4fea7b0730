// Speakers that no finder named: "The insurer argued that …", "Critics of the reform claim …",
// `"…," the company added`, `"…," said Swiss Re`. Any noun phrase that is the subject of a
// reporting verb speaks; what it refers to is coreference's business (coref.ts): a definite
// description of a body is the body last in focus that fits it, a group is an unnamed source,
// an unknown acronym an organisation.
import { type SentenceView } from './sentence-view.ts';
import type { Mention } from './mention.ts';
import type { Token } from './tokens.ts';

/** Heads of descriptions that stand for an organisation: "the company", "the committee". */
export const BODY_HEADS = new Set(
  (
    'company firm group insurer bank lender carrier airline retailer maker manufacturer producer operator giant ' +
    'supplier chain publisher broadcaster network conglomerate business corporation utility exchange fund ' +
    'committee council commission ministry department agency authority regulator union party court board ' +
    'association federation institute organisation organization body government administration watchdog club team'
  ).split(' '),
);
/** Heads that are companies, for "the company" / "the firm" / "the insurer". */
export const COMPANY_HEADS = new Set(
  'company firm group insurer bank lender carrier airline retailer maker manufacturer producer operator giant supplier chain publisher broadcaster conglomerate business corporation utility'.split(' '),
);

const DETERMINER = /^(the|a|an|its|their|his|her|this|that|these|those|some|many|most|several|two|three|four|other)$/;
const STOP = /^(and|or|but|that|which|who|when|while|if|because|as|although|though|said|says|told|it|he|she|they|we|i|you|there)$/;
/** How many words a speaking noun phrase may have. */
const MAX_WORDS = 7;

/**
 * The noun phrase ending at token `end` (inclusive) and starting at `start` or after a
 * comma or quotation mark, as a speaker mention; null when the words are no noun phrase.
 */
export function nounPhrase(v: SentenceView, start: number, end: number): Mention | null {
  if (start < 0 || end < start || end >= v.tokens.length || end - start + 1 > MAX_WORDS) return null;
  const words = v.tokens.slice(start, end + 1);
  if (!words.every((t) => /^[\p{L}\p{N}][\p{L}\p{N}.&'’-]*$/u.test(t.text) && !STOP.test(t.lower) && !v.kn.reportingVerbs.has(t.lower))) return null;
  // A person named in the phrase is its speaker's business, unless the phrase is about them ("a book about X").
  const about = words.findIndex((t) => /^(about|on|into|against|over|concerning)$/.test(t.lower));
  if (words.some((t, i) => (about < 0 || i < about) && v.mentions.some((m) => m.start <= t.start && t.end <= m.end && m.kind === 'person'))) return null;
  // "of" or "about" may join two noun phrases ("Critics of the land reform", "a book about X"); the head is before it.
  const of = words.findIndex((t) => /^(of|about|on|into|against|over|concerning)$/.test(t.lower));
  const headIndex = of > 0 ? of - 1 : words.length - 1;
  const head = words[headIndex]!;
  // A determiner is no head, and a past tense is a verb: "The union rejected the claim".
  if (DETERMINER.test(head.lower) || words.some((t) => /^\p{Ll}.*ed$/u.test(t.text) && !/^(united|armed|advanced|developed|detailed|elected|qualified|skilled|based)$/.test(t.lower))) return null;
  const text = v.text.slice(words[0]!.start, words[words.length - 1]!.end);
  const base = { start: words[0]!.start, end: words[words.length - 1]!.end, text, sentence: -1 };
  const det = words[0]!.lower;
  // A word capitalised only because it begins the sentence says nothing of a name.
  const initial = words[0] === v.tokens[0];
  const capital = (t: Token) => /^\p{Lu}/u.test(t.text) && !(initial && t === words[0] && words.length === 1 && !/^\p{Lu}{2,6}$/u.test(t.text));
  const acronym = words.length === 1 && /^\p{Lu}{2,6}$/u.test(head.text);
  // "Swiss Re", "CML": an unknown proper name, all capitalised, is an organisation.
  // "Labour MPs said": members of a body, not a body ("MPs", "MEPs").
  const members = /^\p{Lu}{2,}s$/u.test(head.text);
  if (!members && (acronym || (words.length > 1 && words.every((t) => /^\p{Lu}/u.test(t.text)))) && !DETERMINER.test(det)) {
    return { ...base, kind: 'org', key: text.replace(/\s+/g, ' '), orgKind: 'unknown' };
  }
  if (capital(head) && !members && !(initial && head === words[0]) && !DETERMINER.test(det)) return null;
  if (DETERMINER.test(det) && words.length < 2) return null;
  const country = v.mentions.find((m) => (m.kind === 'demonym' || m.kind === 'country') && m.start >= base.start && m.end <= base.end);
  const body = v.mentions.find((m) => m.kind === 'org' && m.start >= base.start && m.end <= base.end);
  const affiliation = country ? { kind: 'country' as const, key: country.key } : body ? { kind: 'org' as const, key: body.key } : null;
  // "The Russian said": a national, resolved to someone of that state.
  if (det === 'the' && words.length === 2 && country?.kind === 'demonym' && country.start === head.start) {
    return { ...base, kind: 'role', key: '', affiliation, definite: true };
  }
  // "the Head of State emphasised", "the Pentagon chief said": a role.
  const role = [...v.kn.roleNouns.keys()].find((r) => text.toLowerCase().endsWith(r)) ?? (v.kn.titleWords.has(head.lower) ? head.lower : null);
  if (det === 'the' && role && !BODY_HEADS.has(head.lower)) return { ...base, kind: 'role', key: role, title: role, affiliation, definite: true };
  if (BODY_HEADS.has(head.lower) && det === 'the' && headIndex <= 3) {
    return { ...base, kind: 'anaphor', key: '', title: head.lower, definite: true, ...(affiliation ? { affiliation } : {}) };
  }
  // "Critics claim", "Land owners say", "Rover bosses said": a group of people.
  const plural = /[^s]s$/.test(head.lower) || /(men|women|people)$/.test(head.lower);
  if (!plural && !DETERMINER.test(det)) return null;
  if (!plural && BODY_HEADS.has(head.lower)) return null;
  // "Labour MPs", "Russian officials": a group of that body or state.
  return { ...base, kind: 'source', key: text, plural, definite: false, title: head.lower, ...(affiliation ? { affiliation } : {}) };
}

/** The noun phrase that is the subject of the verb at `verb`: it begins the sentence, or follows a quotation. */
export function nounPhraseBefore(v: SentenceView, verb: number): Mention | null {
  let end = verb - 1;
  while (end >= 0 && /^(also|however|later|earlier|has|have|had|will|would|now|then|previously|repeatedly|recently|today|yesterday)$/.test(v.tokens[end]!.lower)) end--;
  if (end >= 0 && v.tokens[end]!.text === ',') {
    // "Administrators of the ranch, however, have complained": an adverb set off by commas.
    const k = end - 1;
    if (v.tokens[k - 1]?.text === ',' && /ly$|^however$/.test(v.tokens[k]?.lower ?? '')) end = k - 2;
    else return null;
  }
  let start = end;
  while (start > 0 && !boundary(v.tokens[start - 1]!) && end - start < MAX_WORDS) start--;
  if (start > 0 && !boundary(v.tokens[start - 1]!)) return null;
  return nounPhrase(v, start, end);
}

/** The noun phrase after an inverted verb: `"…," said the company.` */
export function nounPhraseAfter(v: SentenceView, verb: number): Mention | null {
  let end = verb + 1;
  while (end < v.tokens.length && !/^[,.;:!?"“”]$/.test(v.tokens[end]!.text)) end++;
  return nounPhrase(v, verb + 1, end - 1);
}

const boundary = (t: Token) => /^[,;:"“”‘’'(]$/.test(t.text);
