// Cost by result size: about how many objects an operation can return, from the arguments
// that size its lists (first, limit, depth, maxHops) multiplied down the selection.
// graphql-armor's cost limit weighs the query's shape only, so to it
// `neighbourhood(depth: 3, limit: 500, withStatements: true)` costs what `limit: 1` does.
// Types are read by shape (getFields, ofType), not with graphql's isListType & co.: under
// vitest our 'graphql' is another copy than the schema's, and those checks refuse it.
import { getOperationAST, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode, type ValueNode } from 'graphql';

type Args = Record<string, unknown>;
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 1);

/** How many items a field returns, by its arguments ("Type.field"). */
const SIZED: Record<string, (a: Args) => number> = {
  'Query.search': (a) => num(a.first),
  'Query.statements': (a) => num(a.first),
  'Query.articles': (a) => num(a.first),
  'Query.whoSaidWhatToWhom': (a) => num(a.first),
  // Up to `limit` actors found over `depth` hops (a query each); with statements, as many
  // statement nodes again, each with its SAID/TO/ABOUT edges.
  'Query.neighbourhood': (a) => num(a.limit) * num(a.depth) * (a.withStatements === true ? 3 : 1),
  // A path has at most maxHops edges, but each hop widens a breadth-first search.
  'Query.path': (a) => 10 * num(a.maxHops),
  'Entity.statementsMade': (a) => num(a.first),
  'Entity.statementsAbout': (a) => num(a.first),
  // Sized by the field that returned the graph or the connection.
  'Graph.nodes': () => 1,
  'Graph.edges': () => 1,
  'StatementConnection.edges': () => 1,
  'ArticleConnection.edges': () => 1,
};

/** The typical length of a list no argument bounds (aliases, audience, mentions…). */
export const UNSIZED_LIST = 10;

interface Walk {
  schema: GraphQLSchema;
  variables: Args;
  fragments: Map<string, FragmentDefinitionNode>;
  /** Stop counting past this: the answer is "too much" already. */
  cap: number;
}

/** A type as the schema holds it: wrappers (list, non-null) have ofType, objects getFields. */
interface TypeShape {
  name?: string;
  ofType?: TypeShape;
  getFields?: () => Record<string, FieldShape>;
  toString(): string;
}
interface FieldShape {
  name: string;
  type: TypeShape;
  args: readonly { name: string; defaultValue?: unknown }[];
}

const isList = (t: TypeShape): boolean => t.toString().replace(/!$/, '').startsWith('[');
const named = (t: TypeShape): TypeShape => (t.ofType ? named(t.ofType) : t);

/** The plain value of a literal or variable (numbers and booleans are all that size lists). */
function valueOf(node: ValueNode, variables: Args): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.BOOLEAN:
      return node.value;
    default:
      return undefined;
  }
}

/** A field's arguments: as given, else the schema's defaults. */
function argsOf(def: FieldShape, given: readonly { name: { value: string }; value: ValueNode }[], variables: Args): Args {
  const out: Args = {};
  for (const a of def.args) out[a.name] = a.defaultValue;
  for (const a of given) {
    const v = valueOf(a.value, variables);
    if (v !== undefined && v !== null) out[a.name.value] = v;
  }
  return out;
}

function selectionCost(w: Walk, set: SelectionSetNode, parent: TypeShape, times: number): number {
  let total = 0;
  for (const sel of set.selections) {
    if (total > w.cap) break;
    if (sel.kind === Kind.FIELD) {
      const def = parent.getFields?.()[sel.name.value];
      if (!def || !sel.selectionSet) continue; // scalars are free; __typename, introspection
      const sized = SIZED[`${parent.name}.${def.name}`];
      const count = sized ? sized(argsOf(def, sel.arguments ?? [], w.variables)) : isList(def.type) ? UNSIZED_LIST : 1;
      const items = times * count;
      total += items + selectionCost(w, sel.selectionSet, named(def.type), items);
    } else {
      const fragment = sel.kind === Kind.FRAGMENT_SPREAD ? w.fragments.get(sel.name.value) : sel;
      if (!fragment) continue;
      const onType = fragment.typeCondition ? (w.schema.getType(fragment.typeCondition.name.value) as TypeShape | undefined) : parent;
      if (onType) total += selectionCost(w, fragment.selectionSet, onType, times);
    }
  }
  return total;
}

/** Variables as sent, with the operation's defaults for those not sent. */
function variablesWithDefaults(operation: NonNullable<ReturnType<typeof getOperationAST>>, raw: Args): Args {
  const out: Args = { ...raw };
  for (const d of operation.variableDefinitions ?? []) {
    const name = d.variable.name.value;
    if ((out[name] === undefined || out[name] === null) && d.defaultValue) out[name] = valueOf(d.defaultValue, {});
  }
  return out;
}

/**
 * The result cost of the operation to run: objects it may return (scalars are free).
 * Past `cap` it stops counting and returns what it has (more than `cap`). A missing or
 * odd argument counts as its default or 1: execution refuses it with a clear error.
 */
export function resultCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  rawVariables: Args | null | undefined,
  operationName: string | null | undefined,
  cap = Number.POSITIVE_INFINITY,
): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  const root = schema.getRootType(operation.operation) as TypeShape | null | undefined;
  if (!root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const variables = variablesWithDefaults(operation, rawVariables ?? {});
  return selectionCost({ schema, variables, fragments, cap }, operation.selectionSet, root, 1);
}
