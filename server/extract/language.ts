// The extractor reads English news. Text in another language would yield nonsense, so it
// is refused with a clear message instead: English prose is dense with a few function words.
const FUNCTION_WORDS = new Set('the of and to in a is that for on with as was said by it at from he his be has have are were not an this which will'.split(' '));

/** The extractor's refusal of a text it cannot read; the message says why and never quotes the text. */
export class UnsupportedTextError extends Error {
  // By name too: an error passed back from a worker thread arrives as a plain Error.
  override readonly name = 'UnsupportedTextError';
}

/**
 * Whether `err` is the extractor's refusal, also after a trip through a worker thread:
 * structured cloning keeps an Error's message and stack but makes it a plain Error.
 */
export function isUnsupportedText(err: unknown): err is Error {
  if (err instanceof UnsupportedTextError) return true;
  return err instanceof Error && (err.name === 'UnsupportedTextError' || (err.stack ?? '').startsWith('UnsupportedTextError:'));
}

/** Share of words that are common English function words (about 0.3 in news, under 0.03 in French, German or Spanish). */
export function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  const sample = words.length > 5000 ? words.slice(0, 5000) : words;
  return sample.filter((w) => FUNCTION_WORDS.has(w)).length / sample.length;
}

export function assertEnglish(text: string): void {
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  if (words === 0) throw new UnsupportedTextError('no words in the text');
  // Very short texts (a headline, a sentence) are let through: too little to judge.
  if (words >= 40 && englishShare(text) < 0.05) {
    throw new UnsupportedTextError('the text does not look like English (the extractor reads English news)');
  }
}
