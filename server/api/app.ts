// Builds the GraphQL server (graphql-yoga, schema-first). Listening is server/http.ts's job,
// so tests can call `app.fetch(...)` with no open port. Each concern of hardening is one
// plugin under plugins/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga } from 'graphql-yoga';
import type { Config } from '../config.ts';
import type { Db } from '../db/index.ts';
import type { AppContext } from './context.ts';
import { createLoaders } from './loaders.ts';
import { armorPlugins } from './plugins/armor.ts';
import { useAuth } from './plugins/auth.ts';
import { useBodyLimit } from './plugins/body-limit.ts';
import { useCostBudget } from './plugins/budget.ts';
import { useContentType } from './plugins/content-type.ts';
import { corsOptions } from './plugins/cors.ts';
import { maskedErrors } from './plugins/errors.ts';
import { introspectionAllowed, useIntrospection } from './plugins/introspection.ts';
import { useSafeErrors } from './plugins/safe-errors.ts';
import { resolvers } from './resolvers.ts';

const SDL = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema.graphql'), 'utf8');

export function createApp({ db, config }: { db: Db; config: Config }) {
  const schema = makeExecutableSchema({ typeDefs: SDL, resolvers });
  const dev = config.NODE_ENV === 'development';
  return createYoga<Record<string, unknown>, AppContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: dev,
    landingPage: false,
    maskedErrors: maskedErrors(dev),
    cors: corsOptions(config),
    plugins: [
      useBodyLimit(config.MAX_REQUEST_BYTES),
      useContentType(),
      ...armorPlugins(dev),
      useIntrospection(introspectionAllowed(config)),
      useAuth(config),
      useCostBudget(config),
      useSafeErrors(dev),
    ],
    context: () => ({ db, config, loaders: createLoaders(db) }),
  });
}

export type App = ReturnType<typeof createApp>;
