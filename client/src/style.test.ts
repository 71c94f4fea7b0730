import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { stylesheet, TYPE_STYLES, typeStyle } from './style.ts';
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
});
