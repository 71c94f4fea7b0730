// The extraction pipeline: article text → cleaned text → sentences → mentions → entities
// (with coreference) → statements and relations. Pure: no I/O in here.
import type { ArticleInput, Extraction } from '../../common/extraction.ts';
import { clean } from './clean.ts';
import { buildEntities, toExtracted } from './entities.ts';
import { defaultKnowledge, type Knowledge } from './knowledge.ts';
import { assertEnglish } from './language.ts';
import { findMentions } from './mentions.ts';
import { findQuotes } from './quotes.ts';
import { findRelations } from './relations.ts';
import { splitSentences } from './sentences.ts';
import { extractStatements } from './statements.ts';

/**
 * Extracts who said what to whom from one article. Offsets index `input.text` as given.
 * Throws UnsupportedTextError for text that is not English prose.
 */
export function extractArticle(input: ArticleInput, kn: Knowledge = defaultKnowledge()): Extraction {
  assertEnglish(input.text);
  const cleaned = clean(input.text);
  const sentences = splitSentences(cleaned.text);
  const { mentions, tokens } = findMentions(cleaned, sentences, kn);
  const index = buildEntities(cleaned.text, mentions, cleaned.title);
  const quotes = findQuotes(cleaned.text);
  const statements = extractStatements({
    text: cleaned.text,
    sentences,
    tokens,
    mentions,
    index,
    quotes,
    kn,
    published: input.meta.published,
    skip: cleaned.title,
  });
  // Statement texts come from the cleaned text, which equals the input wherever it is not boilerplate.
  const speakers = new Set(statements.map((s) => s.speaker));
  // Unnamed sources exist through what they say; named entities through their mentions.
  const entities = [...index.entities.values()]
    .filter((e) => (e.type === 'Source' ? speakers.has(e.id) : e.mentions.length > 0 || speakers.has(e.id)))
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
    relations: findRelations(cleaned.text, sentences, tokens, mentions, index),
  };
}
