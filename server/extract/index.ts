// The extraction pipeline: article text → cleaned text → sentences → mentions → entities
// (with coreference) → statements and relations. Pure: no I/O in here.
//
// No article is lost to a fault: mention finding drops only the sentence that threw; if a
// whole stage throws, the stages before it still give their output. Each fault is listed
// in `warnings` with its stage and offset.
import type { ArticleInput, Extraction, ExtractedRelation, ExtractedStatement } from '../../common/extraction.ts';
import { clean, type Cleaned } from './clean.ts';
import { buildEntities, mergeStatePlaces, toExtracted, type EntityIndex } from './entities.ts';
import { defaultKnowledge, type Knowledge } from './knowledge.ts';
import { assertEnglish } from './language.ts';
import { linkOfficeHolders } from './office-links.ts';
import { findMentions, type MentionResult } from './mentions.ts';
import { findQuotes } from './quotes.ts';
import { findRelations } from './relations.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { extractStatements, type StatementFault } from './statements.ts';
import { guarded, type ExtractionWarning } from './warnings.ts';

/** One sentence per non-blank line: the sentences when the splitter itself fails. */
function lineSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let pos = 0;
  let paragraph = 0;
  for (const line of text.split('\n')) {
    const start = pos + (line.length - line.trimStart().length);
    const end = pos + line.trimEnd().length;
    pos += line.length + 1;
    if (end > start) out.push({ start, end, paragraph: paragraph++ });
  }
  return out;
}

/**
 * Extracts who said what to whom from one article. Offsets index `input.text` as given.
 * Throws UnsupportedTextError for text that is not English prose; any other fault is
 * recorded in `warnings` and costs only the part of the article it happened in.
 */
export function extractArticle(input: ArticleInput, kn: Knowledge = defaultKnowledge()): Extraction {
  assertEnglish(input.text);
  const warnings: ExtractionWarning[] = [];
  // Without cleaning, the text as read: no boilerplate, headline or dateline known.
  const cleaned: Cleaned = guarded(warnings, 'clean', 0, () => clean(input.text), null) ?? { ...clean(''), text: input.text };
  const sentences = guarded(warnings, 'sentences', 0, () => splitSentences(cleaned.text), null) ?? lineSentences(cleaned.text);
  const { mentions, tokens } = guarded<MentionResult>(warnings, 'mentions', 0, () => findMentions(cleaned, sentences, kn, warnings), { mentions: [], tokens: [] });
  const index = guarded<EntityIndex>(warnings, 'entities', 0, () => buildEntities(cleaned.text, mentions, cleaned.title, kn), { entities: new Map(), of: new Map() });
  const period = guarded(warnings, 'office-holders', 0, () => linkOfficeHolders(index, kn, input.meta.published), null);
  // Statement texts come from the cleaned text, which equals the input wherever it is not boilerplate.
  const faults: StatementFault[] = [];
  const statements = guarded<ExtractedStatement[]>(
    warnings,
    'statements',
    0,
    () =>
      extractStatements(
        {
          text: cleaned.text,
          sentences,
          tokens,
          mentions,
          index,
          quotes: findQuotes(cleaned.text),
          kn,
          published: input.meta.published,
          period,
          skip: cleaned.title,
          datelines: cleaned.datelines,
        },
        faults,
      ),
    [],
  );
  for (const f of faults) warnings.push({ stage: 'statements', offset: f.offset, message: f.message });
  const relations = guarded<ExtractedRelation[]>(warnings, 'relations', 0, () => findRelations(cleaned.text, sentences, tokens, mentions, index), []);
  // A state is one Country, never also a Place; what referred to the place refers to the country.
  const merged = guarded(warnings, 'entities', 0, () => mergeStatePlaces(index), new Map<string, string>());
  if (merged.size > 0) {
    const to = (id: string) => merged.get(id) ?? id;
    for (const s of statements) {
      s.speaker = s.speaker && to(s.speaker);
      s.via = s.via && to(s.via);
      s.about = [...new Set(s.about.map(to))];
      s.audience = [...new Set(s.audience.map(to))];
    }
    for (const r of relations) [r.from, r.to] = [to(r.from), to(r.to)];
    for (const e of index.entities.values()) e.affiliation = e.affiliation && to(e.affiliation);
  }
  // Unnamed sources exist through what they say (or hear, or are said about); named entities
  // through their mentions. Whatever a statement or relation refers to is kept, so no id dangles.
  const referenced = new Set<string>();
  for (const s of statements) for (const id of [s.speaker, s.via, ...s.about, ...s.audience]) if (id) referenced.add(id);
  for (const r of relations) referenced.add(r.from).add(r.to);
  const entities = [...index.entities.values()]
    .filter((e) => referenced.has(e.id) || (e.type !== 'Source' && e.mentions.length > 0))
    .map(toExtracted);
  const dateline = cleaned.datelines[0];
  return {
    article: {
      ...input.meta,
      title: input.meta.title ?? cleaned.title?.text ?? null,
      dateline: input.meta.dateline ?? (dateline ? input.text.slice(dateline.start, dateline.end).trim() : null),
    },
    entities: entities.sort((a, b) => a.id.localeCompare(b.id)),
    statements,
    relations,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}
