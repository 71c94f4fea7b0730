// What every construction module reads and writes while statements are found: the
// sentence being read (its tokens, mentions, subject), the drafts made so far, and the
// shared readings of who heard the words ("told reporters", "in an interview with X").
import type { Period } from './office-links.ts';
import { type Hearer, HEARER_VERBS, hearerAfter, hearerAfterTo, type Venue, venueIn } from './hearers.ts';
import { mentionStartingAt, type SentenceView } from './sentence-view.ts';
import type { Discourse } from './coref.ts';
import type { EntityIndex } from './entities.ts';
import type { Knowledge } from './knowledge.ts';
import type { Mention } from './mention.ts';
import type { Quote } from './quotes.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';

export interface StatementInput {
  text: string;
  sentences: Sentence[];
  tokens: Token[][];
  mentions: Mention[];
  index: EntityIndex;
  quotes: Quote[];
  kn: Knowledge;
  published: string | null;
  /** When the story happens, for who held an office then: its date, or what its titles imply. */
  period?: Period | null;
  /** Headline span: statements there are not extracted (headlines paraphrase). */
  skip: { start: number; end: number } | null;
  /** Datelines ("PARIS, March 6 -"): never part of the words said. */
  datelines?: { start: number; end: number }[];
}

export interface Draft {
  speaker: string;
  kind: 'direct' | 'indirect';
  start: number;
  end: number;
  audience: string[];
  via: string | null;
  date: string | null;
  cue: string | null;
  sentence: number;
  paragraph: number;
  /** An explicit time in the attribution that is not the day of the report ("last week"). */
  ownTime: boolean;
  /** A quoted paragraph left open, whose speaker is named where the quotation ends. */
  pending?: boolean;
  /** A transcript's labelled turn. */
  turn?: boolean;
  /** An appeal ("urged X to …"), whose hearer heard only the appeal. */
  appeal?: boolean;
}

export type NewDraft = Omit<Draft, 'sentence' | 'paragraph'>;

/** One sentence as the construction modules see it. */
export interface SentenceContext {
  input: StatementInput;
  discourse: Discourse;
  /** Index of the sentence, and the sentence. */
  si: number;
  sentence: Sentence;
  toks: Token[];
  v: SentenceView;
  /** Actor mentions of every sentence (outside quotations is for the caller to check). */
  bySentence: Mention[][];
  /** The sentence's grammatical subject, for pronouns and framed quotations. */
  subject: Mention | null;
  /** Statements made in this sentence so far, and in the sentences before. */
  made: Draft[];
  drafts: Draft[];
  quoted: (pos: number) => boolean;
  add: (d: NewDraft) => void;
  /** A reported clause over tokens [from, to) of this sentence. */
  addClause: (speaker: string, from: number, to: number, cue: string, audience: string[], appeal?: boolean) => void;
  speakerOf: (m: Mention | null) => string | null;
}

/** Audience and relay named in the attribution after the verb at `from`. */
export function hearing(v: SentenceView, from: number, to: number, kn: Knowledge, discourse: Discourse): { audience: string[]; via: string | null } {
  const audience: string[] = [];
  let via: string | null = null;
  const verb = v.tokens[from - 1];
  const lemma = verb ? kn.reportingVerbs.get(verb.lower) : undefined;
  let next = from;
  const h = lemma && HEARER_VERBS.has(lemma) ? hearerAfter(v, from) : lemma ? hearerAfterTo(v, from) : null;
  if (h) {
    audience.push(...heard(h, discourse));
    next = h.next;
  }
  // "Speaking at a press conference in Kyiv, Zelenskiy said", "In his annual address, Putin said":
  // the venue leads the sentence.
  const venue = venueIn(v, next, to) ?? (/^(speaking|in|at|during)$/i.test(v.tokens[0]?.text ?? '') ? venueIn(v, 0, Math.min(to, from)) : null);
  if (venue) audience.push(...venueAudience(venue, discourse));
  // "said Stoltenberg, speaking to reporters", "…, addressing parliament": the hearer of a participle.
  for (let j = from; j + 1 < to && audience.length === 0; j++) {
    const w = v.tokens[j]!.lower;
    const at = /^(speaking|talking)$/.test(w) && v.tokens[j + 1]?.lower === 'to' ? j + 2 : w === 'addressing' ? j + 1 : -1;
    if (at < 0) continue;
    const h = hearerAfter(v, at);
    audience.push(...heard(h, discourse));
  }
  for (let j = from; j + 2 < to; j++) {
    if (v.tokens[j]!.lower === 'according' && v.tokens[j + 1]!.lower === 'to') {
      const m = mentionStartingAt(v, j + 2);
      via = m ? discourse.resolve(m) : null;
    }
  }
  return { audience, via };
}

/** A hearer as audience entries: its plain phrases, and the entities its mentions name. */
export function heard(h: Hearer, discourse: Discourse, speaker: string | null = null): string[] {
  const out = [...h.audience, ...h.mentions.map((m) => discourse.resolve(m)).filter((x): x is string => !!x)];
  const person = h.pronoun && discourse.hearer(h.pronoun.key, h.pronoun.at, speaker);
  if (person) out.push(person);
  return out;
}

/** Who heard words said at a venue: the interviewer when named, else the venue itself. */
export function venueAudience(venue: Venue, discourse: Discourse): string[] {
  const by = venue.interviewer && discourse.resolve(venue.interviewer);
  if (by) return [by];
  // "in a statement", "in a speech": a medium, not anyone who heard the words.
  return MEDIUM_ONLY.test(venue.noun) ? [] : [venue.phrase];
}

const MEDIUM_ONLY = /(statement|letter|message|post|posting|tweet|article|op-ed|column|book|memoir|report|release|speech|address|remarks|call|conversation)$/;

export function hasOwnTime(tokens: Token[]): boolean {
  return tokens.some((t, i) => (t.lower === 'last' && /^(week|month|year)$/.test(tokens[i + 1]?.lower ?? '')) || t.lower === 'earlier' || t.lower === 'previously');
}

/** "according to him": the object pronoun refers as "he" would. */
export function objectPronoun(t: Token | undefined, sentence: number): Mention | null {
  const key = t && { him: 'he', her: 'she' }[t.lower];
  return t && key ? { kind: 'pronoun', start: t.start, end: t.end, text: t.text, key, sentence } : null;
}
