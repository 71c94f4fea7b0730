// Site boilerplate, headline, dateline and an agency's sign-off. Nothing is removed:
// boilerplate is blanked with spaces so every offset still indexes the article text as read.
import { layout } from './layout.ts';

export interface Dateline {
  start: number;
  end: number;
  /** The place names it holds (city, country), and an agency when it names one. */
  places: { text: string; start: number }[];
  agency: { text: string; start: number } | null;
}

export interface Cleaned {
  /** Same length as the input; boilerplate replaced by spaces (newlines kept). */
  text: string;
  boilerplate: [number, number][];
  title: { text: string; start: number; end: number } | null;
  datelines: Dateline[];
  /** The agency's sign-off at the end of wire copy (" Reuter"), blanked in `text`; absent when none. */
  signoff?: { text: string; start: number } | null;
}

const BOILERPLATE_LINE = [
  /^advertisement$/i,
  /^(read|see) (more|also)\b.*$/i,
  /^(share|tweet|email|print|save)( this)?( article| story| page)?$/i,
  /^get the latest updates\b/i,
  /last updated:?\s*\d/i,
  /©|^copyright\b|\bcopyright (?:\(c\)|\d{4})|all rights reserved/i,
  /^message submitting/i,
  /^want us to email you\b/i,
  /^download (our|the) app/i,
  /^(sign up|subscribe|follow us|click here|related( articles| stories)?:?|recommended|more from|most read|listen to this article|comments?)\b/i,
  /^thank you for (waiting|reading|subscribing)/i,
  /^(photo|image|picture|video|file photo)s?( credit)?:/i,
  /^[a-z]+$/, // a lone lowercase section label ("world")
  /^[\W_]+$/, // punctuation only
];

export function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length < 200 && BOILERPLATE_LINE.some((re) => re.test(t));
}

const STORY_CODE = /\[(?:ID:)?n[A-Z0-9]{6,}\]/g;

const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

// The agency's name alone on a line, as wire copy signs off ("Reuter", "REUTER...").
const SIGNOFF = /^(reuters?)(?:\.{3})?$/i;
// The same after a table row on the last line ("total 55.8 (33.7).        REUTER").
const TRAILING_SIGNOFF = /\s{2,}(reuters?)(?:\.{3})?\s*$/i;

// "STRASBOURG, France --", "BRUSSELS --", "MOSCOW (Reuters) -", "DANBURY, Conn., March 5 -"
const DATELINE = /^([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*)(?:, ([A-Z][a-z]+(?: [A-Z][a-z]+)*)\.?)?(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \(([A-Za-z][A-Za-z .-]*)\))? ?(?:--|—|–|-)(?: |$)/;
// "/MOSCOW, December 6./TASS/.", "MOSCOW, November 12. /TASS/."
const TASS_DATELINE = /^\/?([A-Z][A-Z .'-]+), [A-Z][a-z]+ \d{1,2}\.? ?\/([A-Za-z-]+)\/\.\s*/;

export function clean(text: string): Cleaned {
  const chars = text.split('');
  const boilerplate: [number, number][] = [];
  const datelines: Dateline[] = [];
  let title: Cleaned['title'] = null;
  let signoff: Cleaned['signoff'] = null;
  const blank = (from: number, to: number) => {
    boilerplate.push([from, to]);
    for (let i = from; i < to; i++) if (chars[i] !== '\r') chars[i] = ' ';
  };
  const lastLine = text.trimEnd().lastIndexOf('\n') + 1;
  // In wire copy, a line that carries on a paragraph is prose, whatever words begin it
  // ("comment on the lawsuit.", "related legislation this year").
  const { wrapped, soft } = layout(text);
  const carriesOn = (start: number) => wrapped && start > 0 && soft.has(start - 1);
  // Wire services' story codes inside the text ("[nL8N1N86I0]", "[ID:nL5N0M]") are links, not words.
  for (const code of text.matchAll(STORY_CODE)) blank(code.index, code.index + code[0].length);
  let first = true;
  let pos = 0;
  for (const line of text.split('\n')) {
    const start = pos;
    pos += line.length + 1;
    const trimmed = line.trim();
    if (!trimmed) continue;
    const lead = start + line.indexOf(trimmed[0]!);
    const sign = start === lastLine ? SIGNOFF.exec(trimmed) ?? TRAILING_SIGNOFF.exec(line) : carriesOn(start) ? null : SIGNOFF.exec(trimmed);
    if (sign) {
      signoff = { text: sign[1]!, start: start + line.lastIndexOf(sign[1]!) };
      blank(sign.index === 0 ? start : start + sign.index, start + line.length);
      if (sign.index === 0) continue;
    }
    if (carriesOn(start)) continue;
    if (isBoilerplateLine(line) || (title && fold(trimmed) === fold(title.text))) {
      blank(start, start + line.length);
      continue;
    }
    const isFirst = first;
    first = false;
    if (!title && isHeadline(trimmed, isFirst)) {
      title = { text: trimmed, start: lead, end: lead + trimmed.length };
      continue;
    }
    const d = DATELINE.exec(trimmed) ?? null;
    if (d) {
      const places = [{ text: d[1]!, start: lead }];
      if (d[2]) places.push({ text: d[2], start: lead + trimmed.indexOf(d[2], d[1]!.length) });
      const agency = d[3] ? { text: d[3], start: lead + trimmed.indexOf(d[3]) } : null;
      datelines.push({ start: lead, end: lead + d[0].length, places, agency });
      continue;
    }
    const t = TASS_DATELINE.exec(trimmed);
    if (t) {
      datelines.push({
        start: lead,
        end: lead + t[0].length,
        places: [{ text: t[1]!, start: lead + (trimmed.startsWith('/') ? 1 : 0) }],
        agency: { text: t[2]!, start: lead + trimmed.indexOf(t[2]!, t[1]!.length) },
      });
    }
  }
  return { text: chars.join(''), boilerplate, title, datelines, signoff };
}

/**
 * A headline: one short line without a closing full stop. The article's first line may
 * also ask a question ("Could talks end the war?"), and a first line in capitals (wire
 * copy) may end in an abbreviation ("CHINA CALLS FOR BETTER TRADE DEAL WITH U.S.").
 */
function isHeadline(line: string, first: boolean): boolean {
  const words = line.split(/\s+/);
  if (words.length > 25) return false;
  if (first && words.length >= 2 && /\p{Lu}.*\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line)) return true;
  const end = first ? /[.!"”]$/ : /[.!?"”]$/;
  return words.length >= 3 && !end.test(line) && /^[\p{Lu}"“‘']/u.test(line);
}
