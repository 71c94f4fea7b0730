// Typed calls to the GraphQL API. Every failure becomes an ApiError whose message says
// what went wrong in words an analyst can act on (the API is down, a query failed).
import type { Article, Entity, Graph, SearchHit, Statement, Stats } from './types.ts';

export class ApiError extends Error {
  /** True when the API could not be reached at all (network down, server stopped). */
  readonly unreachable: boolean;
  constructor(message: string, unreachable = false) {
    super(message);
    this.name = 'ApiError';
    this.unreachable = unreachable;
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string }[];
}

const ENDPOINT = '/graphql';

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError('The API is not reachable. Is the server running?', true);
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await res.json()) as GraphQLResponse<T>;
  } catch {
    const unreachable = res.status >= 500;
    throw new ApiError(`The API answered ${res.status} ${res.statusText} instead of GraphQL.`, unreachable);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(`The API reported an error: ${first.message}`);
  if (!res.ok || !body.data) throw new ApiError(`The API answered ${res.status} ${res.statusText} with no data.`);
  return body.data;
}

const ENTITY_REF = 'id type name';
const STATEMENT = `id kind text date cue
  speaker { ${ENTITY_REF} } audience { ${ENTITY_REF} } audienceText about { ${ENTITY_REF} } via { ${ENTITY_REF} }
  article { id title published source url } span { start end }`;
const GRAPH = `nodes { id type label kind date weight }
  edges { id source target type count firstDate lastDate statementIds }`;

export async function search(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const q = `query Search($text: String!) { search(text: $text, first: 8) { score entity { ${ENTITY_REF} aliases } } }`;
  return (await gql<{ search: SearchHit[] }>(q, { text }, signal)).search;
}

export async function entity(id: string): Promise<Entity | null> {
  const q = `query Entity($id: ID!) { entity(id: $id) {
    ${ENTITY_REF} aliases titles wikidata affiliation { ${ENTITY_REF} }
    roles { title asOf from to source organisation { ${ENTITY_REF} } }
    candidates { ${ENTITY_REF} }
    counts { mentions articles statementsMade statementsAbout statementsHeard }
    statementsMade(first: 100) { ${STATEMENT} }
    statementsAbout(first: 100) { ${STATEMENT} } } }`;
  return (await gql<{ entity: Entity | null }>(q, { id })).entity;
}

export async function neighbourhood(id: string, withStatements: boolean): Promise<Graph> {
  const q = `query Neighbourhood($id: ID!, $withStatements: Boolean) {
    neighbourhood(id: $id, depth: 1, limit: 150, withStatements: $withStatements) { ${GRAPH} } }`;
  return (await gql<{ neighbourhood: Graph }>(q, { id, withStatements })).neighbourhood;
}

export async function path(from: string, to: string): Promise<Graph> {
  const q = `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { ${GRAPH} } }`;
  return (await gql<{ path: Graph }>(q, { from, to })).path;
}

/** Statements from one actor to or about another (what an edge between them aggregates). */
export async function between(from: string, to: string): Promise<Statement[]> {
  const q = `query Between($from: ID!, $to: ID!) { whoSaidWhatToWhom(from: $from, to: $to, first: 100) { ${STATEMENT} } }`;
  return (await gql<{ whoSaidWhatToWhom: Statement[] }>(q, { from, to })).whoSaidWhatToWhom;
}

export async function article(id: string): Promise<Article | null> {
  const q = `query Article($id: ID!) { article(id: $id) { id title published source url text
    mentions { start end entity { ${ENTITY_REF} } } statements { ${STATEMENT} } } }`;
  return (await gql<{ article: Article | null }>(q, { id })).article;
}

export async function stats(): Promise<Stats> {
  const q = 'query Stats { stats { articles entities statements firstDate lastDate } }';
  return (await gql<{ stats: Stats }>(q)).stats;
}
