// Builds the GraphQL server (graphql-yoga, schema-first). Listening is server/http.ts's job,
// so tests can call `app.fetch(...)` with no open port.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga } from 'graphql-yoga';
import type { Config } from '../config.ts';
import type { Db } from '../db/index.ts';
import type { ApiContext } from './context.ts';
import { resolvers } from './resolvers.ts';

const SDL = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema.graphql'), 'utf8');

export function createApp({ db, config }: { db: Db; config: Config }) {
  const schema = makeExecutableSchema<ApiContext>({ typeDefs: SDL, resolvers });
  const dev = config.NODE_ENV === 'development';
  return createYoga<Record<string, unknown>, ApiContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: dev,
    maskedErrors: !dev,
    landingPage: false,
    context: () => ({ db, config }),
  });
}

export type App = ReturnType<typeof createApp>;
