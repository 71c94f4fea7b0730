// What every resolver gets: the database and the configuration, per request.
import type { Config } from '../config.ts';
import type { Db } from '../db/index.ts';

export interface ApiContext {
  db: Db;
  config: Config;
}
