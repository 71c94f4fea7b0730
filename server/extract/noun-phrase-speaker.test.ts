// Speakers no finder named: bodies described, groups, unknown names, roles and nationals.
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.ts';

describe('noun phrases as speakers', () => {
  it('gives "the company" to the company last named, in either order of attribution', () => {
    const x = run('Shares in Yukos fell sharply. The company said it would appeal. "We will fight this," the company added.');
    expect(x.statements.map((s) => s.speaker)).toEqual(['org:yukos', 'org:yukos']);
  });

  it('makes a described body with nothing to refer to, or a group, an unnamed source', () => {
    expect(said('The insurer argued that shares outperformed bonds.')).toEqual([['The insurer', 'indirect', 'shares outperformed bonds']]);
    expect(said('Land owners say the reform is unfair.')).toEqual([['Land owners', 'indirect', 'the reform is unfair']]);
    const x = run('Critics of the land reform claim that the plan will fail.');
    expect(x.entities.find((e) => e.id === x.statements[0]?.speaker)?.type).toBe('Source');
  });

  it('makes an unknown name after an inverted verb an organisation', () => {
    const x = run('"Losses will keep rising," said Swiss Re.');
    expect(x.entities.find((e) => e.id === x.statements[0]?.speaker)).toMatchObject({ type: 'Organisation', name: 'Swiss Re' });
  });

  it('reads an adverb set off by commas between the subject and the verb', () => {
    expect(said('Administrators of the ranch, however, have complained that squatters took the land.')[0]?.[2]).toBe('squatters took the land');
  });

  it('never reads a clause or a pronoun as a speaking noun phrase', () => {
    expect(said('After the vote the markets said nothing.')).toEqual([]);
    expect(said('If prices rise, they said, the plan fails.').map((s) => s[0])).not.toContain('prices rise');
  });

  it('gives "the government" to the state in focus, and to no one when none is', () => {
    const x = run('Canada has long backed the shipyard. Canada and its partners will pay. The government announced that it will provide loan insurance.');
    expect(x.statements.map((s) => s.speaker)).toEqual(['country:canada']);
    const y = run('The government announced that it will provide loan insurance.');
    expect(y.entities.find((e) => e.id === y.statements[0]?.speaker)?.type).toBe('Source');
  });
});
