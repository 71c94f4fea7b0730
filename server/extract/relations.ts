// Relations between actors beyond speech: who met whom, who signed with whom. Narrow
// patterns over one sentence, each with its evidence span.
//
// A relation needs a finite verb with its grammatical subject right before it: "X met Y",
// "X on Monday met with Y", "X held talks with Y", "X signed a deal with Y", "X and Y
// signed an agreement", "X, meeting Y, said". Only adverbs, times, places, a perfect
// "has/had" and commas may stand between the subject and the verb, so a modal, a negation
// or another verb in between ("would not meet", "plans to meet", "refused to meet", "has
// never met") leaves no subject and no relation. Nouns are not verbs: "the meeting with
// X" and "talks with X" in what someone said are no meeting of the sentence's subject.
// Nothing inside quotation marks counts, nor a meeting under "if", "whether" or "denied".
import type { ExtractedRelation } from '../../common/extraction.ts';
import type { EntityIndex } from './entities.ts';
import { isActor, type Mention } from './mention.ts';
import { findQuotes } from './quotes.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';

const MET = /^(met|meets)$/;
const MEETING = 'meeting';
const HELD = /^(held|holds|hold)$/;
const SIGNED = /^(signed|signs)$/;

/** What is held with someone: "held (two) meetings / (phone) talks with". */
const HELD_NOUN = /^(talks|meetings?|negotiations|consultations|discussions|summit|call|conversation)$/;
/** What two parties sign together: "X and Y signed an agreement". */
const SIGNED_NOUN = /^(agreements?|deals?|treat(y|ies)|accords?|pacts?|memorand(um|a)|contracts?|declarations?|protocols?|charters?|communiqu[eé]s?|documents?|conventions?)$/;

const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.';
/** Words that may stand between a subject and its verb: adverbs, times, a place, a perfect. */
const BETWEEN = new RegExp(
  `^(,|also|then|later|again|first|finally|once|twice|already|recently|earlier|yesterday|today|tonight|on|in|at|this|last|both|all|` +
    `week|weekend|month|year|morning|afternoon|evening|night|has|have|had|${DAYS}|${MONTHS}|\\p{N}+(st|nd|rd|th)?)$`,
  'u',
);
/** Words in -ly that negate or doubt the event, or are no adverbs. */
const NOT_ADVERB = /^(hardly|barely|scarcely|rarely|likely|unlikely|supposedly|ally|family|rally|reply|supply|assembly)$/;
const NEGATION = /^(no|not|never|n't|neither|nor|without)$/;
/** Before the subject: the clause is a condition, a question or a denial, not a report of the event. */
const NOT_ASSERTED = /^(if|unless|whether|deny|denies|denied|denying|dismissed|rejected|refuted|disputed)$/;
/** Prepositions that end a noun phrase ("met X in Geneva", "with X to discuss"). */
const PREPOSITION =
  /^(to|in|on|at|for|about|over|during|after|before|from|by|into|amid|since|until|under|near|as|than|via|within|through|across|against|including|regarding|concerning|of|with|despite|following|ahead|alongside|among|between|toward|towards|around|besides|except|like|unlike|last|this|next|earlier|later)$/;
/** Clause words and verbs that end a noun phrase, and punctuation (but the hyphen and the apostrophe). */
const CLAUSE = /^(that|which|who|whom|whose|where|when|while|because|but|or|if|is|was|were|are|be|been|has|have|had|will|would|said|says|told|[^\p{L}\p{N}'’-])$/u;
const ends = (t: Token) => PREPOSITION.test(t.lower) || CLAUSE.test(t.lower);

export function findRelations(text: string, sentences: Sentence[], tokens: Token[][], mentions: Mention[], index: EntityIndex): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const seen = new Set<string>();
  const quotes = findQuotes(text);
  const quoted = (at: number) => quotes.some((q) => at >= q.open && at < (q.close >= 0 ? q.close + 1 : q.end));

  const add = (type: string, from: Mention, to: Mention, end: number) => {
    const a = index.of.get(from);
    const b = index.of.get(to);
    if (!a || !b || a === b || quoted(from.start) || quoted(to.start)) return;
    const key = `${type}|${a}|${b}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ type, from: a, to: b, span: [Math.min(from.start, to.start), Math.max(end, from.end, to.end)] });
  };

  sentences.forEach((s, si) => {
    const toks = tokens[si] ?? [];
    const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const c = new Clause(toks, inSentence, index);
    for (let i = 0; i < toks.length; i++) {
      const verb = toks[i]!;
      if (quoted(verb.start)) continue;
      if (MET.test(verb.lower) || (verb.lower === MEETING && c.progressiveOrParticiple(i))) {
        // "X was meeting Y": the subject stands before "was"; "X, meeting Y": before the comma.
        const subjects = c.subjects(verb.lower === MEETING ? i - 1 : i);
        if (!subjects.length) continue;
        const after = c.skipAdverbials(i + 1);
        const objects = toks[after]?.lower === 'with' ? c.objects(after + 1) : after === i + 1 ? c.objects(i + 1) : [];
        relate('MET', subjects, objects, verb.end);
      } else if (HELD.test(verb.lower)) {
        const noun = c.nounAfter(i, HELD_NOUN, 4);
        if (noun < 0) continue;
        const subjects = c.subjects(i);
        if (!subjects.length) continue;
        const withAt = c.withAfter(noun);
        relate('MET', subjects, withAt >= 0 ? c.objects(withAt + 1) : [], toks[noun]!.end);
      } else if (SIGNED.test(verb.lower)) {
        const subjects = c.subjects(i);
        if (!subjects.length) continue;
        const withAt = toks[i + 1]?.lower === 'with' ? i + 1 : c.withAfter(i);
        if (withAt >= 0) {
          relate('SIGNED_WITH', subjects, c.objects(withAt + 1), verb.end);
        } else {
          const noun = c.nounAfter(i, SIGNED_NOUN, 6);
          if (noun >= 0) relate('SIGNED_WITH', subjects, [], toks[noun]!.end);
        }
      }
    }
  });
  return out;

  /** Each subject with each object; with no object, coordinated subjects with one another ("X and Y met"). */
  function relate(type: string, subjects: Mention[], objects: Mention[], end: number) {
    if (objects.length) {
      for (const a of subjects) for (const b of objects) add(type, a, b, end);
    } else {
      for (let x = 0; x < subjects.length; x++) for (let y = x + 1; y < subjects.length; y++) add(type, subjects[x]!, subjects[y]!, end);
    }
  }
}

/** One sentence's tokens and the actor mentions in it, read around a verb. */
class Clause {
  constructor(
    private readonly toks: Token[],
    private readonly mentions: Mention[],
    private readonly index: EntityIndex,
  ) {}

  /** A named person, organisation or state (not a place, not a country named as a location). */
  private actor(m: Mention): boolean {
    const id = this.index.of.get(m);
    const type = id ? this.index.entities.get(id)?.type : undefined;
    return isActor(m) && (type === 'Person' || type === 'Organisation' || type === 'Country');
  }

  /** The mention whose last token is toks[j] (for persons, the name, not the title). */
  private endingAt(j: number): Mention | undefined {
    const t = this.toks[j]!;
    const all = this.mentions.filter((m) => m.end > t.start && m.end <= t.end);
    return all.find((m) => this.actor(m)) ?? all[0];
  }

  /** The actor mention whose name starts in toks[j]. */
  private startingAt(j: number): Mention | undefined {
    const t = this.toks[j]!;
    return this.mentions.find((m) => m.start >= t.start && m.start < t.end && this.actor(m));
  }

  /** Inside a person's written title ("Secretary of State" before the name): part of the name. */
  private inTitle(j: number): boolean {
    const t = this.toks[j]!;
    return this.mentions.some((m) => m.kind === 'person' && m.titleStart !== undefined && m.titleStart <= t.start && t.start < m.start);
  }

  private tokenAt(offset: number): number {
    return this.toks.findIndex((t) => t.start <= offset && offset < t.end);
  }

  private between(t: Token): boolean {
    return BETWEEN.test(t.lower) || (/^\p{Ll}+ly$/u.test(t.text) && !NOT_ADVERB.test(t.lower));
  }

  /** "X was meeting Y" or "X, meeting Y, said": the verb, not the noun ("the meeting with Y"). */
  progressiveOrParticiple(i: number): boolean {
    const prev = this.toks[i - 1]?.lower;
    if (prev === 'was' || prev === 'were') return true;
    if (prev !== ',' || i < 2) return false;
    const m = this.endingAt(i - 2);
    return !!m && this.actor(m);
  }

  /**
   * The subject of the verb at `v`: the actor right before it, past adverbials only, with
   * any actors coordinated with it ("X and Y", "X, Y and Z"). Empty when there is none.
   */
  subjects(v: number): Mention[] {
    let j = v - 1;
    let subject: Mention | undefined;
    while (j >= 0) {
      const t = this.toks[j]!;
      const m = this.endingAt(j);
      if (m && this.actor(m)) {
        subject = m;
        break;
      }
      if (m) {
        // A place on the way ("X in Geneva met"): step over it.
        const k = this.tokenAt(m.start);
        if (k < 1 || k > j || !/^(in|at)$/.test(this.toks[k - 1]!.lower)) return [];
        j = k - 2;
        continue;
      }
      if (!this.between(t)) return [];
      j--;
    }
    if (!subject) return [];
    const out = [subject];
    let first = this.tokenAt(subject.titleStart ?? subject.start);
    // "X and Y", "X, Y and Z"
    for (;;) {
      const conj = this.toks[first - 1]?.lower;
      if (conj !== 'and' && !(conj === ',' && out.length > 1)) break;
      const m = first >= 2 ? this.endingAt(first - 2) : undefined;
      if (!m || !this.actor(m)) break;
      out.unshift(m);
      first = this.tokenAt(m.titleStart ?? m.start);
    }
    if (first < 0) return [];
    // "the head of NATO met": NATO only modifies the subject. "If X met Y", "denied that X met Y".
    let before = first - 1;
    if (this.toks[before]?.lower === 'of') return [];
    if (this.toks[before]?.lower === 'that') before--;
    if (NOT_ASSERTED.test(this.toks[before]?.lower ?? '')) return [];
    return out;
  }

  /** Past adverbials after the verb ("met privately on Monday with"). */
  skipAdverbials(j: number): number {
    while (j < this.toks.length) {
      const t = this.toks[j]!;
      if (t.lower === ',' || NEGATION.test(t.lower)) return j;
      const m = this.endingAt(j) ?? this.mentions.find((x) => x.start >= t.start && x.start < t.end);
      if (m && !this.actor(m) && /^(in|at)$/.test(this.toks[j - 1]?.lower ?? '')) {
        // "met in Geneva with"
        const k = this.toks.findIndex((x) => x.end >= m.end);
        j = k < 0 ? this.toks.length : k + 1;
        continue;
      }
      if (m || !this.between(t)) return j;
      j++;
    }
    return j;
  }

  /** The head noun of the phrase after the verb at `v`, within `max` words ("held two meetings"). */
  nounAfter(v: number, noun: RegExp, max: number): number {
    for (let j = v + 1; j < this.toks.length && j - v <= max; j++) {
      const t = this.toks[j]!;
      if (noun.test(t.lower)) return j;
      if (NEGATION.test(t.lower) || ends(t) || this.startingAt(j)) return -1;
    }
    return -1;
  }

  /** The "with" that ends the phrase after `j` ("signed a gas deal on Monday with"), or -1. */
  withAfter(j: number): number {
    for (let k = j + 1; k < this.toks.length && k - j <= 8; k++) {
      const t = this.toks[k]!;
      if (t.lower === 'with') return k;
      if (NEGATION.test(t.lower) || CLAUSE.test(t.lower)) return -1;
      if (PREPOSITION.test(t.lower) && !/^(of|on|in|at|about|over)$/.test(t.lower)) return -1;
    }
    return -1;
  }

  /**
   * The actors the noun phrases at `j` name: each phrase's head, the last actor before it
   * ends ("UN envoy Lakhdar Brahimi" → the envoy; "Russia's foreign minister" → no one
   * named), for "X", "X and Y", "X, Y and Z". A phrase after "and" that a verb follows
   * starts a clause of its own ("met X and Y said"); a list needs its "and".
   */
  objects(j: number): Mention[] {
    const out: Mention[] = [];
    let pending: Mention[] = [];
    let sep: 'and' | ',' | null = null;
    for (;;) {
      const phrase = this.phrase(j, sep === null);
      if (!phrase) break;
      const after = this.toks[phrase.next];
      if (sep !== null && after && /^\p{Ll}/u.test(after.text) && !PREPOSITION.test(after.lower) && !/^(and|or)$/.test(after.lower)) break;
      if (sep === ',') pending.push(phrase.head);
      else {
        out.push(...pending, phrase.head);
        pending = [];
      }
      j = phrase.next;
      const t = this.toks[j];
      if (t?.lower === ',' && this.toks[j + 1]?.lower === 'and') {
        sep = 'and';
        j += 2;
      } else if (t?.lower === 'and' || t?.lower === ',') {
        sep = t.lower;
        j += 1;
      } else break;
    }
    return out;
  }

  /**
   * One noun phrase from `j`: its head actor and the index after it. `first`: the phrase
   * right after the verb or "with", which may say more before the name ("his counterpart,
   * Wang Yi"); a coordinated one is a name with at most a determiner and a title before it.
   */
  private phrase(j: number, first: boolean): { head: Mention; next: number } | null {
    let head: Mention | undefined;
    let lower = 0;
    for (let n = 0; j < this.toks.length && n < 12; j++, n++) {
      const t = this.toks[j]!;
      const m = this.startingAt(j);
      if (m) {
        const k = this.tokenAt(m.end - 1);
        // A possessor ("Russia's") is not the head.
        if (!/^['’]s$/.test(this.toks[k + 1]?.lower ?? '')) head = m;
        if (k > j) j = k;
        continue;
      }
      if (this.inTitle(j)) continue;
      if (/^['’]s$/.test(t.lower)) continue;
      if (NEGATION.test(t.lower)) return null;
      // "met the foreign minister, Wang Yi": the name in apposition.
      if (t.lower === ',' && !head && first && this.startingAt(j + 1)) continue;
      if (ends(t) || t.lower === 'and') break;
      if (!first && /^\p{Ll}/u.test(t.text)) {
        // After "and": a title may come before the name, a verb may not ("and Y said").
        if (++lower > 2 || /(ed|ing)$/.test(t.lower)) return null;
        if (head && !this.startingAt(j + 1) && !this.startingAt(j + 2)) return null;
      }
    }
    return head ? { head, next: j } : null;
  }
}
