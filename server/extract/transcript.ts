// Transcripts: a press conference or interview in question-and-answer form, where each
// labelled turn ("Name: …") is a direct statement of the labelled speaker.
import type { Discourse } from './coref.ts';
import type { Draft, StatementInput } from './statement-context.ts';

/** The labelled turns of a transcript, as direct statements; none when the text is not one. */
export function transcriptTurns(_input: StatementInput, _discourse: Discourse): Draft[] {
  return [];
}
