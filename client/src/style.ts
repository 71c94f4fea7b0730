// The network's look: one colour and one shape per node type (shape too, so the types stay
// apart in print and for colour-blind readers), edges by relation, and the highlight states.
import type { StylesheetStyle } from 'cytoscape';
import type { NodeType } from './types.ts';

type Shape = 'ellipse' | 'round-rectangle' | 'round-hexagon' | 'round-diamond' | 'round-tag';

export interface TypeStyle {
  type: NodeType;
  /** Legend wording. */
  label: string;
  colour: string;
  border: string;
  shape: Shape;
}

export const TYPE_STYLES: readonly TypeStyle[] = [
  { type: 'Person', label: 'Person', colour: '#4a7fc1', border: '#2d5a94', shape: 'ellipse' },
  { type: 'Organisation', label: 'Organisation', colour: '#e0913f', border: '#b06a1f', shape: 'round-rectangle' },
  { type: 'Country', label: 'Country', colour: '#4f9d6e', border: '#2f7049', shape: 'round-hexagon' },
  { type: 'Place', label: 'Place', colour: '#9a82c4', border: '#6d559a', shape: 'round-diamond' },
  { type: 'Source', label: 'Unnamed source', colour: '#b4b9c0', border: '#7c828a', shape: 'ellipse' },
  { type: 'Statement', label: 'Statement', colour: '#f3e3a6', border: '#b8962e', shape: 'round-tag' },
];

const EDGE = '#9aa3ad';
const SAID_TO = '#6b7682';
const AFFILIATION = '#b7bec6';
const ROLE = '#c49a6c';

export interface EdgeStyle {
  /** The edge types drawn this way. */
  types: readonly string[];
  label: string;
  line: 'solid' | 'dashed' | 'dotted';
  colour: string;
}

/** Every kind of line the map draws, as the legend (and the PNG's legend) shows it. */
export const EDGE_LEGEND: readonly EdgeStyle[] = [
  { types: ['SAID_TO'], label: 'said to', line: 'solid', colour: SAID_TO },
  { types: ['SAID_ABOUT'], label: 'said about', line: 'dashed', colour: EDGE },
  { types: ['AFFILIATED_WITH'], label: 'affiliated with', line: 'dotted', colour: AFFILIATION },
  { types: ['HOLDS_ROLE'], label: 'holds a role in', line: 'dotted', colour: ROLE },
  { types: ['SAID', 'TO'], label: 'said, to (statement nodes)', line: 'solid', colour: EDGE },
  { types: ['ABOUT'], label: 'about (statement nodes)', line: 'dashed', colour: EDGE },
];

export const HIGHLIGHT = '#d6336c';
const INK = '#1f2328';

export function typeStyle(type: string): TypeStyle | undefined {
  return TYPE_STYLES.find((t) => t.type === type);
}

export function stylesheet(): StylesheetStyle[] {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': '#ccc',
        'border-width': 1.5,
        'border-color': '#999',
        label: 'data(label)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 11,
        color: INK,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        // Labels disappear when zoomed out far enough that they would be illegible.
        'min-zoomed-font-size': 7,
        'overlay-opacity': 0,
      },
    },
    ...TYPE_STYLES.map(
      (t): StylesheetStyle => ({
        selector: `node[type = "${t.type}"]`,
        style: { 'background-color': t.colour, 'border-color': t.border, shape: t.shape },
      }),
    ),
    { selector: 'node[type = "Source"]', style: { 'border-style': 'dashed', 'font-style': 'italic' } },
    {
      selector: 'node[type = "Statement"]',
      style: { 'text-wrap': 'wrap', 'text-max-width': '160px', 'font-size': 9, color: '#4d4433', width: 16, height: 12 },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': EDGE,
        'target-arrow-color': EDGE,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        opacity: 0.85,
        'overlay-opacity': 0,
      },
    },
    { selector: 'edge[type = "SAID_TO"]', style: { 'line-color': SAID_TO, 'target-arrow-color': SAID_TO } },
    { selector: 'edge[type = "SAID_ABOUT"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
    {
      selector: 'edge[type = "AFFILIATED_WITH"], edge[type = "HOLDS_ROLE"]',
      style: { 'line-style': 'dotted', 'target-arrow-shape': 'none', 'line-color': AFFILIATION },
    },
    { selector: 'edge[type = "HOLDS_ROLE"]', style: { 'line-color': ROLE } },
    { selector: 'edge[type = "SAID"], edge[type = "TO"], edge[type = "ABOUT"]', style: { width: 1, 'arrow-scale': 0.6 } },
    { selector: 'edge[type = "ABOUT"]', style: { 'line-style': 'dashed' } },
    { selector: 'node.hover', style: { 'border-width': 3, 'border-color': '#555' } },
    { selector: 'edge.hover', style: { 'line-color': '#3b434c', 'target-arrow-color': '#3b434c', opacity: 1 } },
    { selector: 'node.focus', style: { 'border-width': 3, 'border-color': INK, 'font-weight': 'bold' } },
    { selector: 'node.chosen', style: { 'border-width': 4, 'border-color': HIGHLIGHT, 'font-weight': 'bold' } },
    { selector: 'edge.chosen', style: { 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, opacity: 1 } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': HIGHLIGHT, 'font-weight': 'bold', 'text-opacity': 1 } },
    // Large views: straight "haystack" edges draw far faster than bezier curves.
    { selector: 'edge.fast', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } },
    { selector: '.gone', style: { display: 'none' } },
    {
      selector: 'edge.path',
      style: { 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, width: 4, opacity: 1, 'z-index': 10 },
    },
  ];
}
