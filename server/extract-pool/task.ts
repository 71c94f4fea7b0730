// What one pool worker does with one article: extract it, and send back either the
// extraction or the error in a form that survives the trip between threads.
import type { ArticleInput } from '../../common/extraction.ts';
import { extractArticle } from '../extract/index.ts';
import { toSentError, type TaskResult } from './sent-error.ts';

export function extractTask(input: ArticleInput): TaskResult {
  try {
    return { ok: true, extraction: extractArticle(input) };
  } catch (err) {
    return { ok: false, error: toSentError(err) };
  }
}
