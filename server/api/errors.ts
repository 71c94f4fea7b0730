// The API's error vocabulary: GraphQLErrors with an extension code clients can rely on.
// Anything else is mapped (database errors, the extractor's refusal) or masked (bugs) by
// plugins/errors.ts. Messages quote input only through quote.ts.
// Built with yoga's createGraphQLError: its GraphQLError class is the one yoga recognises
// (a bundler may load a second copy of graphql for our own imports).
import { createGraphQLError } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';
import { quote } from './quote.ts';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'DATABASE_UNAVAILABLE'
  | 'SERVER_BUSY'
  | 'TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  DATABASE_UNAVAILABLE: 503,
  SERVER_BUSY: 503,
};

/** Seconds a client should wait before retrying while the database is unreachable. */
export const DATABASE_RETRY_AFTER_S = 5;

export interface ErrorOptions {
  /** HTTP headers for the response (yoga copies them from `extensions.http.headers`). */
  headers?: Record<string, string>;
}

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}, options: ErrorOptions = {}): GraphQLError {
  const status = HTTP_STATUS[code];
  const http = status || options.headers ? { http: { ...(status ? { status } : {}), ...(options.headers ? { headers: options.headers } : {}) } } : {};
  return createGraphQLError(message, { extensions: { code, ...extra, ...http } });
}

export const badInput = (message: string, extra?: Record<string, unknown>) => apiError('BAD_USER_INPUT', message, extra);

export const notFound = (what: string, id: string) => apiError('NOT_FOUND', `No ${what} with id ${quote(id)}`);
