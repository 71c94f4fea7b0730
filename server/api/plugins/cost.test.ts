import fs from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { resultCost, UNSIZED_LIST } from './cost.ts';

const schema = buildSchema(fs.readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
const cost = (query: string, variables: Record<string, unknown> = {}, cap?: number) => resultCost(schema, parse(query), variables, null, cap);
const GRAPH = 'nodes { id } edges { id }';

describe('result cost', () => {
  it('grows with the arguments that size a neighbourhood', () => {
    const small = cost(`{ neighbourhood(id: "x", depth: 1, limit: 150) { ${GRAPH} } }`);
    expect(small).toBe(150 * 3);
    expect(cost(`{ neighbourhood(id: "x", depth: 3, limit: 500, withStatements: true) { ${GRAPH} } }`)).toBe(4500 * 3);
    // The schema's defaults (depth 1, limit 150) when an argument is left out.
    expect(cost(`{ neighbourhood(id: "x") { ${GRAPH} } }`)).toBe(small);
  });

  it('reads arguments from variables, and the defaults of the variables', () => {
    const q = `query ($d: Int = 2, $s: Boolean) { neighbourhood(id: "x", depth: $d, limit: 100, withStatements: $s) { ${GRAPH} } }`;
    expect(cost(q)).toBe(200 * 3);
    expect(cost(q, { d: 3, s: true })).toBe(900 * 3);
  });

  it('adds up aliases', () => {
    const one = `neighbourhood(id: "x", depth: 3, limit: 500, withStatements: true) { ${GRAPH} }`;
    const aliases = Array.from({ length: 15 }, (_, i) => `n${i}: ${one}`).join(' ');
    expect(cost(`{ ${aliases} }`)).toBe(15 * 4500 * 3);
  });

  it('multiplies nested lists, through fragments too', () => {
    const statement = 'id speaker { id } about { id }';
    const direct = cost(`{ entity(id: "x") { statementsMade(first: 100) { ${statement} } } }`);
    expect(direct).toBe(1 + 100 * (1 + 1 + UNSIZED_LIST));
    const viaFragment = cost(`{ entity(id: "x") { ...F } } fragment F on Entity { statementsMade(first: 100) { ... on Statement { ${statement} } } }`);
    expect(viaFragment).toBe(direct);
    expect(cost(`{ search(text: "x", first: 50) { entity { statementsMade(first: 500) { about { statementsMade(first: 500) { id } } } } } }`)).toBeGreaterThan(1e7);
  });

  it('counts a scalar as free and stops counting past the cap', () => {
    expect(cost('{ stats { articles } }')).toBe(1);
    expect(cost('{ __typename }')).toBe(0);
    const huge = 'search(text: "x", first: 50) { entity { statementsMade(first: 500) { about { statementsMade(first: 500) { id } } } } }';
    const one = cost(`{ ${huge} }`);
    expect(cost(`{ a: ${huge} b: ${huge} c: ${huge} }`, {}, 1000)).toBe(one);
    expect(cost(`{ a: ${huge} b: ${huge} c: ${huge} }`)).toBe(3 * one);
  });
});
