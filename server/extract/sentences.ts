// Paragraphs and sentences, as spans over the cleaned text. A paragraph is a line, or in
// hard-wrapped copy the lines up to a blank or indented one (`layout.ts`). A full stop ends
// a sentence unless it closes an abbreviation or an initial, or lowercase text follows.
import { paragraphs } from './layout.ts';
import { tokenize } from './tokens.ts';

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

/** The start of an attribution: a pronoun or up to five capitalised words, then a verb of saying. */
const SAYING = '(?:said|says|asked|asks|added|adds|told|replied|replies|insisted|explained|wrote|declared|noted|continued|argued|warned|stressed|demanded|wondered|shouted|quipped|joked|recalled|conceded|admitted|countered|retorted)';
const ATTRIBUTION_AHEAD = new RegExp(`^(?:(?:he|she|they|it|we|I)\\s+${SAYING}\\b|(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){1,5}${SAYING}\\b|${SAYING}\\b)`, 'u');

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const p of paragraphs(text)) {
    let start = p.start;
    const paraEnd = p.end;
    for (const t of tokenize(text, start, paraEnd)) {
      if (!/^[.!?]$/.test(t.text) && !(t.text.endsWith('.') && t.text.length > 1 && isSentenceEndAbbrev(text, t.end))) {
        continue;
      }
      // Closing quotes and brackets belong to the sentence they end.
      let end = t.end;
      while (end < paraEnd && /["”’')\]]/.test(text[end]!)) end++;
      // The next sentence begins after white space (line breaks inside the paragraph
      // included) with a capital or a digit, perhaps behind an opening mark.
      let next = end;
      while (next < paraEnd && /\s/.test(text[next]!)) next++;
      if (next === end || next >= paraEnd) continue;
      const first = /["“‘'(]/.test(text[next]!) && next + 1 < paraEnd && /\S/.test(text[next + 1]!) ? text[next + 1]! : text[next]!;
      if (!/[\p{Lu}\p{N}]/u.test(first)) continue;
      // `"Is it over?" Mr Kerry asked.`: an attribution after a closing quotation is the same sentence.
      if (end > t.end && /["”’']/.test(text[end - 1]!) && ATTRIBUTION_AHEAD.test(text.slice(next, Math.min(paraEnd, next + 80)))) continue;
      if (end <= start) continue;
      out.push({ start, end, paragraph });
      start = next;
    }
    if (start < paraEnd) out.push({ start, end: paraEnd, paragraph });
    paragraph++;
  }
  return out;
}

/** "U.S." or "Inc." can end a sentence when a capitalised sentence start follows; only for dotted acronyms. */
function isSentenceEndAbbrev(text: string, end: number): boolean {
  const before = text.slice(Math.max(0, end - 5), end);
  return /(?:\p{Lu}\.){2,}$/u.test(before) && /^\s+(The|A|An|He|She|It|They|We|I|In|On|But|And)\b/.test(text.slice(end, end + 6));
}
