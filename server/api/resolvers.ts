// Thin resolvers: arguments → named Cypher query → plain rows.
import type { ApiContext } from './context.ts';

export const resolvers = {
  Query: {
    stats: async (_: unknown, __: unknown, { db }: ApiContext) => {
      const [row] = await db.read('api/stats');
      return row ?? { articles: 0, entities: 0, statements: 0 };
    },
  },
};
