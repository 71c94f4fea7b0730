// One sentence as the grammar of attribution reads it: its tokens, the actor mentions
// outside quotation marks, and the word classes the rules test (adverbials, finite verbs by
// the part-of-speech tagger or by shape, subordinators).
import type { Knowledge } from './knowledge.ts';
import type { Token } from './tokens.ts';
import { isActor, type Mention } from './mention.ts';
import { isFiniteVerbAt, isVerbAt, posAt } from './pos.ts';

export const ADVERBIAL = new Set(
  (
    'on in at last this earlier later also previously has have had was were is are will would first then again ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week month year weekend ' +
    'morning afternoon evening night january february march april may june july august september october ' +
    'november december separately publicly privately repeatedly recently once however meanwhile too ' +
    // "Putin himself said"
    'himself herself themselves itself'
  ).split(' '),
);

export const CLAUSE_START = new Set(
  'he she it they we i there this these those the a an its his her their our some no all any many most each both such what nothing everything'.split(' '),
);

export const FINITE = /^(would|will|was|were|is|are|had|has|have|could|can|should|might|may|must|did|does|do|shall|remained|remains|lies|depends|seems|appears|won't|wouldn't|can't|cannot|isn't|aren't|wasn't|weren't|hasn't|haven't|doesn't|didn't)$/;

/** Words that open a subordinate clause: a verb after one is not the reported clause's own. */
export const SUBORDINATORS = /^(because|when|whenever|while|although|though|if|unless|whereas|once)$/;

/** Words that open a subordinate clause before a subject, and a prepositional phrase before anything else ("profits after tax"). */
export const TIME_CONJUNCTIONS = /^(after|before|until|since)$/;

export const PP_START = new Set('in at on to for with by from about after before during of as into over under between among against without within since until while when if because than'.split(' '));

/** The press as a hearer: "a conference call with reporters". */
export const PRESS = /^(reporters|journalists|correspondents)$/;

export const MEDIUM = /^(tv|television|radio|channel|newspaper|agency|news|daily|weekly|broadcaster|magazine|website|program|programme|show)$/i;

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

// Verbs by the part-of-speech tagger (pos.ts) where it tags the word; else by the word's
// shape: an auxiliary or a form in -ed.

/** A finite verb at token k: "wants", "violates", "would"; the tagger's reading, else an auxiliary or a word in -ed not after an article. */
export function finiteAt(v: SentenceView, k: number): boolean {
  const w = v.tokens[k]!;
  // "insists the cuts be gradual": a subjunctive after a noun phrase.
  if (w.lower === 'be' && !/^(to|will|would|could|should|may|might|must|can|cannot|not|shall)$/.test(v.tokens[k - 1]?.lower ?? '')) return true;
  return isFiniteVerbAt(v, k) ?? (FINITE.test(w.lower) || (/ed$/.test(w.lower) && !/^(the|a|an)$/.test(v.tokens[k - 1]?.lower ?? '')));
}

/** Any verb at token k, finite or not. */
export function verbAt(v: SentenceView, k: number): boolean {
  const w = v.tokens[k]!;
  return isVerbAt(v, k) ?? (FINITE.test(w.lower) || /ed$/.test(w.lower));
}

/** A past participle at token k ("devised", "known", "taken"): the tagger's verb not in -ing, else a word in -ed. */
export function participleAt(v: SentenceView, k: number): boolean {
  const w = v.tokens[k];
  if (!w) return false;
  const p = posAt(v, k);
  return p === undefined ? /ed$/.test(w.lower) : p === 'VERB' && !/ing$/.test(w.lower);
}

/** A subordinate clause opens at token k: "because …", "when …", "after Albright held …", "after he left". */
export function subordinateAt(v: SentenceView, k: number): boolean {
  const w = v.tokens[k]!.lower;
  if (SUBORDINATORS.test(w)) return true;
  if (!TIME_CONJUNCTIONS.test(w)) return false;
  const next = posAt(v, k + 1);
  return next === undefined ? /^(he|she|they|it|we|i)$/.test(v.tokens[k + 1]?.lower ?? '') : next === 'PRON' || next === 'PROPN';
}
