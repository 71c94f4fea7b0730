// Error masking: database errors become clear GraphQLErrors with a code
// (DATABASE_UNAVAILABLE with a Retry-After header, TIMEOUT); the extractor's refusal of a
// text becomes BAD_USER_INPUT with its reason; the API's own GraphQLErrors pass as they
// are; anything else is "Unexpected error." with no stack or Cypher outside development.
import type { GraphQLError } from 'graphql';
import { createGraphQLError, maskError as yogaMaskError, type YogaServerOptions } from 'graphql-yoga';
import { DbError } from '../../db/index.ts';
import { isUnsupportedText } from '../../extract/language.ts';
import { DATABASE_RETRY_AFTER_S } from '../errors.ts';

type MaskedErrors = Exclude<YogaServerOptions<Record<string, unknown>, Record<string, unknown>>['maskedErrors'], boolean | undefined>;

/** By name, not instanceof: graphql may be loaded twice (ESM and CJS copies). */
function isGraphQLError(e: unknown): e is GraphQLError {
  return e instanceof Error && e.name === 'GraphQLError';
}

export function rootCause(error: unknown): unknown {
  let e = error;
  while (isGraphQLError(e) && e.originalError) e = e.originalError;
  return e;
}

/** Where the error happened in the query (path, locations), kept on the mapped error. */
function locationOf(error: unknown) {
  return isGraphQLError(error) ? { nodes: error.nodes, path: error.path, source: error.source, positions: error.positions } : {};
}

function fromDbError(err: DbError, error: unknown): GraphQLError | null {
  if (err.kind === 'unavailable') {
    return createGraphQLError('The database is not reachable; try again shortly.', {
      ...locationOf(error),
      extensions: {
        code: 'DATABASE_UNAVAILABLE',
        retryAfter: DATABASE_RETRY_AFTER_S,
        http: { status: 503, headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_S) } },
      },
    });
  }
  if (err.kind === 'timeout') {
    return createGraphQLError('The query took too long and was stopped; narrow it (fewer items, smaller depth).', {
      ...locationOf(error),
      extensions: { code: 'TIMEOUT' },
    });
  }
  return null;
}

/** The extractor's reason ("no words in the text") is the user's to act on; it never quotes the text. */
function fromRefusal(err: Error, error: unknown): GraphQLError {
  return createGraphQLError(`The article cannot be read: ${err.message}.`, {
    ...locationOf(error),
    extensions: { code: 'BAD_USER_INPUT', argument: 'input.text' },
  });
}

export function maskedErrors(dev: boolean): MaskedErrors {
  return {
    isDev: dev,
    maskError(error, message) {
      const cause = rootCause(error);
      if (cause instanceof DbError) {
        const mapped = fromDbError(cause, error);
        if (mapped) return mapped;
      }
      if (isUnsupportedText(cause)) return fromRefusal(cause, error);
      return yogaMaskError(error, message, dev);
    },
  };
}
