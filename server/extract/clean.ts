// Site boilerplate, headline and dateline. Nothing is removed: boilerplate is blanked with
// spaces so every offset still indexes the article text as read.
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
}

const BOILERPLATE_LINE = [
  /^advertisement$/i,
  /^(read|see) (more|also)\b.*$/i,
  /^(share|tweet|email|print|save)( this)?( article| story| page)?$/i,
  /^get the latest updates\b/i,
  /last updated:?\s*\d/i,
  /©|\bcopyright\b|all rights reserved/i,
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

const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

// "STRASBOURG, France --", "BRUSSELS --", "MOSCOW (Reuters) -"
const DATELINE = /^([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*)(?:, ([A-Z][a-z]+(?: [A-Z][a-z]+)*))?(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \(([A-Za-z][A-Za-z .-]*)\))? ?(?:--|—|–|-)(?: |$)/;
// "/MOSCOW, December 6./TASS/.", "MOSCOW, November 12. /TASS/."
const TASS_DATELINE = /^\/?([A-Z][A-Z .'-]+), [A-Z][a-z]+ \d{1,2}\.? ?\/([A-Za-z-]+)\/\.\s*/;

export function clean(text: string): Cleaned {
  const chars = text.split('');
  const boilerplate: [number, number][] = [];
  const datelines: Dateline[] = [];
  let title: Cleaned['title'] = null;
  let pos = 0;
  for (const line of text.split('\n')) {
    const start = pos;
    pos += line.length + 1;
    const trimmed = line.trim();
    if (!trimmed) continue;
    const lead = start + line.indexOf(trimmed[0]!);
    if (isBoilerplateLine(line) || (title && fold(trimmed) === fold(title.text))) {
      boilerplate.push([start, start + line.length]);
      for (let i = start; i < start + line.length; i++) if (chars[i] !== '\r') chars[i] = ' ';
      continue;
    }
    if (!title && isHeadline(trimmed)) {
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
        places: [{ text: t[1]!, start: lead + 1 }],
        agency: { text: t[2]!, start: lead + trimmed.indexOf(t[2]!, t[1]!.length) },
      });
    }
  }
  return { text: chars.join(''), boilerplate, title, datelines };
}

/** A headline: one short line without a closing full stop. */
function isHeadline(line: string): boolean {
  const words = line.split(/\s+/);
  return words.length >= 3 && words.length <= 25 && !/[.!?"”]$/.test(line) && /^[\p{Lu}"“‘']/u.test(line);
}
