import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.ts';

describe('direct quotations', () => {
  it('attributes a quote to the speaker after it, either word order', () => {
    expect(said('"We are ready for talks," Lavrov said.')).toEqual([['Lavrov', 'direct', 'We are ready for talks']]);
    expect(said('"We are ready for talks," said Sergey Lavrov, Russia\'s foreign minister.')).toEqual([['Sergey Lavrov', 'direct', 'We are ready for talks']]);
  });

  it('attributes a quote introduced before it, with a colon or "that"', () => {
    expect(said('Foreign Minister Yevgeny Primakov told reporters: "I want this meeting to be the last one."')).toEqual([
      ['Yevgeny Primakov', 'direct', 'I want this meeting to be the last one.'],
    ]);
    expect(said('President Vladimir Putin stressed that "legal guarantees are exactly what Russia needs."')[0]?.[0]).toBe('Vladimir Putin');
  });

  it('gives both halves of a quote split around its attribution to one speaker', () => {
    const out = said('Foreign Minister Andrei Kozyrev spoke. "I am convinced today\'s event," he said, "is another contribution to security."');
    expect(out.map((s) => s[0])).toEqual(['Andrei Kozyrev', 'Andrei Kozyrev']);
    expect(out.map((s) => s[2])).toEqual(["I am convinced today's event", 'is another contribution to security.']);
  });

  it('keeps a multi-sentence quote whole and continues the speaker into the next quoted paragraph', () => {
    const text = 'President Vladimir Putin spoke on Friday.\n\n"Our diplomats are busy. They work hard," Putin said.\n\n"We suggest starting detailed talks on this issue."';
    const out = said(text);
    expect(out).toEqual([
      ['Vladimir Putin', 'direct', 'Our diplomats are busy. They work hard'],
      ['Vladimir Putin', 'direct', 'We suggest starting detailed talks on this issue.'],
    ]);
  });

  it('resolves "he" to the last speaker and "the minister" to the titled person', () => {
    const text =
      'Defence Minister Pavel Grachev met Dutch Foreign Minister Hans van Mierlo. "We are suggesting cooperation," Grachev said.\n\n"There will be no veto," he added. The minister later said the talks had been useful.';
    const out = said(text);
    expect(out.map((s) => s[0])).toEqual(['Pavel Grachev', 'Pavel Grachev', 'Pavel Grachev']);
  });

  it('gives a quote framed by the subject of its sentence to that subject', () => {
    const out = said('German Defence Minister Volker Ruehe welcomed the agreement as a "historic milestone."');
    expect(out).toEqual([['Volker Ruehe', 'direct', 'historic milestone.']]);
  });

  it('handles curly quotes and unnamed sources with their affiliation', () => {
    const x = run('“The alliance is united,” a senior NATO official told Reuters on Tuesday.');
    const s = x.statements[0]!;
    const source = x.entities.find((e) => e.id === s.speaker)!;
    expect(source.type).toBe('Source');
    expect(source.affiliation).toBe('org:nato');
    expect(s.audience).toEqual(['org:reuters']);
    expect(s.date).toBe('2021-12-21');
  });

  it('refers "the source" back to the source last quoted', () => {
    const x = run('A Russian Foreign Ministry source told Interfax that progress depends on NATO. "We have shown our cards," the source said.');
    expect(new Set(x.statements.map((s) => s.speaker)).size).toBe(1);
    expect(x.entities.find((e) => e.id === x.statements[0]!.speaker)?.affiliation).toBe('org:russian-foreign-ministry');
  });

  it('ignores unattributed scare quotes', () => {
    expect(said('The so-called "troika" of past and future presidencies met in Brussels.')).toEqual([]);
  });
});

describe('reported speech', () => {
  it('reads "X said (that) CLAUSE" with the many reporting verbs of news', () => {
    for (const verb of ['said', 'warned', 'insisted', 'stressed', 'denied', 'announced', 'added', 'noted']) {
      const out = said(`Foreign Minister Sergey Lavrov ${verb} that the talks would start in January.`);
      expect(out, verb).toEqual([['Sergey Lavrov', 'indirect', 'the talks would start in January']]);
    }
    expect(said('Kremlin spokesman Dmitry Peskov on Monday confirmed the meeting will take place.')).toEqual([
      ['Dmitry Peskov', 'indirect', 'the meeting will take place'],
    ]);
  });

  it('finds a reported clause whose verb is a present tense or an irregular past (part-of-speech tags)', () => {
    expect(said('Norway has said it wants closer ties with Sweden.')).toEqual([['Norway', 'indirect', 'it wants closer ties with Sweden']]);
    expect(said('Foreign Minister Jonas Gahr Store said the decision breaches the treaty.')).toEqual([['Jonas Gahr Store', 'indirect', 'the decision breaches the treaty']]);
    expect(said('Finance Minister Anna Berg said exports grew strongly in the spring.')).toEqual([['Anna Berg', 'indirect', 'exports grew strongly in the spring']]);
    // A noun the tagger could take for a verb is not a clause: no statement here.
    expect(said('Singer Anna Berg wrote all the lyrics for the band\'s covers.')).toEqual([]);
  });

  it('does not coordinate a reporting verb with no verb before its conjunction', () => {
    expect(said('Security guarantees and proposed border changes remain at the heart of the dispute between Norway and Sweden.')).toEqual([]);
  });

  it('reads the clause before an inverted attribution', () => {
    expect(said('The talks will start after the holidays, Russia\'s top diplomat announced on Monday. Russian Foreign Minister Sergey Lavrov was in Moscow.')[0]).toEqual([
      'Sergey Lavrov',
      'indirect',
      'The talks will start after the holidays',
    ]);
  });

  it('reads "told AUDIENCE that", "urged X to" and participles', () => {
    const x = run('Deputy defence minister, Alexander Fomin, told a briefing of military attaches that NATO forced Moscow to act.');
    expect(x.statements[0]?.audience).toEqual(['a briefing of military attaches']);
    const urged = run('President Vladimir Putin urged NATO to begin detailed talks on legal guarantees.');
    expect(urged.statements[0]?.text).toBe('begin detailed talks on legal guarantees');
    expect(urged.statements[0]?.audience).toEqual(['org:nato']);
    expect(said('A NATO official said on Saturday that a meeting was planned, adding that the bloc was in touch with Russia.').map((s) => s[2])).toEqual([
      'a meeting was planned',
      'the bloc was in touch with Russia',
    ]);
  });

  it('reads "according to" as the speaker, or as the relay when someone else speaks', () => {
    expect(said('According to Interfax, the talks would continue next month.')).toEqual([['Interfax', 'indirect', 'the talks would continue next month']]);
    const x = run('"NATO has shown its cards," the Russian Foreign Ministry source said, according to Interfax reports.');
    expect(x.statements[0]?.via).toBe('org:interfax');
  });

  it('notes audiences given as interviews and conferences', () => {
    const x = run('"It is with the US that we will negotiate," Russian foreign minister, Sergey Lavrov, said in an interview on Monday.');
    expect(x.statements[0]?.audience).toEqual(['an interview']);
  });

  it('hears participles after the speaker, and ends a hearer where the urged action begins', () => {
    const x = run('"We are seeing a dangerous escalation," said Jens Stoltenberg, speaking to reporters at NATO headquarters.');
    expect(x.statements[0]?.audience).toEqual(['reporters']);
    const y = run('Jens Stoltenberg urged allies to "dig deeper" into their stockpiles.');
    expect(y.statements.map((st) => st.audience)).toEqual([['allies']]);
  });

  it('names the speaker of a lead that gives only a role, from the next paragraph', () => {
    const out = said(
      "Ukraine's foreign minister said Tuesday that his country would not give up any territory.\n\n" +
        '"Ukraine is not trading its land," Dmytro Kuleba told reporters.',
    );
    expect(out.map((s) => s[0])).toEqual(['Dmytro Kuleba', 'Dmytro Kuleba']);
  });

  it('reads "according to him" and "Putin himself said"', () => {
    const out = said(
      'Deputy Foreign Minister Sergei Ryabkov spoke on Friday. According to him, Moscow remains open to dialogue. ' +
        'Vladimir Putin himself said last week that relations were poor.',
    );
    expect(out).toEqual([
      ['Sergei Ryabkov', 'indirect', 'Moscow remains open to dialogue'],
      ['Vladimir Putin', 'indirect', 'relations were poor'],
    ]);
  });

  it('reads whom a source speaks for, or where it sits', () => {
    const x = run('A spokesperson for the Russian embassy in London described the move as "a dangerous provocation". Officials in Berlin, however, warned that stocks were low.');
    const speakers = x.statements.map((st) => x.entities.find((e) => e.id === st.speaker));
    expect(speakers.map((e) => [e?.type, e?.affiliation])).toEqual([
      ['Source', 'country:russia'],
      ['Source', 'country:germany'],
    ]);
  });

  it('reads a clause before its attribution when a participle phrase closes the sentence', () => {
    expect(said('NATO will not be drawn into the conflict, Secretary-General Mark Rutte said on Wednesday, rejecting calls for a no-fly zone.')).toEqual([
      ['Mark Rutte', 'indirect', 'NATO will not be drawn into the conflict'],
    ]);
  });

  it('finds the speaker across a long relative clause', () => {
    const out = said('Two Western diplomats, who spoke on condition of anonymity because they were not authorized to speak publicly, said the talks had stalled.');
    expect(out).toEqual([['Two Western diplomats', 'indirect', 'the talks had stalled']]);
  });

  it('takes the outlet or person holding an interview as the audience, not a co-host of a conference', () => {
    const x = run('The EU foreign policy chief, Josep Borrell, warned in an interview with Le Monde that the bloc would act swiftly.');
    expect(x.statements[0]).toMatchObject({ audience: ['org:le-monde'], kind: 'indirect', text: 'the bloc would act swiftly' });
    const z = run('"Western countries are pouring oil on the fire," Kremlin spokesman Dmitry Peskov said in a conference call with reporters.');
    expect(z.statements[0]?.audience).toEqual(['reporters']);
    const y = run('Chancellor Olaf Scholz said at a news conference with Andrzej Duda that Europe would respond.');
    expect(y.statements[0]).toMatchObject({ audience: ['a news conference'], text: 'Europe would respond' });
  });

  it('lists the actors a statement is about', () => {
    const x = run('Foreign Minister Yevgeny Primakov said Russia and NATO would sign the document in Paris.');
    expect(x.statements[0]?.about.sort()).toEqual(['country:russia', 'org:nato']);
  });
});

describe('quotations over several paragraphs', () => {
  it('gives an open quoted paragraph to the speaker named where the quotation ends', () => {
    const text = 'Talks resumed on Monday.\n\n"We will not give up our security.\n\n"Nobody should doubt that," said Defence Minister Pavel Grachev.';
    expect(said(text).map((s) => s[0])).toEqual(['Pavel Grachev', 'Pavel Grachev']);
  });
});

describe('speakers with lowercase modifiers and relays named in full', () => {
  it('finds the speaker behind "ministry spokesman"', () => {
    expect(said('"Russia keeps its troops on the border," ministry spokesman Oleksandr Motuzianyk told a televised briefing.')[0]?.[0]).toBe('Oleksandr Motuzianyk');
  });

  it('reads "according to the Interfax news agency" as the relay', () => {
    const x = run('According to the Interfax news agency, Russian Deputy Foreign Minister Alexander Grushko said NATO was provoking tension.');
    expect(x.statements.map((s) => [s.speaker, s.via, s.text])).toEqual([['person:alexander-grushko', 'org:interfax', 'NATO was provoking tension']]);
  });
});

describe('appeals and venues', () => {
  it('reads "called on X to …" as an appeal said to X', () => {
    const x = run("Ukraine's president, Volodymyr Zelenskiy, has called on Nato to give his country a clear path to membership.");
    expect(x.statements.map((s) => [s.speaker, s.text, s.audience])).toEqual([
      ['person:volodymyr-zelenskiy', 'give his country a clear path to membership', ['org:nato']],
    ]);
  });

  it('takes the venue from a leading "Speaking at …" and keeps a title apart from the words before it', () => {
    const x = run('Speaking at a press conference in Kyiv alongside the Polish president, Andrzej Duda, Zelenskiy said: "We are ready."');
    expect(x.statements[0]?.audience).toEqual(['a press conference']);
    expect(x.entities.find((e) => e.name === 'Andrzej Duda')?.titles).toEqual(['Polish president']);
  });
});

describe('organisations referred to by kind', () => {
  it('reads "the ministry said" as the ministry named last', () => {
    const x = run("Ukraine's defence ministry reported new movements. The ministry said on Thursday that the troops had not withdrawn.");
    expect(x.statements.map((s) => [s.speaker, s.text])).toEqual([['org:ukrainian-defence-ministry', 'the troops had not withdrawn']]);
  });
});

describe('participles after a quotation', () => {
  it('keeps the sentence speaker for `"…," saying …` and for the quote in the participle clause', () => {
    const out = said('President Vladimir Putin warned the West not to cross Russia\'s "red lines," saying Moscow would respond "quickly and harshly."');
    // The warning's action, and the participle's clause; each short quotation is part of its clause.
    expect(out).toEqual([
      ['Vladimir Putin', 'indirect', 'not to cross Russia\'s "red lines,"'],
      ['Vladimir Putin', 'indirect', 'Moscow would respond "quickly and harshly."'],
    ]);
  });
});
