// Introspection (the whole schema on request) is for development and tools; in production
// it is off unless ALLOW_INTROSPECTION is set. __typename stays allowed.
import type { FieldNode, ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Config } from '../../config.ts';

export function introspectionAllowed(config: Pick<Config, 'NODE_ENV' | 'ALLOW_INTROSPECTION'>): boolean {
  return config.ALLOW_INTROSPECTION ?? config.NODE_ENV !== 'production';
}

/**
 * __schema and __type are the only ways into the introspection types. Written here rather
 * than graphql's NoSchemaIntrospectionCustomRule, whose type checks refuse the schema when
 * a second copy of graphql is loaded (as under vitest).
 */
function noIntrospection(context: ValidationContext) {
  return {
    Field(node: FieldNode) {
      if (node.name.value !== '__schema' && node.name.value !== '__type') return;
      context.reportError(
        createGraphQLError(`Introspection is disabled on this server (${node.name.value}); set ALLOW_INTROSPECTION=true to enable it.`, {
          nodes: node,
          extensions: { code: 'INTROSPECTION_DISABLED' },
        }),
      );
    },
  };
}

export function useIntrospection(allowed: boolean): Plugin {
  return {
    onValidate({ addValidationRule }) {
      if (!allowed) addValidationRule(noIntrospection);
    },
  };
}
