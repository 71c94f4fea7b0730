// Quotation spans. Curly quotes say which way they face; a straight quote opens when it
// follows a space and precedes a word, and closes otherwise. A quote that opens while
// another is open closes the first (wire copy often drops a closing mark). A quote never
// crosses a paragraph: each paragraph of a long quotation opens again (a line break that
// only wraps a line inside a paragraph, see `layout.ts`, is a space). Articles that use
// no double quotation marks at all (British style) are read with single ones.
import { layout } from './layout.ts';

export interface Quote {
  /** Offsets of the quoted words, without the marks. */
  start: number;
  end: number;
  /** Offsets of the opening and closing marks (close = -1 when the paragraph ended first). */
  open: number;
  close: number;
}

interface Marks {
  /** Marks that only open, only close, or face either way. */
  opening: string;
  closing: string;
  either: string;
}

const DOUBLE: Marks = { opening: '“„', closing: '”', either: '"' };
const SINGLE: Marks = { opening: '‘', closing: '’', either: "'" };

export function findQuotes(text: string): Quote[] {
  const double = scan(text, DOUBLE);
  return double.length > 0 || !/[‘']/.test(text) ? double : scan(text, SINGLE);
}

function scan(text: string, marks: Marks): Quote[] {
  const out: Quote[] = [];
  const { soft } = layout(text);
  const single = marks === SINGLE;
  let open = -1;
  const finish = (close: number, endText: number) => {
    let s = open + 1;
    let e = endText;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /[\s,]/.test(text[e - 1]!)) e--; // the comma before "he said" is punctuation, not speech
    if (e > s) out.push({ start: s, end: e, open, close });
    open = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' && !soft.has(i)) {
      if (open >= 0) finish(-1, i);
      continue;
    }
    const isOpening = marks.opening.includes(c);
    const isClosing = marks.closing.includes(c);
    if (!isOpening && !isClosing && !marks.either.includes(c)) continue;
    // Inside curly quotes, straight ones are nested quotation (or code), not the end.
    if (!isOpening && !isClosing && open >= 0 && marks.opening.includes(text[open]!)) continue;
    const prev = i > 0 ? text[i - 1]! : ' ';
    const next = i + 1 < text.length ? text[i + 1]! : ' ';
    // An apostrophe inside a word ("don't", "Russia’s") is not a quotation mark.
    if (single && /\p{L}/u.test(prev) && /\p{L}/u.test(next)) continue;
    let opening: boolean;
    if (isOpening) opening = true;
    else if (isClosing && !single) opening = false;
    else if (/[\s([{—–:/-]/.test(prev) && /[^\s.,;:!?)]/.test(next)) opening = true;
    else if (/[^\s]/.test(prev) && /[\s.,;:!?)\]—–-]/.test(next)) opening = false;
    else opening = open < 0;
    if (opening) {
      if (open >= 0 && !single) finish(i, i);
      if (open < 0 || !single) open = i;
    } else if (open >= 0) {
      finish(i, i);
    }
  }
  if (open >= 0) finish(-1, text.length);
  return out;
}
