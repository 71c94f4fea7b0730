// A deterministic synthetic news corpus whose true speakers are known: articles in
// news-like English with direct quotes and reported speech in varied constructions,
// dated over 30 years, each with a gold annotation in the format of tests/fixtures/gold.
import { seededRandom } from '../../common/seeded-random.ts';
import { AGENCIES, AUDIENCES, CLAUSES, COUNTRIES, FILLERS, FIRST, LAST, ORGS, QUOTES, TITLES, WEEKDAYS, type Actor } from './vocabulary.ts';

export interface GoldStatement {
  speaker: string | { anonymous: true; affiliation: string | null; description: string };
  kind: 'direct' | 'indirect';
  text: string;
  audience: string[];
}
export interface GoldEntity {
  type: 'Person' | 'Organisation' | 'Country' | 'Place';
  name: string;
  aliases: string[];
}
export interface SyntheticArticle {
  name: string;
  text: string;
  published: string;
  gold: { article: string; published: string; source: string; entities: GoldEntity[]; statements: GoldStatement[] };
}


export function generateArticle(index: number, seed = 1): SyntheticArticle {
  const r = seededRandom(seed * 1_000_003 + index);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  // Each quote and clause at most once per article, so every gold text is unique in it.
  const deck = <T>(xs: readonly T[]) => {
    const d = [...xs].sort(() => r() - 0.5);
    return () => d.pop();
  };
  const nextQuote = deck(QUOTES);
  const nextClause = deck(CLAUSES);
  const country = pick(COUNTRIES);
  const agency = pick(AGENCIES);
  const actors: Actor[] = [0, 1].map((i) => {
    const last = LAST[(index * 7 + i * 11 + Math.floor(r() * LAST.length)) % LAST.length] as string;
    const first = pick(FIRST);
    return { name: `${first} ${last}`, short: last, title: pick(TITLES), org: i === 0 ? country.name : pick(COUNTRIES).name, pronoun: /a$|^Ines$/.test(first) ? 'she' : 'he' };
  });
  if (actors[1]!.short === actors[0]!.short) actors.pop();
  const year = 1994 + Math.floor(r() * 30);
  const published = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  const statements: GoldStatement[] = [];
  const paragraphs: string[] = [];
  const introduced = new Set<string>();
  const full = (a: Actor) => {
    if (introduced.has(a.name)) return a.short;
    introduced.add(a.name);
    const demonym = COUNTRIES.find((c) => c.name === a.org)?.demonym ?? '';
    return `${demonym} ${a.title} ${a.name}`;
  };
  const say = (speaker: GoldStatement['speaker'], kind: GoldStatement['kind'], text: string, audience: string[] = []) =>
    statements.push({ speaker, kind, text, audience });

  paragraphs.push(`${country.capital.toUpperCase()}, ${country.name} (${agency}) --`);
  const n = 4 + Math.floor(r() * 6);
  let last: Actor | null = null;
  for (let p = 0; p < n; p++) {
    const a = pick(actors);
    const q = nextQuote();
    const c = nextClause();
    if (!q || !c) break;
    const day = pick(WEEKDAYS);
    const aud = pick(AUDIENCES);
    switch (Math.floor(r() * 9)) {
      case 0: paragraphs.push(`"${q}," ${full(a)} said.`); say(a.name, 'direct', q); break;
      case 1: paragraphs.push(`${full(a)} said on ${day} that ${c}.`); say(a.name, 'indirect', c); break;
      case 2: paragraphs.push(`${full(a)} told ${aud}: "${q}."`); say(a.name, 'direct', `${q}.`, [aud]); break;
      case 3: paragraphs.push(`According to ${full(a)}, ${c}.`); say(a.name, 'indirect', c); break;
      case 4: {
        const [q1, q2] = [q, nextQuote() ?? 'That is all'];
        paragraphs.push(`"${q1}," ${full(a)} said. "${q2}."`);
        say(a.name, 'direct', q1);
        say(a.name, 'direct', `${q2}.`);
        break;
      }
      case 5: {
        const org = pick(ORGS);
        const desc = `a senior ${org.replace(/^the /, '')} official`;
        paragraphs.push(`"${q}," ${desc} told ${agency}.`);
        say({ anonymous: true, affiliation: org.replace(/^the /, ''), description: desc }, 'direct', q, [agency.replace(/^the /, '')]);
        break;
      }
      case 6: paragraphs.push(`"${q}," said ${full(a)}.`); say(a.name, 'direct', q); break;
      case 7:
        if (last) {
          paragraphs.push(`"${q}," ${last.pronoun} added.`);
          say(last.name, 'direct', q);
          continue;
        }
        paragraphs.push(pick(FILLERS));
        break;
      default: paragraphs.push(pick(FILLERS));
    }
    // Only a named actor's own words make them the antecedent of a later pronoun.
    last = statements.at(-1)?.speaker === a.name ? a : null;
  }
  // The headline names someone the story quotes; the gold lists every actor the text names.
  const lead = actors.find((a) => introduced.has(a.name));
  const text = `${lead ? `${lead.short} urges` : 'Diplomats urge'} new talks\n\n${paragraphs.join('\n\n')}\n`;
  const name = `synthetic-${String(index).padStart(6, '0')}`;
  const entities: GoldEntity[] = actors.filter((a) => introduced.has(a.name)).map((a) => ({ type: 'Person', name: a.name, aliases: [a.short] }));
  const orgs = new Set([agency, ...statements.flatMap((st) => (typeof st.speaker === 'string' ? [] : [st.speaker.affiliation ?? '']))]);
  for (const o of orgs) if (o) entities.push({ type: 'Organisation', name: o.replace(/^the /, ''), aliases: [] });
  entities.push({ type: 'Place', name: country.capital, aliases: [country.capital.toUpperCase()] });
  return { name, text, published, gold: { article: `${name}.txt`, published, source: agency, entities, statements } };
}

export function* generateCorpus(count: number, seed = 1): Generator<SyntheticArticle> {
  for (let i = 0; i < count; i++) yield generateArticle(i, seed);
}
