// Paragraph layout: which line breaks end a paragraph and which only wrap a line.
//
// Web copy puts each paragraph on a line of its own. Wire copy is hard-wrapped: lines of
// about 65 characters, a paragraph begun by an indented line (or a blank line), headings
// in capitals. There a single line break inside a paragraph is read as a space, so that
// sentences, names and quotations may run over it. Web copy may also hold a few wrapped
// paragraphs ("aid to Ukraine \nto ensure"); a break is soft there only when the line
// plainly goes on: it ends without a full stop and the next line starts in lowercase, or
// the break is padded with a space on either side, and the next line is no list item.
//
// Nothing here moves an offset: the layout is a set of newline offsets, read as spaces.

export interface Layout {
  /** True when the whole text is hard-wrapped (wire copy). */
  wrapped: boolean;
  /** Offsets of the newlines that only wrap a line inside a paragraph. */
  soft: Set<number>;
}

interface Line {
  start: number;
  /** Offset of the newline that ends the line (text.length for the last line). */
  end: number;
  /** The line without its leading and trailing white space. */
  body: string;
  indent: number;
  blank: boolean;
}

/** A sentence (or a quoted sentence) ends the line. */
const ENDS_SENTENCE = /[.!?]["”’')\]]*$/;
/** An item of a list: "- Lower taxes", "* Item", "2. Item". */
const BULLET = /^(?:[-–—*•·]|\d{1,2}[.)])\s/;
/** Capitals only ("TRADE TALKS END", "OPEC."). */
const isCapitals = (l: Line) => /\p{Lu}.*\p{Lu}/u.test(l.body) && !/\p{Ll}/u.test(l.body);

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const body = raw.trim();
    out.push({ start, end, body, indent: raw.length - raw.trimStart().length, blank: body.length === 0 });
    if (end >= text.length) break;
    start = end + 1;
  }
  return out;
}

/** The layout of a text; cached for the last text seen (sentences and quotations both ask). */
export function layout(text: string): Layout {
  if (cache && cache.text === text) return cache.layout;
  const result = compute(text);
  cache = { text, layout: result };
  return result;
}

let cache: { text: string; layout: Layout } | null = null;

function compute(text: string): Layout {
  const ls = lines(text);
  const soft = new Set<number>();
  const full = ls.filter((l) => !l.blank);
  // A heading is a line of capitals on its own, never part of a paragraph; a line of
  // capitals that a sentence runs on into ("posed risks to\nMCI.") is not one.
  const heading: boolean[] = [];
  ls.forEach((l, i) => {
    const prev = ls[i - 1];
    heading[i] = !l.blank && isCapitals(l) && (!prev || prev.blank || heading[i - 1]! || ENDS_SENTENCE.test(prev.body));
  });
  const size = (l: Line) => l.indent + l.body.length;
  const lengths = full.map(size).sort((x, y) => x - y);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  // Lines that run on into the next one: wrapped lines are nearly as long as the widest.
  const runOn: number[] = [];
  ls.forEach((l, i) => {
    const next = ls[i + 1];
    if (!l.blank && next && !next.blank && !ENDS_SENTENCE.test(l.body) && !heading[i] && size(l) >= 0.6 * width) runOn.push(i);
  });
  // The indentation of lines that carry on a paragraph; deeper lines begin one.
  const indents = new Map<number, number>();
  for (const i of runOn) indents.set(ls[i + 1]!.indent, (indents.get(ls[i + 1]!.indent) ?? 0) + 1);
  const base = [...indents].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]?.[0] ?? 0;
  const usesIndent = full.filter((l) => l.indent > base && !BULLET.test(l.body)).length >= 2;
  // Wire copy: short lines, many of them running on, or paragraphs begun by indentation.
  const wrapped =
    full.length >= 3 &&
    full.filter((l) => size(l) <= 90).length >= 0.9 * full.length &&
    ((runOn.length >= 3 && runOn.length >= 0.25 * full.length) || (runOn.length >= 1 && usesIndent));
  const firstLine = full[0];

  for (let i = 0; i + 1 < ls.length; i++) {
    const a = ls[i]!;
    const b = ls[i + 1]!;
    if (a.blank || b.blank || heading[i] || heading[i + 1]) continue;
    if (wrapped) {
      if (usesIndent && b.indent > base) continue; // an indented line begins a paragraph
      // Without indentation, a short line that ends a sentence ends its paragraph.
      if (!usesIndent && ENDS_SENTENCE.test(a.body) && a.indent + a.body.length < 0.7 * width) continue;
      // A headline on the first line is a paragraph of its own.
      if (a === firstLine && !/[,;:]$/.test(a.body) && /^\P{Ll}/u.test(b.body) && a.body.length < 0.8 * width) continue;
      soft.add(a.end);
      continue;
    }
    if (ENDS_SENTENCE.test(a.body) || BULLET.test(b.body)) continue;
    const padded = /[ \t]\r?$/.test(text.slice(a.start, a.end)) || b.indent > 0;
    if (padded || /^\p{Ll}/u.test(b.body)) soft.add(a.end);
  }
  return { wrapped, soft };
}

/** Paragraph spans, without surrounding white space: text between hard line breaks. */
export function paragraphs(text: string): { start: number; end: number }[] {
  const { soft } = layout(text);
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && (text[i] !== '\n' || soft.has(i))) continue;
    let s = start;
    let e = i;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    start = i + 1;
  }
  return out;
}
