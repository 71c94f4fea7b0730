// Paragraphs (lines) and sentences, as spans over the cleaned text. A full stop ends a
// sentence unless it closes an abbreviation or an initial, or lowercase text follows.
import { tokenize } from './tokens.ts';

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let pos = 0;
  for (const line of text.split('\n')) {
    const lineStart = pos;
    pos += line.length + 1;
    if (!line.trim()) continue;
    let start = lineStart + (line.length - line.trimStart().length);
    const lineEnd = lineStart + line.trimEnd().length;
    for (const t of tokenize(text, start, lineEnd)) {
      if (!/^[.!?]$/.test(t.text) && !(t.text.endsWith('.') && t.text.length > 1 && isSentenceEndAbbrev(text, t.end))) {
        continue;
      }
      // Closing quotes and brackets belong to the sentence they end.
      let end = t.end;
      while (end < lineEnd && /["”’')\]]/.test(text[end]!)) end++;
      const rest = text.slice(end, lineEnd);
      const next = /^\s+(["“‘(]?)(\S)/u.exec(rest);
      if (!next) continue;
      if (!/[\p{Lu}\p{N}]/u.test(next[2]!)) continue;
      if (end <= start) continue;
      out.push({ start, end, paragraph });
      start = end + (rest.length - rest.trimStart().length);
    }
    if (start < lineEnd) out.push({ start, end: lineEnd, paragraph });
    paragraph++;
  }
  return out;
}

/** "U.S." or "Inc." can end a sentence when a capitalised sentence start follows; only for dotted acronyms. */
function isSentenceEndAbbrev(text: string, end: number): boolean {
  const before = text.slice(Math.max(0, end - 5), end);
  return /(?:\p{Lu}\.){2,}$/u.test(before) && /^\s+(The|A|An|He|She|It|They|We|I|In|On|But|And)\b/.test(text.slice(end, end + 6));
}
