// Error masking: database errors become clear GraphQLErrors with a code
// (DATABASE_UNAVAILABLE, TIMEOUT); the API's own GraphQLErrors pass as they are; anything
// else is "Unexpected error." with no stack or Cypher outside development.
import type { GraphQLError } from 'graphql';
import { createGraphQLError, maskError as yogaMaskError, type YogaServerOptions } from 'graphql-yoga';
import { DbError } from '../../db/index.ts';

type MaskedErrors = Exclude<YogaServerOptions<Record<string, unknown>, Record<string, unknown>>['maskedErrors'], boolean | undefined>;

/** By name, not instanceof: graphql may be loaded twice (ESM and CJS copies). */
function isGraphQLError(e: unknown): e is GraphQLError {
  return e instanceof Error && e.name === 'GraphQLError';
}

function rootCause(error: unknown): unknown {
  let e = error;
  while (isGraphQLError(e) && e.originalError) e = e.originalError;
  return e;
}

function fromDbError(err: DbError, error: unknown): GraphQLError | null {
  const at = isGraphQLError(error) ? { nodes: error.nodes, path: error.path, source: error.source, positions: error.positions } : {};
  if (err.kind === 'unavailable') {
    return createGraphQLError('The database is not reachable; try again shortly.', {
      ...at,
      extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
    });
  }
  if (err.kind === 'timeout') {
    return createGraphQLError('The query took too long and was stopped; narrow it (fewer items, smaller depth).', {
      ...at,
      extensions: { code: 'TIMEOUT' },
    });
  }
  return null;
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
      return yogaMaskError(error, message, dev);
    },
  };
}
