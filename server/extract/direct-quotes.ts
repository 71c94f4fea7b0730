// Direct quotations whose closing mark (or paragraph end) falls in the sentence: the
// attribution after the quotation, else before it, else the speaker of the quotation just
// before (a quotation that is a sentence of its own continues its speaker).
import { resolveDate } from './dates.ts';
import { attributionBefore } from './attribution-then-quote.ts';
import { attributionAfter, type QuoteAttribution } from './quote-then-attribution.ts';
import { hasOwnTime, type SentenceContext } from './statement-context.ts';

export function directQuotes(c: SentenceContext): void {
  const { sentence: s, input } = c;
  const { quotes, sentences, published } = input;
  for (const q of quotes) {
    const qEnd = q.close >= 0 ? q.close : q.end;
    if (!(qEnd >= s.start && qEnd < s.end + 1) || q.start < 0) continue;
    const openSentence = sentences.findIndex((x) => x.start <= q.open && q.open < x.end + 1);
    let found: QuoteAttribution | null = attributionAfter(c, qEnd);
    if (!found && openSentence >= 0) found = attributionBefore(c, q.open, openSentence);
    // A quotation that is a sentence of its own continues the last speaker nearby; a
    // paragraph left open continues into the next one, where its speaker may be named.
    let pending = false;
    if (!found && openSentence >= 0 && q.open <= sentences[openSentence]!.start + 1) {
      const last = c.made[c.made.length - 1] ?? c.drafts[c.drafts.length - 1];
      pending = q.close < 0;
      if (last && s.paragraph - last.paragraph <= 1) found = { speaker: last.speaker, cue: null, audience: last.audience, via: null, tokens: [] };
      else if (pending) found = { speaker: '', cue: null, audience: [], via: null, tokens: [] };
    }
    if (!found || found.speaker === null) continue;
    c.add({
      speaker: found.speaker,
      kind: 'direct',
      start: q.start,
      end: q.end,
      audience: found.audience.length ? found.audience : vocative(c, q.start, q.end, found.speaker),
      via: found.via,
      date: resolveDate(found.tokens, published),
      cue: found.cue,
      ownTime: hasOwnTime(found.tokens),
      pending,
    });
  }
}

/** "Mr President, we need help": whom the quotation addresses by title. */
const VOCATIVE = /(?:^|[,.!?;]\s+)(?:Mr|Mister|Madam|Madame|Mrs|Ms)\.? (President|Prime Minister|Chancellor|Secretary(?: General)?|Speaker|Chairman|Chair|Minister|Ambassador|Mayor|Governor)\b/u;

function vocative(c: SentenceContext, start: number, end: number, speaker: string): string[] {
  const m = VOCATIVE.exec(c.input.text.slice(start, end));
  if (!m) return [];
  const person = c.discourse.holder(m[1]!.toLowerCase(), start, speaker || null);
  return person ? [person] : [];
}
