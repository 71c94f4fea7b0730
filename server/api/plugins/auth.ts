// Bearer tokens. Mutations need WRITE_TOKEN (and are refused outright when it is not
// set); queries are open unless READ_TOKEN is set, and then need it (or the write token).
import { createHash, timingSafeEqual } from 'node:crypto';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../../config.ts';
import { apiError } from '../errors.ts';

export function bearer(header: string | null): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m?.[1] ?? null;
}

/** Constant-time comparison (hashes first, so lengths do not leak either). */
export function same(given: string | null, expected: string | undefined): boolean {
  if (given === null || !expected) return false;
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function useAuth(config: Pick<Config, 'WRITE_TOKEN' | 'READ_TOKEN'>): Plugin {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName)?.operation;
      const token = bearer(args.contextValue.request.headers.get('authorization'));
      if (operation === 'mutation') {
        if (!config.WRITE_TOKEN) {
          throw apiError('FORBIDDEN', 'Changes are disabled on this server: it has no WRITE_TOKEN set.');
        }
        if (!same(token, config.WRITE_TOKEN)) {
          throw apiError('UNAUTHENTICATED', 'This change needs the write token: send "Authorization: Bearer <WRITE_TOKEN>".');
        }
        return;
      }
      if (config.READ_TOKEN && !same(token, config.READ_TOKEN) && !same(token, config.WRITE_TOKEN)) {
        throw apiError('UNAUTHENTICATED', 'This server needs a token to read: send "Authorization: Bearer <READ_TOKEN>".');
      }
    },
  };
}
