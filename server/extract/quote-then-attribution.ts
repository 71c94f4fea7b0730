// A quotation followed by its attribution: `"…," he said`, `"…," said Balanzino`,
// `"…," the source said, according to Interfax`.
import { afterMention, mentionStartingAt, speakerAfter } from './attribution.ts';
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
    const m = speakerAfter(v, ti);
    // `"…," said Stoltenberg, speaking to reporters at …`
    const heard = m ? hearing(v, afterMention(v, m), toks.length, kn, discourse) : { audience: [], via: null };
    return { speaker: c.speakerOf(m), cue: tail[t0]!.text, tokens: toks.slice(ti, ti + 8), ...heard };
  }
  let m = mentionStartingAt(v, ti);
  for (let k = ti + 1; !m && k <= ti + 3 && /^\p{Ll}/u.test(toks[k - 1]?.text ?? ''); k++) m = mentionStartingAt(v, k);
  if (!m) return null;
  const after = afterMention(v, m);
  const verb = toks[after];
  if (!verb || !kn.reportingVerbs.has(verb.lower)) return null;
  return {
    speaker: c.speakerOf(m),
    cue: verb.text,
    tokens: toks.slice(ti, Math.min(toks.length, after + 12)),
    ...hearing(v, after + 1, toks.length, kn, discourse),
  };
}
