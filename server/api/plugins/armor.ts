// Limits on the shape of a query (graphql-armor), checked before anything runs: depth,
// cost, aliases, tokens, directives; and no "did you mean" field hints outside development.
// A rejected query gets a validation error with the code QUERY_TOO_COMPLEX.
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

export const LIMITS = {
  depth: 8,
  // The client's entity view (two lists of statements with nested entities) costs ~22000.
  cost: 50_000,
  aliases: 15,
  tokens: 2000,
  directives: 20,
} as const;

/** Reports the rejection as a validation error with a code, instead of throwing it bare. */
const reject = {
  propagateOnRejection: false,
  onReject: [
    (ctx: ValidationContext | null, error: GraphQLError) =>
      ctx?.reportError(
        createGraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'QUERY_TOO_COMPLEX' } }),
      ),
  ],
};

export function armorPlugins(dev: boolean) {
  const armor = new EnvelopArmor({
    maxDepth: { n: LIMITS.depth, ignoreIntrospection: true, flattenFragments: true, exposeLimits: true, ...reject },
    costLimit: { maxCost: LIMITS.cost, exposeLimits: true, ...reject },
    maxAliases: { n: LIMITS.aliases, exposeLimits: true, ...reject },
    maxDirectives: { n: LIMITS.directives, exposeLimits: true, ...reject },
    // Counted while parsing, before there is a validation context: this one throws.
    maxTokens: { n: LIMITS.tokens, exposeLimits: true },
    blockFieldSuggestion: { enabled: !dev },
  });
  return armor.protect().plugins;
}
