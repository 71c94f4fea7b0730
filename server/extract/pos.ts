// Part-of-speech tags for a sentence's tokens, from wink-nlp's English model (universal
// tags: VERB, AUX, NOUN, PROPN, ADJ, ...). Our tokens stay the source of truth: the
// tagger reads the sentence's text and its tokens are aligned to ours by character
// offsets. A sentence is tagged once, the first time a rule asks, and cached by its token
// array; a token the tagger's tokens do not line up with has no tag, and the caller falls
// back on its own reading of the word.
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './tokens.ts';

/** The text and tokens of one sentence (a SentenceView is one). */
export interface TaggedSentence {
  text: string;
  tokens: Token[];
}

/** The tagger's reading of one of our tokens: its universal tag and lemma. */
export interface PosTag {
  pos: string;
  lemma: string;
}

type Tags = (PosTag | undefined)[];

let nlp: ReturnType<typeof winkNLP> | null = null;
const cache = new WeakMap<Token[], Tags>();

/** The tagger, made on first use with the POS stage only (no sentence splitting, entities or sentiment). */
function tagger(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** The tagger's readings of the sentence's tokens, index for index (undefined where none lines up). */
export function tagsOf(s: TaggedSentence): Tags {
  let tags = cache.get(s.tokens);
  if (!tags) cache.set(s.tokens, (tags = tag(s.text, s.tokens)));
  return tags;
}

/** The universal tag of token k, or undefined. */
export const posAt = (s: TaggedSentence, k: number): string | undefined => tagsOf(s)[k]?.pos;

interface Span extends PosTag {
  start: number;
  end: number;
}

function tag(text: string, tokens: Token[]): Tags {
  const tags: Tags = new Array(tokens.length).fill(undefined);
  if (tokens.length === 0) return tags;
  const from = tokens[0]!.start;
  const slice = text.slice(from, tokens[tokens.length - 1]!.end);
  const nlp = tagger();
  const doc = nlp.readDoc(slice);
  const values = doc.tokens().out(nlp.its.value) as string[];
  const pos = doc.tokens().out(nlp.its.pos) as string[];
  // wink-nlp's typings give its.lemma a signature out() does not accept; it is a token its-function all the same.
  const lemmas = doc.tokens().out(nlp.its.lemma as unknown as ItsFunction<string>) as string[];
  // The tagger's tokens as character spans of the article text.
  const spans: Span[] = [];
  let at = 0;
  values.forEach((value, i) => {
    const found = slice.indexOf(value, at);
    if (found < 0) return;
    spans.push({ start: from + found, end: from + found + value.length, pos: pos[i]!, lemma: lemmas[i]! });
    at = found + value.length;
  });
  let w = 0;
  tokens.forEach((t, i) => {
    while (w < spans.length && spans[w]!.end <= t.start) w++;
    const inside: Span[] = [];
    for (let k = w; k < spans.length && spans[k]!.start < t.end; k++) inside.push(spans[k]!);
    // Only the tagger's tokens that lie within ours speak for it.
    if (inside.length === 0 || inside[0]!.start < t.start || inside[inside.length - 1]!.end > t.end) return;
    // "can't" (ca + n't), "won't": the auxiliary leads a contraction; "long-running",
    // "anti-war": the last word heads a hyphenated compound.
    const head = inside.length === 1 || inside[0]!.pos === 'AUX' ? inside[0]! : [...inside].reverse().find((x) => x.pos !== 'PUNCT');
    if (head) tags[i] = { pos: head.pos, lemma: head.lemma };
  });
  return tags;
}

/** A verb or an auxiliary by the tagger; undefined when the tagger has no tag for the token. */
export function isVerbAt(s: TaggedSentence, k: number): boolean | undefined {
  const p = posAt(s, k);
  return p === undefined ? undefined : p === 'VERB' || p === 'AUX';
}

const NON_FINITE_AUX = /^(be|been|being)$/;
/** Determiners and adjectives that stand for a plural subject: "many believe", "both agree". */
const QUANTIFIERS = /^(all|both|many|most|some|few|several|others|none|each|either|neither|any)$/;
/** Subjects that take a verb's base form ("they want", "we need"), or a past tense like it ("it upset", "she put"). */
const BASE_SUBJECTS = /^(i|you|we|they|he|she|it|people|police)$/;

/**
 * A verb that can head a clause: "wants", "violates", "ended", "grew", "would", "has",
 * "they want". Universal tags do not mark finiteness and the tagger errs on nouns ("a later
 * stage", "Marvel's covers"), so its verb counts only after a word that can end a subject
 * (a noun, a name, a pronoun, a number or a quantifier, past adverbs and quotation marks:
 * "such talks rarely succeed"). A form in -ed counts unless it follows a determiner or a
 * possessive ("the proposed bill"). Never an infinitive ("to make"), a form in -ing, a
 * participle in -en ("the steps taken by"), a capitalised word inside the sentence (a name:
 * "Radio Five Live"), and a base form only after a plural subject or a pronoun ("all sides
 * need", "it upset", not "music download"). Undefined when the tagger has no tag for the token.
 */
export function isFiniteVerbAt(s: TaggedSentence, k: number): boolean | undefined {
  const tags = tagsOf(s);
  const tg = tags[k];
  if (tg === undefined) return undefined;
  if (tg.pos !== 'VERB' && tg.pos !== 'AUX') return false;
  const t = s.tokens[k]!;
  if (k > 0 && /^\p{Lu}/u.test(t.text)) return false;
  if (s.tokens[k - 1]?.lower === 'to') return false;
  if (tg.pos === 'AUX') return !NON_FINITE_AUX.test(t.lower);
  if (/ing$/.test(t.lower)) return false;
  // The word that ends the subject, past adverbs and quotation marks ("they now want").
  let j = k - 1;
  while (j >= 0 && (tags[j]?.pos === 'ADV' || /^["“”'‘’()]$/.test(s.tokens[j]!.text))) j--;
  const subject = s.tokens[j];
  const sp = tags[j]?.pos;
  if (!subject || sp === undefined) return false;
  // A form in -ed is a verb unless it stands as an adjective ("the proposed bill", "BA's estimated revenues").
  if (/ed$/.test(t.lower) && tg.lemma !== t.lower) return sp !== 'DET' && sp !== 'PART';
  const quantifier = (sp === 'DET' || sp === 'ADJ' || sp === 'PRON') && QUANTIFIERS.test(subject.lower);
  if (!quantifier && !/^(NOUN|PROPN|PRON|NUM|SYM)$/.test(sp)) return false;
  // An inflected form ("wants", "grew", "took") agrees with any subject, but for a participle
  // ("the steps taken by", "the results shown"); a base form only with a plural subject.
  if (tg.lemma !== t.lower) return !/(en|wn|ne)$/.test(t.lower);
  return quantifier || BASE_SUBJECTS.test(subject.lower) || (/^(NOUN|PROPN)$/.test(sp) && /s$/.test(subject.lower) && !/ss$/.test(subject.lower));
}
