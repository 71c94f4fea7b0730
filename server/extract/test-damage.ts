// Damaged news copy for the property-based robustness test: invented sentences in the style
// of agency copy, and the ways real copy gets damaged (prefixes glued to titles, stray and
// unbalanced quotation marks, lines broken inside names and quotations, typographic
// punctuation, text cut off anywhere, capitalised words dropped in at random).
import fc from 'fast-check';

/** Invented sentences in the style of agency copy. */
export const SENTENCES = [
  'Transport Secretary Helen Marsh said the rail strike would cost the economy millions.',
  '"We will not be rushed into a bad deal," Finance Minister Piet Janssen told reporters in Brussels.',
  'Shares in Northgate Holdings plc fell 4% after the company warned on profits, chief executive Raj Patel said.',
  'Ex-Labour MP Colin Ashby, who resigned last year, urged ministers to publish the report.',
  'The Kremlin rejected the proposal on Tuesday, according to a senior Western diplomat.',
  '"The talks were constructive," said Maria Lopez, a spokeswoman for the European Commission, "but no date was set."',
  'Brightwater Motors chairman Tomas Berg told shareholders the merger would create 2,000 jobs.',
  'Then-US secretary of state Laura Kemp met Chinese Foreign Minister Wang Li in Beijing.',
  'Police in Manchester said two men had been arrested, adding that inquiries were continuing.',
  'MPs voted 310 to 275 in favour of the bill, which Prime Minister Alan Reyes had called "a turning point".',
  "Riverside Bank's chief executive, Sarah O'Neill, said the lender would cut 300 branches.",
  'Pro-EU campaigner Dr Anna Kowalski called on the government to hold a second referendum.',
];

const HEADLINES = ['Rail strike to go ahead, union says', 'Will the merger save jobs?', 'Minister rejects "bad deal"', 'MPS BACK BILL AFTER LONG DEBATE'];

const PREFIXES = ['Ex-', 'ex-', 'then-', 'Then-', 'Pro-', 'Anti-', 'anti-', 'Non-', 'ex-Labour ', 'Pro-Israel ', 'then-UK ', 'Anti-EU '];
const QUOTES = ['"', '“', '”', "'", '‘', '’', '""', '“”'];
const CAPITALISED = ['Minister', 'President', 'The', 'Smith', 'Corp', 'Inc', 'Bank', 'Group', 'MPs', 'Children', 'Dr', 'Mr', 'Said', 'NATO', 'Of', 'Iraq', 'Moscow', 'Ltd', 'Airlines', 'According'];
const PUNCTUATION = ['—', '–', '…', '\u00a0', '\u2009', '\u202f', '\u200b', ' - ', '...', '\t'];
const BREAKS = ['\n', '\r\n', '\n\n', '\n    '];

type Mutation = (text: string, at: number) => string;

/** Word starts (positions after a space or at 0), to insert before words. */
const wordStarts = (text: string): number[] => [0, ...[...text.matchAll(/ (?=\S)/g)].map((m) => m.index + 1)];
const spaces = (text: string): number[] => [...text.matchAll(/ /g)].map((m) => m.index);
const pick = <T,>(list: readonly T[], at: number): T | undefined => (list.length ? list[at % list.length] : undefined);

const MUTATIONS: { name: string; make: (choice: number) => Mutation }[] = [
  {
    name: 'prefix before a capitalised word',
    make: (c) => (text, at) => {
      const starts = wordStarts(text).filter((p) => /\p{Lu}/u.test(text[p] ?? ''));
      const p = pick(starts, at);
      return p === undefined ? text : text.slice(0, p) + pick(PREFIXES, c)! + text.slice(p);
    },
  },
  {
    name: 'stray quotation mark',
    make: (c) => (text, at) => {
      const p = at % (text.length + 1);
      return text.slice(0, p) + pick(QUOTES, c)! + text.slice(p);
    },
  },
  {
    name: 'line break for a space',
    make: (c) => (text, at) => {
      const p = pick(spaces(text), at);
      return p === undefined ? text : text.slice(0, p) + pick(BREAKS, c)! + text.slice(p + 1);
    },
  },
  {
    name: 'typographic punctuation',
    make: (c) => (text, at) => {
      const p = pick(spaces(text), at);
      return p === undefined ? text : text.slice(0, p) + pick(PUNCTUATION, c)! + text.slice(p + 1);
    },
  },
  {
    name: 'capitalised word',
    make: (c) => (text, at) => {
      const p = pick(wordStarts(text), at);
      return p === undefined ? text : `${text.slice(0, p)}${pick(CAPITALISED, c)!} ${text.slice(p)}`;
    },
  },
  {
    name: 'bracket or dash in a word',
    make: (c) => (text, at) => {
      const p = at % (text.length + 1);
      return text.slice(0, p) + pick(['(', ')', '[', ']', '-', '--', '-\n', ',', '.', ':', ';', '?'], c)! + text.slice(p);
    },
  },
  {
    name: 'word repeated',
    make: () => (text, at) => {
      const starts = wordStarts(text);
      const p = pick(starts, at);
      if (p === undefined) return text;
      const word = /^\S+/.exec(text.slice(p))?.[0] ?? '';
      return `${text.slice(0, p)}${word} ${text.slice(p)}`;
    },
  },
  {
    name: 'cut off',
    make: () => (text, at) => text.slice(0, Math.max(1, at % (text.length + 1))),
  },
  {
    name: 'quotation marks made curly or dropped',
    make: (c) => (text) => (c % 2 ? text.replace(/"([^"]*)"/g, '“$1”') : text.replace(/"/, '')),
  },
];

export const article = fc.record({
  headline: fc.option(fc.constantFrom(...HEADLINES), { nil: null }),
  body: fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 5 }),
  joins: fc.array(fc.constantFrom(' ', '\n\n', '\n'), { minLength: 5, maxLength: 5 }),
  mutations: fc.array(fc.tuple(fc.nat(MUTATIONS.length - 1), fc.nat(50), fc.nat(10_000)), { minLength: 1, maxLength: 8 }),
});

export interface DamagedArticle {
  headline: string | null;
  body: string[];
  joins: string[];
  mutations: [kind: number, choice: number, at: number][];
}

export function render(a: DamagedArticle): string {
  let text = a.body.map((s, i) => (i === 0 ? s : a.joins[i - 1]! + s)).join('');
  if (a.headline) text = `${a.headline}\n\n${text}`;
  for (const [m, choice, at] of a.mutations) text = MUTATIONS[m]!.make(choice)(text, at);
  return text;
}
