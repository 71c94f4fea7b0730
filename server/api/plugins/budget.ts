// What an operation may cost (plugins/cost.ts): above MAX_QUERY_COST it is refused
// (QUERY_TOO_COMPLEX); below, it is paid from its client's token bucket, so one client
// cannot keep the database busy with expensive queries (RATE_LIMITED, 429, Retry-After).
// A client is its read or write token when it sends a valid one, else its address.
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import type { Config } from '../../config.ts';
import { apiError } from '../errors.ts';
import { bearer, same } from './auth.ts';
import { resultCost } from './cost.ts';
import { TokenBuckets } from './token-bucket.ts';

type BudgetConfig = Pick<Config, 'MAX_QUERY_COST' | 'RATE_LIMIT_COST_PER_SECOND' | 'RATE_LIMIT_BURST' | 'READ_TOKEN' | 'WRITE_TOKEN'>;

/** Node's request, when served by server/http.ts (yoga merges it into the context). */
interface NodeServerContext {
  req?: { socket?: { remoteAddress?: string } };
}

export function clientKey(context: YogaInitialContext & NodeServerContext, config: BudgetConfig): string {
  const token = bearer(context.request.headers.get('authorization'));
  if (same(token, config.WRITE_TOKEN)) return 'token:write';
  if (same(token, config.READ_TOKEN)) return 'token:read';
  return `address:${context.req?.socket?.remoteAddress ?? 'unknown'}`;
}

export function useCostBudget(config: BudgetConfig): Plugin {
  const max = config.MAX_QUERY_COST;
  const perSecond = config.RATE_LIMIT_COST_PER_SECOND;
  const buckets = perSecond > 0 ? new TokenBuckets({ capacity: config.RATE_LIMIT_BURST, perSecond }) : null;
  return {
    onExecute({ args }) {
      // Counting stops well past the limit: a hostile query costs little to refuse.
      const cost = resultCost(args.schema, args.document, args.variableValues, args.operationName, 10 * max);
      if (cost > max) {
        const about = cost > 10 * max ? `more than ${10 * max}` : `about ${cost}`;
        throw apiError(
          'QUERY_TOO_COMPLEX',
          `This operation could return ${about} objects; the limit is ${max} (MAX_QUERY_COST). Ask for fewer items (first, limit, depth, withStatements) or use fewer aliases.`,
          { cost, limit: max },
        );
      }
      if (!buckets) return;
      const wait = buckets.take(clientKey(args.contextValue, config), Math.max(1, cost));
      if (wait > 0) {
        const seconds = Math.ceil(wait);
        throw apiError(
          'RATE_LIMITED',
          `Too many expensive requests from this client; retry in ${seconds} s.`,
          { retryAfter: seconds },
          { headers: { 'Retry-After': String(seconds) } },
        );
      }
    },
  };
}
