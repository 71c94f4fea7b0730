import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.ts';

/** [speaker name, audience names, text] for every statement. */
function heard(text: string) {
  const x = run(text);
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.statements.map((s) => [s.speaker ? names.get(s.speaker) : null, s.audience.map((a) => names.get(a) ?? a), s.text] as const);
}

/** Direct statements whose text does not open right after a quotation mark: transcript turns. */
function unquotedDirect(text: string) {
  return run(text).statements.filter((s) => s.kind === 'direct' && !/["“‘']\s*$/.test(text.slice(0, s.span[0])));
}

describe('transcripts', () => {
  it('reads a turn per line, each one direct statement of the labelled speaker', () => {
    const text = [
      'Foreign Minister Anna Lindqvist held a news conference on Tuesday and took questions from journalists.',
      '',
      'Marco Bellini: Marco Bellini, Radio Adriatica. Will the border crossings reopen this month?',
      'Foreign Minister Anna Lindqvist: We expect them to reopen within two weeks. The engineers need time to finish the repairs.',
      'Marco Bellini: And the ferries?',
      'Anna Lindqvist: The ferries will follow later, once the harbour is safe.',
      '',
    ].join('\n');
    expect(said(text)).toEqual([
      ['Marco Bellini', 'direct', 'Marco Bellini, Radio Adriatica. Will the border crossings reopen this month?'],
      ['Anna Lindqvist', 'direct', 'We expect them to reopen within two weeks. The engineers need time to finish the repairs.'],
      ['Marco Bellini', 'direct', 'And the ferries?'],
      ['Anna Lindqvist', 'direct', 'The ferries will follow later, once the harbour is safe.'],
    ]);
  });

  it('gives the answers the audience the lead names, and marks no cue or relay', () => {
    const text =
      'Foreign Minister Anna Lindqvist took questions from journalists on Tuesday.\n\nMarco Bellini: Will the crossings reopen?\nAnna Lindqvist: Within two weeks.';
    const x = run(text, '2024-05-07');
    const answer = x.statements.find((s) => s.text === 'Within two weeks.')!;
    expect(answer).toMatchObject({ kind: 'direct', audience: ['journalists'], cue: null, via: null, date: '2024-05-07' });
    expect(x.statements.find((s) => s.text === 'Will the crossings reopen?')!.audience).toEqual([]);
  });

  it('finds labels after sentence ends when the transcript is one paragraph', () => {
    const text =
      'Prime Minister Thomas Berg answered questions from reporters after the summit. Elena Novak: Elena Novak, Daily Courier. When will the new budget be published? Thank you. Prime Minister Thomas Berg: The budget will be published in March. We are still consulting the regions. Elena Novak: Will taxes rise? Thomas Berg:…No. Taxes will not rise this year.';
    expect(said(text)).toEqual([
      ['Elena Novak', 'direct', 'Elena Novak, Daily Courier. When will the new budget be published? Thank you.'],
      ['Thomas Berg', 'direct', 'The budget will be published in March. We are still consulting the regions.'],
      ['Elena Novak', 'direct', 'Will taxes rise?'],
      ['Thomas Berg', 'direct', '…No. Taxes will not rise this year.'],
    ]);
    // The titled label and the bare name are one speaker.
    expect(run(text).entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Elena Novak', 'Thomas Berg']);
  });

  it('reads Q/A turns: the answers are the interviewee\'s, the questions an interviewer\'s of the outlet', () => {
    const text = [
      'Defence Minister Lena Ortiz told Reuters in an interview on Monday that the mission would be small.',
      '',
      'Q: How many soldiers will the country send?',
      'A: About two hundred, and they will stay for a year.',
      'QUESTION: Is that enough?',
      'ANSWER: It is what the parliament approved.',
    ].join('\n');
    const turns = heard(text).filter(([, , t]) => !t.startsWith('the mission'));
    expect(turns).toEqual([
      ['the interviewer', [], 'How many soldiers will the country send?'],
      ['Lena Ortiz', ['Reuters'], 'About two hundred, and they will stay for a year.'],
      ['the interviewer', [], 'Is that enough?'],
      ['Lena Ortiz', ['Reuters'], 'It is what the parliament approved.'],
    ]);
    const x = run(text);
    expect(x.entities.find((e) => e.type === 'Source')?.affiliation).toBe(x.entities.find((e) => e.name === 'Reuters')?.id);
  });

  it('addresses a turn with a vocative to the speaker holding that title', () => {
    const collapsed =
      'Prime Minister Thomas Berg answered questions after the summit. Elena Novak: Mr Prime Minister, when will the budget be published? Prime Minister Thomas Berg: In March. Elena Novak: Will taxes rise? Thomas Berg: No.';
    expect(heard(collapsed)[0]).toEqual(['Elena Novak', ['Thomas Berg'], 'Mr Prime Minister, when will the budget be published?']);
    // The witness says the most, but "Madam Chair" is the chair.
    const hearing = [
      'The committee heard evidence from the head of the water regulator on Thursday.',
      '',
      'Chair Ruth Adler: Welcome. Please begin.',
      'Daniel Okafor: Thank you, Madam Chair. The regulator has found serious failures at four companies, and we will publish the fines next month.',
      'Chair Ruth Adler: When will the fines be paid?',
      'Daniel Okafor: Within ninety days of the decision.',
    ].join('\n');
    expect(heard(hearing)[1]).toEqual([
      'Daniel Okafor',
      ['Ruth Adler'],
      'Thank you, Madam Chair. The regulator has found serious failures at four companies, and we will publish the fines next month.',
    ]);
    expect(heard(hearing)[0]?.[1]).toEqual([]);
  });

  it('reads no transcript into an ordinary article with "told reporters:"', () => {
    const text = [
      'Foreign Minister Anna Lindqvist told reporters: "We are ready to talk." Her deputy, Marco Bellini, said the talks would resume in May.',
      '',
      'Lindqvist added: "Nobody wants this conflict to go on." Asked about the sanctions, Bellini replied: "They stay."',
      '',
      'Later she turned to Marco Bellini: "Your turn." He wrote to Prime Minister Thomas Berg: "We need more time."',
    ].join('\n');
    expect(unquotedDirect(text)).toEqual([]);
    expect(said(text).filter(([, kind]) => kind === 'direct').map(([who]) => who).slice(0, 3)).toEqual(['Anna Lindqvist', 'Anna Lindqvist', 'Marco Bellini']);
  });

  it('reads no transcript into a "Label: text" headline or a labelled line of background', () => {
    const text = [
      'Anna Lindqvist: ceasefire is close',
      '',
      'Foreign Minister Anna Lindqvist said on Tuesday that a ceasefire was close. "We are nearly there," she said.',
      '',
      'Background: The talks began in May. Marco Bellini: a profile of the mediator appears on page four.',
    ].join('\n');
    expect(unquotedDirect(text)).toEqual([]);
  });
});
