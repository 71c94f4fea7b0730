// Thin resolvers: arguments → named Cypher query → plain rows; related objects by id
// through per-request DataLoaders. One file per group of types under resolvers/.
import { Entity } from './resolvers/entity.ts';
import { Mutation } from './resolvers/mutation.ts';
import { Connections, Query, SearchHit } from './resolvers/query.ts';
import { Article, Statement } from './resolvers/statement.ts';

export const resolvers = { Query, Mutation, SearchHit, Entity, Statement, Article, ...Connections };
