// Pure: the view state ⇄ the URL query, so a reload or a shared link restores the view.
// Defaults are left out of the URL; anything unknown or malformed in a URL is ignored.
import { NODE_TYPES, type NodeType, type StatementKind } from './types.ts';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface ViewState {
  /** Entities whose neighbourhoods make up the view, in the order they were opened. */
  focus: string[];
  /** The entity shown in the side panel. */
  selected: string | null;
  /** Node types shown. */
  types: NodeType[];
  /** Year range of statements shown (inclusive); null is open. */
  from: number | null;
  to: number | null;
  kind: StatementKind | null;
  layout: LayoutName;
  /** Statements drawn as nodes of their own. */
  statements: boolean;
  /** Nodes the analyst hid. */
  hidden: string[];
  path: { from: string; to: string } | null;
}

export const DEFAULT_STATE: ViewState = {
  focus: [],
  selected: null,
  types: [...NODE_TYPES],
  from: null,
  to: null,
  kind: null,
  layout: 'fcose',
  statements: false,
  hidden: [],
  path: null,
};

const MAX_IDS = 50;
const MAX_ID_LENGTH = 300;

function ids(params: URLSearchParams, key: string): string[] {
  const out: string[] = [];
  for (const v of params.getAll(key)) {
    const id = v.trim();
    if (id && id.length <= MAX_ID_LENGTH && !out.includes(id)) out.push(id);
  }
  return out.slice(0, MAX_IDS);
}

function id(params: URLSearchParams, key: string): string | null {
  return ids(params, key)[0] ?? null;
}

function year(params: URLSearchParams, key: string): number | null {
  const v = params.get(key);
  if (!v || !/^\d{4}$/.test(v)) return null;
  return Number(v);
}

function isNodeType(v: string): v is NodeType {
  return (NODE_TYPES as readonly string[]).includes(v);
}

function isLayout(v: string): v is LayoutName {
  return (LAYOUTS as readonly string[]).includes(v);
}

export function parseState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const typesParam = p.get('types');
  const types = typesParam === null ? [...NODE_TYPES] : NODE_TYPES.filter((t) => typesParam.split(',').some((v) => v === t && isNodeType(v)));
  let from = year(p, 'from');
  let to = year(p, 'to');
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const kind = p.get('kind');
  const layout = p.get('layout') ?? '';
  const pathFrom = id(p, 'pathFrom');
  const pathTo = id(p, 'pathTo');
  return {
    focus: ids(p, 'focus'),
    selected: id(p, 'sel'),
    types,
    from,
    to,
    kind: kind === 'direct' || kind === 'indirect' ? kind : null,
    layout: isLayout(layout) ? layout : DEFAULT_STATE.layout,
    statements: p.get('stmts') === '1',
    hidden: ids(p, 'hide'),
    path: pathFrom && pathTo ? { from: pathFrom, to: pathTo } : null,
  };
}

/** The query string for a state, with a leading `?`, or '' for the default view. */
export function formatState(s: ViewState): string {
  const p = new URLSearchParams();
  for (const f of s.focus) p.append('focus', f);
  if (s.selected) p.set('sel', s.selected);
  if (s.types.length !== NODE_TYPES.length || !NODE_TYPES.every((t) => s.types.includes(t))) {
    p.set('types', NODE_TYPES.filter((t) => s.types.includes(t)).join(','));
  }
  if (s.from !== null) p.set('from', String(s.from));
  if (s.to !== null) p.set('to', String(s.to));
  if (s.kind) p.set('kind', s.kind);
  if (s.layout !== DEFAULT_STATE.layout) p.set('layout', s.layout);
  if (s.statements) p.set('stmts', '1');
  for (const h of s.hidden) p.append('hide', h);
  if (s.path) {
    p.set('pathFrom', s.path.from);
    p.set('pathTo', s.path.to);
  }
  const q = p.toString();
  return q ? `?${q}` : '';
}
