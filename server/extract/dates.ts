// Dates of statements: "on Monday", "Wednesday", "yesterday", "last week", "December 6",
// resolved against the article's publication date when it is known.
import type { Token } from './tokens.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const iso = (d: Date) => d.toISOString().slice(0, 10);

function parse(published: string): Date | null {
  const d = new Date(`${published}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Resolves the first time expression among the tokens; null when there is none or no anchor. */
export function resolveDate(tokens: Token[], published: string | null): string | null {
  if (!published) return null;
  const anchor = parse(published);
  if (!anchor) return null;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    const day = WEEKDAYS.indexOf(w);
    if (day >= 0) {
      // News reports the most recent such day: on or before publication.
      const back = (anchor.getUTCDay() - day + 7) % 7;
      const d = new Date(anchor);
      d.setUTCDate(d.getUTCDate() - back);
      return iso(d);
    }
    if (w === 'today' || w === 'tonight') return iso(anchor);
    if (w === 'yesterday') {
      const d = new Date(anchor);
      d.setUTCDate(d.getUTCDate() - 1);
      return iso(d);
    }
    const month = MONTHS.indexOf(w);
    const dayNum = Number(tokens[i + 1]?.text);
    if (month >= 0 && Number.isInteger(dayNum) && dayNum >= 1 && dayNum <= 31) {
      const d = new Date(Date.UTC(anchor.getUTCFullYear(), month, dayNum));
      // A date well after publication is last year's.
      if (d.getTime() > anchor.getTime() + 86_400_000 * 7) d.setUTCFullYear(anchor.getUTCFullYear() - 1);
      return iso(d);
    }
  }
  return null;
}
