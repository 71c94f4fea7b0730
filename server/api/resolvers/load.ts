// Helpers for resolvers that load related objects by id through the request's loaders.
import type DataLoader from 'dataloader';
import type { ApiContext } from '../context.ts';

/** A hand-typed resolver: parent, arguments, context. */
export type Resolver<P, A, R> = (parent: P, args: A, ctx: ApiContext) => R | Promise<R>;

export type NoArgs = Record<string, never>;

/** Loads many ids and drops the ones that no longer exist (so non-null lists stay valid). */
export async function loadAll<V>(loader: DataLoader<string, V | null>, ids: readonly string[]): Promise<V[]> {
  const out: V[] = [];
  for (const v of await loader.loadMany(ids)) {
    if (v instanceof Error) throw v;
    if (v !== null) out.push(v);
  }
  return out;
}

export async function loadOne<V>(loader: DataLoader<string, V | null>, id: string | null): Promise<V | null> {
  return id === null ? null : loader.load(id);
}
