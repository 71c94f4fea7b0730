// The API's error vocabulary: GraphQLErrors with an extension code clients can rely on.
// Anything else is mapped (database errors) or masked (bugs) by plugins/errors.ts.
// Built with yoga's createGraphQLError: its GraphQLError class is the one yoga recognises
// (a bundler may load a second copy of graphql for our own imports).
import { createGraphQLError } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'PAYLOAD_TOO_LARGE'
  | 'DATABASE_UNAVAILABLE'
  | 'SERVER_BUSY'
  | 'TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PAYLOAD_TOO_LARGE: 413,
  DATABASE_UNAVAILABLE: 503,
  SERVER_BUSY: 503,
};

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  const status = HTTP_STATUS[code];
  return createGraphQLError(message, { extensions: { code, ...extra, ...(status ? { http: { status } } : {}) } });
}

export const badInput = (message: string, extra?: Record<string, unknown>) => apiError('BAD_USER_INPUT', message, extra);

export const notFound = (what: string, id: string) => apiError('NOT_FOUND', `No ${what} with id ${JSON.stringify(id)}`, { id });
