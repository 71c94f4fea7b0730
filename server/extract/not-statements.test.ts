// What is not a statement: a question put to someone, speech refused or denied, a passive
// with no speaker, a document's claim credited to the person it is about, scare quotes.
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.ts';

describe('not statements', () => {
  it('reads no speech in a question put to someone', () => {
    expect(said('Prime Minister Jon Weir was asked if he would resign.')).toEqual([]);
    expect(said('Reporters asked Prime Minister Jon Weir whether he would resign.').map((s) => s[2])).not.toContain('he would resign');
  });

  it('reads no speech in refused or negated speech', () => {
    expect(said('Finance Minister Ann Cole would not say how much the plan would cost.')).toEqual([]);
    expect(said('Finance Minister Ann Cole declined to comment on the figures.')).toEqual([]);
    expect(said('Finance Minister Ann Cole refused to say whether she would stand again.')).toEqual([]);
  });

  it('gives a passive report no speaker', () => {
    expect(said('The envoy is said to be furious that the talks stalled.')).toEqual([]);
  });

  it('never credits a document\'s claim to the person it is about', () => {
    const x = run('A new book about Prime Minister Jon Weir says he planned to resign in 2003.');
    const speaker = x.entities.find((e) => e.id === x.statements[0]?.speaker);
    expect(speaker?.name).not.toBe('Jon Weir');
  });

  it('ignores scare quotes with no one saying them', () => {
    expect(said('The so-called "peace dividend" never arrived.')).toEqual([]);
  });
});
