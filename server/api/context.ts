// What every resolver gets: the database, the configuration, and DataLoaders created
// fresh for each request (server/api/loaders.ts), besides yoga's request and params.
import type { YogaInitialContext } from 'graphql-yoga';
import type { Config } from '../config.ts';
import type { Db } from '../db/index.ts';
import type { Loaders } from './loaders.ts';

export interface AppContext {
  db: Db;
  config: Config;
  loaders: Loaders;
}

export type ApiContext = YogaInitialContext & AppContext;
