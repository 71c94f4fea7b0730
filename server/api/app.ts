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
import type { Logger } from '../log.ts';
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
import { yogaLogger } from './plugins/logging.ts';
import { useSafeErrors } from './plugins/safe-errors.ts';
import { resolvers } from './resolvers.ts';

const SDL = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema.graphql'), 'utf8');

/** `log`: the app's logger, for yoga's own lines; without one (tests), yoga logs warnings and errors to the console. */
export function createApp({ db, config, log }: { db: Db; config: Config; log?: Logger }) {
  const schema = makeExecutableSchema({ typeDefs: SDL, resolvers });
  const dev = config.NODE_ENV === 'development';
  return createYoga<Record<string, unknown>, AppContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: dev,
    landingPage: false,
    logging: log ? yogaLogger(log) : 'warn',
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
