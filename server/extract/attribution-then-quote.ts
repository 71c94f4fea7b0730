// An attribution before its quotation: `Primakov told reporters: "…"`, `The Russian
// president stressed that "…"`, or a quotation framed by the sentence's subject
// (`He repeated … as "…"`, `calling talks "important"`).
import { hearing, type SentenceContext } from './statement-context.ts';
import { agentBefore, coordinated, quotedAs, speakerAfter, speakerBefore } from './attribution.ts';
import { type SentenceView } from './sentence-view.ts';
import type { QuoteAttribution } from './quote-then-attribution.ts';

/** Verbs that frame a quotation without reporting speech: "welcomed it as a "historic milestone"". */
const FRAMING = new Set(['welcomed', 'welcoming', 'called', 'calling', 'described', 'describing', 'termed', 'dubbed', 'branded', 'praised', 'condemned', 'denounced', 'hailed', 'as']);

/**
 * The attribution before a quotation opening at `open` in sentence `openSentence`; null
 * when there is none. A reporting verb with no speaker found still claims the quotation
 * (speaker null), so that it is not given to the last speaker by default.
 */
export function attributionBefore(c: SentenceContext, open: number, openSentence: number): QuoteAttribution | null {
  const { v, quoted, subject, discourse, bySentence } = c;
  const { kn, tokens } = c.input;
  const headToks = (tokens[openSentence] ?? []).filter((t) => t.end <= open);
  const hv: SentenceView =
    openSentence === c.si ? v : { ...v, tokens: tokens[openSentence] ?? [], mentions: bySentence[openSentence]!.filter((m) => m.end <= open && !quoted(m.start)) };
  for (let j = headToks.length - 1; j >= 0; j--) {
    const t = headToks[j]!;
    if (quoted(t.start) || !kn.reportingVerbs.has(t.lower)) continue;
    const vi = hv.tokens.indexOf(t);
    if (/^(to|not)$/.test(hv.tokens[vi - 1]?.lower ?? '')) continue; // "plans to admit": an infinitive
    let m = quotedAs(hv, vi)?.speaker ?? speakerBefore(hv, vi);
    if (!m && coordinated(hv, vi)) m = subject;
    // `Commented another diplomat: "…"`: the verb first, the speaker after it.
    if (!m && vi === 0) m = speakerAfter(hv, vi);
    // `X described the talks as "…", adding that "…"`: a participle continues the sentence's speaker.
    const prev = /^["”’]$/.test(hv.tokens[vi - 1]?.text ?? '') ? hv.tokens[vi - 2] : hv.tokens[vi - 1];
    if (!m && /ing$/.test(t.lower) && prev?.text === ',') m = agentBefore(hv, vi) ?? subject;
    if (!m && j > 0 && headToks.slice(0, j).some((x) => kn.reportingVerbs.has(x.lower))) continue;
    return {
      speaker: c.speakerOf(m),
      cue: t.text,
      tokens: hv.tokens.slice(Math.max(0, vi - 6), headToks.length),
      ...hearing(hv, vi + 1, headToks.length, kn, discourse),
    };
  }
  // Framed by the sentence's subject: `He repeated … as "…"`, `calling talks "important"`.
  if (openSentence === c.si && subject && subject.start < open && headToks.some((t) => FRAMING.has(t.lower) || kn.reportingVerbs.has(t.lower))) {
    const speaker = c.speakerOf(subject);
    // "In an interview with Axios, X described it as "…"": a leading venue still names the hearer.
    if (speaker) return { speaker, cue: null, tokens: headToks, ...hearing(v, headToks.length, headToks.length, kn, discourse) };
  }
  return null;
}
