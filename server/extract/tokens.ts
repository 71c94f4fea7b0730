// Word-level tokens with offsets into the article text. Abbreviations (U.S., Mr., Gen.)
// and initials keep their full stop; possessive 's is a token of its own.
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lowercase text, for lookups. */
  lower: string;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'sen', 'rep', 'gov',
  'st', 'jr', 'sr', 'rev', 'hon', 'jan', 'feb', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'no', 'vs', 'etc',
  'inc', 'co', 'corp', 'ltd', 'dept', 'mt', 'ft', 'approx', 'est',
]);

// Dotted acronyms (U.S., U.N.), words with inner hyphens or apostrophes, numbers, or one symbol.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:(?:-{1,2}|['’])[\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th|s)?|\S/gu;

export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = offset;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < end) {
    let word = m[0];
    let start = m.index;
    if (start + word.length > end) word = word.slice(0, end - start);
    // Possessive: Russia's → Russia + 's
    const poss = /^(.+)(['’]s)$/u.exec(word);
    if (poss && /\p{L}/u.test(poss[1]!)) {
      push(out, poss[1]!, start);
      push(out, poss[2]!, start + poss[1]!.length);
      continue;
    }
    // Abbreviation or initial followed by its full stop.
    if (text[start + word.length] === '.' && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) {
      word += '.';
    }
    push(out, word, start);
    start += word.length;
    TOKEN.lastIndex = start;
  }
  return out;
}

function push(out: Token[], text: string, start: number) {
  out.push({ text, start, end: start + text.length, lower: text.toLowerCase() });
}

export const isCapitalized = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);
