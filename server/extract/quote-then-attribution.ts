// A quotation followed by its attribution: `"…," he said`, `"…," said Balanzino`,
// `"…," the source said, according to Interfax`.
import { afterMention, speakerAfter, speakerBefore } from './attribution.ts';
import { mentionStartingAt } from './sentence-view.ts';
import type { Mention } from './mention.ts';
import { nounPhraseAfter, nounPhraseBefore } from './noun-phrase-speaker.ts';
import { hearing, type SentenceContext } from './statement-context.ts';
import type { Token } from './tokens.ts';

/** Who is named as saying a quotation, with what the attribution says of it. */
export interface QuoteAttribution {
  speaker: string | null;
  cue: string | null;
  audience: string[];
  via: string | null;
  /** The attribution's tokens, read for its date. */
  tokens: Token[];
}

/** The attribution after a quotation closing at `qEnd`, or null when none follows. */
export function attributionAfter(c: SentenceContext, qEnd: number): QuoteAttribution | null {
  const { toks, v, quoted, discourse } = c;
  const { kn } = c.input;
  const tail = toks.filter((t) => t.start > qEnd);
  const t0 = tail.findIndex((t) => t.text !== ',' && !/^["”]$/.test(t.text));
  if (t0 < 0) return null;
  const ti = toks.indexOf(tail[t0]!);
  // `"…," saying …` continues the sentence's speaker: a participle is not an inverted attribution.
  if (kn.reportingVerbs.has(tail[t0]!.lower) && !quoted(tail[t0]!.start) && !/ing$/.test(tail[t0]!.lower)) {
    const m = speakerAfter(v, ti) ?? nounPhraseAfter(v, ti);
    // `"…," said Stoltenberg, speaking to reporters at …`
    const heard = m ? hearing(v, afterMention(v, m), toks.length, kn, discourse) : { audience: [], via: null };
    return { speaker: c.speakerOf(m), cue: tail[t0]!.text, tokens: toks.slice(ti, ti + 8), ...heard };
  }
  let m = mentionStartingAt(v, ti);
  for (let k = ti + 1; !m && k <= ti + 3 && /^\p{Ll}/u.test(toks[k - 1]?.text ?? ''); k++) m = mentionStartingAt(v, k);
  if (m) {
    const after = afterMention(v, m);
    const verb = toks[after];
    if (verb && kn.reportingVerbs.has(verb.lower)) return found(c, m, after, ti);
  }
  // `"…," France's foreign minister, Jean Dupont, told BFM TV.`: the first reporting verb of
  // the tail, with its speaker before it and after the quotation.
  for (let k = ti + 1; k < toks.length && k - ti <= MAX_TAIL_SPEAKER; k++) {
    const t = toks[k]!;
    if (quoted(t.start) || /^["“”.;:]$/.test(t.text)) break;
    if (!kn.reportingVerbs.has(t.lower) || /ing$/.test(t.lower)) continue;
    // `"…," the company added`: a noun phrase no finder named, right after the quotation.
    const sp = speakerBefore(v, k) ?? nounPhraseBefore(v, k);
    if (sp && sp.start > qEnd) return found(c, sp, k, ti);
    break;
  }
  return null;
}

/** How many tokens a speaker's description may take between a quotation and its verb. */
const MAX_TAIL_SPEAKER = 16;

function found(c: SentenceContext, m: Mention, verbAt: number, from: number): QuoteAttribution {
  const { toks, v, discourse } = c;
  return {
    speaker: c.speakerOf(m),
    cue: toks[verbAt]!.text,
    tokens: toks.slice(from, Math.min(toks.length, verbAt + 12)),
    ...hearing(v, verbAt + 1, toks.length, c.input.kn, discourse),
  };
}
