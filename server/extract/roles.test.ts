// Role nouns (data/knowledge/titles.json `roleNouns`): "the Pentagon chief", "the head of state"
// and the like name the person whose title they cover, not whoever spoke last.
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.ts';

const last = (text: string) => said(text).at(-1)?.[0];

describe('roles that stand for a title', () => {
  it('reads "the Pentagon chief" as the defence secretary', () => {
    expect(last('US Defense Secretary Mark Rolfe met army chief Tom Gale. Gale said the drills would go on. "We are ready," the Pentagon chief said.')).toBe('Mark Rolfe');
    expect(last('Secretary of Defence Mark Rolfe met army chief Tom Gale. Gale said the drills would go on. "We are ready," the Pentagon chief said.')).toBe('Mark Rolfe');
  });

  it('reads "the finance chief" as the finance minister', () => {
    expect(last('Finance Minister Hanna Lind met bank chief Otto Kern. Kern said rates would stay. "Taxes will fall," the finance chief said.')).toBe('Hanna Lind');
  });

  it('reads "the diplomat" as a secretary of state or foreign secretary too', () => {
    expect(last('Secretary of State Carl Bender met army chief Tom Gale. Gale said the drills would go on. "We want peace," the diplomat said.')).toBe('Carl Bender');
  });

  it('reads "the foreign policy chief" as the high representative', () => {
    expect(last('EU High Representative Luisa Ferro met EU Commission chief Otto Kern. Kern said rates would stay. "Sanctions stay," the foreign policy chief said.')).toBe('Luisa Ferro');
  });

  it('reads "the head of state" as a president or monarch and "the head of government" as a prime minister', () => {
    expect(last('President Ana Ruiz met Senate leader Tom Vass. Vass said the bill would pass. "We are united," the head of state said.')).toBe('Ana Ruiz');
    expect(last('Prime Minister Ana Ruiz met Senate leader Tom Vass. Vass said the bill would pass. "We are united," the head of government said.')).toBe('Ana Ruiz');
  });

  it('links a lowercase role written before a name in British style', () => {
    expect(last('The chancellor Gordon Pike met union leader Tom Vass. Vass said the strike would go on. Later the chancellor told reporters that growth was strong.')).toBe('Gordon Pike');
  });
});

describe('a counterpart', () => {
  it('takes "his Russian counterpart" before a name as a title that says whom the person serves', () => {
    const text = 'Foreign Minister Carl Bender met his Russian counterpart Ivan Petrov in Oslo. Bender said the talks went well. The Russian said that a deal was close.';
    expect(said(text).at(-1)).toEqual(['Ivan Petrov', 'indirect', 'a deal was close']);
  });
});

describe('titles that are no role of the person named', () => {
  const titled = (text: string, name: string) => run(text).entities.find((e) => e.name === name);

  it('gives no title from a clause "as" ends before the name', () => {
    const e = titled('Peace must come first as he begins his second term as Grand President, Olaf Brenn has said.', 'Olaf Brenn');
    expect(e?.titles).toEqual([]);
    expect(e?.affiliation).toBeNull();
    expect(titled('Foreign minister, Olaf Brenn, said the talks were over.', 'Olaf Brenn')?.titles).toEqual(['Foreign minister']);
  });

  it('makes no title or affiliation of an organisation before an honorific', () => {
    const e = run('Speaking to the BBC Mr Brenn said the vote would be close.').entities.find((x) => x.type === 'Person');
    expect(e?.titles).toEqual([]);
    expect(e?.affiliation).toBeNull();
  });
});
