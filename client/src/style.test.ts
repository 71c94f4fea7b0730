import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { EDGE_LEGEND, stylesheet, TYPE_STYLES, typeStyle } from './style.ts';
import { toElements } from './to-elements.ts';
import { NODE_TYPES } from './types.ts';

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
};

describe('stylesheet', () => {
  it('gives every node type its own colour and a legend label', () => {
    for (const t of NODE_TYPES) expect(typeStyle(t)?.label).toBeTruthy();
    expect(new Set(TYPE_STYLES.map((t) => t.colour)).size).toBe(TYPE_STYLES.length);
  });

  it('is accepted by cytoscape and colours nodes by type, sizes by weight, widths by count', () => {
    const elements = toElements({
      nodes: [
        { id: 'p', type: 'Person', label: 'Yevgeny Primakov', kind: null, date: null, weight: 9 },
        { id: 'o', type: 'Organisation', label: 'NATO', kind: null, date: null, weight: 1 },
      ],
      edges: [{ id: 'e', source: 'p', target: 'o', type: 'SAID_TO', count: 4, firstDate: null, lastDate: null, statementIds: [] }],
    });
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements });
    const person = cy.getElementById('p');
    expect(person.style('background-color').replace(/\s/g, '')).toBe(rgb(typeStyle('Person')?.colour ?? ''));
    expect(person.style('shape')).toBe('ellipse');
    expect(cy.getElementById('o').style('shape')).toBe('round-rectangle');
    expect(parseFloat(person.style('width'))).toBeGreaterThan(parseFloat(cy.getElementById('o').style('width')));
    expect(parseFloat(cy.getElementById('e').style('width'))).toBeGreaterThan(1);
    cy.destroy();
  });

  it('has a legend line for every edge type the stylesheet draws, drawn as the legend shows it', () => {
    const styled = new Set(stylesheet().flatMap((r) => [...r.selector.matchAll(/edge\[type = "(\w+)"\]/g)].map((m) => m[1])));
    const legend = EDGE_LEGEND.flatMap((e) => e.types);
    expect([...styled].filter((t) => !legend.includes(t ?? ''))).toEqual([]);
    expect(legend).toEqual(expect.arrayContaining(['SAID_TO', 'SAID_ABOUT', 'AFFILIATED_WITH', 'HOLDS_ROLE']));

    const nodes = [
      { group: 'nodes' as const, data: { id: 'a', type: 'Person' } },
      { group: 'nodes' as const, data: { id: 'b', type: 'Organisation' } },
    ];
    const edges = legend.map((type) => ({ group: 'edges' as const, data: { id: type, source: 'a', target: 'b', type, width: 2 } }));
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements: [...nodes, ...edges] });
    for (const e of EDGE_LEGEND) {
      for (const type of e.types) {
        const edge = cy.getElementById(type);
        expect(edge.style('line-style'), type).toBe(e.line);
        expect(edge.style('line-color').replace(/\s/g, ''), type).toBe(rgb(e.colour));
      }
    }
    // The two kinds of tie are told apart.
    const tie = (t: string) => EDGE_LEGEND.find((e) => e.types.includes(t));
    expect(tie('AFFILIATED_WITH')?.colour).not.toBe(tie('HOLDS_ROLE')?.colour);
    cy.destroy();
  });
});
