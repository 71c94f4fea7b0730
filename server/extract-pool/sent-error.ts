// Errors crossing from a worker thread: structured cloning keeps only the message of an
// Error subclass (its class, name and own fields are lost), so the worker sends them
// apart and the main thread rebuilds an error of the same class, name and message.
import type { Extraction } from '../../common/extraction.ts';
import { UnsupportedTextError } from '../extract/language.ts';

export interface SentError {
  /** The constructor's name: how the class is found again. */
  className: string;
  name: string;
  message: string;
  stack?: string;
  /** Own fields with plain values (a refusal's reason, a code). */
  fields: Record<string, string | number | boolean | null>;
}

export type TaskResult = { ok: true; extraction: Extraction } | { ok: false; error: SentError };

/** The extractor's own error classes, rebuilt as themselves so `instanceof` holds. */
const KNOWN: Record<string, new (message?: string) => Error> = { UnsupportedTextError };

export function toSentError(err: unknown): SentError {
  if (!(err instanceof Error)) return { className: 'Error', name: 'Error', message: String(err), fields: {} };
  const fields: SentError['fields'] = {};
  for (const [key, value] of Object.entries(err)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value as SentError['fields'][string];
  }
  return { className: err.constructor.name, name: err.name, message: err.message, stack: err.stack, fields };
}

export function fromSentError(sent: SentError): Error {
  const Known = Object.hasOwn(KNOWN, sent.className) ? KNOWN[sent.className] : undefined;
  // Not constructed: a subclass's constructor may take other arguments than a message.
  const err = Object.create((Known ?? Error).prototype) as Error;
  Object.assign(err, sent.fields);
  Object.defineProperty(err, 'message', { value: sent.message, writable: true, configurable: true });
  if (sent.name !== (Known ?? Error).prototype.name) err.name = sent.name;
  if (sent.stack) Object.defineProperty(err, 'stack', { value: sent.stack, writable: true, configurable: true });
  return err;
}
