// The last look at every error before it is sent, whatever raised it (request parsing,
// validation, execution, a plugin): each gets a code; what it quotes of the input is cut
// short (quote.ts: graphql repeats a rejected variable whole, twice); yoga's copy of a
// malformed body in `extensions.originalError` is dropped; and graphql's bare
// "Validation aborted." says why. Stacks stay for unexpected errors in development only.
import type { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { clipMessage, QUOTE_MAX } from '../quote.ts';

type ErrorResult = { errors?: readonly GraphQLError[] };

const REWORDED: Record<string, { message: string; code: string }> = {
  // graphql stops validating when overlapping fields or fragment spreads need too much work.
  'Validation aborted.': {
    message: 'Validation aborted: the query repeats the same fields or fragments too often to be checked. Send a smaller query.',
    code: 'QUERY_TOO_COMPLEX',
  },
  'Schema is not configured to execute subscription operation.': {
    message: 'This API has no subscriptions: send a query or a mutation.',
    code: 'BAD_REQUEST',
  },
};

/** A code for an error that came without one. */
function defaultCode(error: GraphQLError): string {
  if (error.path) return 'INTERNAL_SERVER_ERROR';
  if (error.message.startsWith('Variable "$')) return 'BAD_USER_INPUT';
  return 'BAD_REQUEST';
}

function clipStrings(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? clipMessage(v, QUOTE_MAX) : v]));
}

/** The original error of an unexpected failure, in development: its message cut short, its stack kept. */
function devOriginal(original: unknown): Record<string, unknown> | undefined {
  if (typeof original !== 'object' || original === null) return undefined;
  const { message, stack } = original as { message?: unknown; stack?: unknown };
  return {
    ...(typeof message === 'string' ? { message: clipMessage(message) } : {}),
    ...(typeof stack === 'string' ? { stack: clipMessage(stack, 4000) } : {}),
  };
}

export function safeError(error: GraphQLError, dev: boolean): GraphQLError {
  const { originalError, http, code, ...rest } = (error.extensions ?? {}) as Record<string, unknown>;
  const reworded = REWORDED[error.message];
  const finalCode = reworded?.code ?? (typeof code === 'string' && code ? code : defaultCode(error));
  const original = dev && finalCode === 'INTERNAL_SERVER_ERROR' ? devOriginal(originalError) : undefined;
  // Without its originalError a request error marked `spec` would turn 200 under yoga's rules:
  // keep its status as it was.
  const httpOut = http && typeof http === 'object' && originalError !== undefined && !original ? { ...http, spec: false } : http;
  return createGraphQLError(reworded?.message ?? clipMessage(error.message), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: {
      code: finalCode,
      ...clipStrings(rest),
      ...(original ? { originalError: original } : {}),
      ...(httpOut ? { http: httpOut } : {}),
    },
  });
}

function isErrorResult(result: unknown): result is ErrorResult {
  return typeof result === 'object' && result !== null && Array.isArray((result as ErrorResult).errors);
}

export function useSafeErrors(dev: boolean): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (!isErrorResult(result) || !result.errors?.length) return;
      setResult({ ...result, errors: result.errors.map((e) => safeError(e, dev)) });
    },
  };
}
