import { describe, expect, it } from 'vitest';
import { run } from './test-helpers.ts';

/** [from name, type, to name] for every relation found in `text`. */
function related(text: string) {
  const x = run(text);
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.map((r) => [names.get(r.from) ?? r.from, r.type, names.get(r.to) ?? r.to]);
}

describe('relations: who met whom', () => {
  it('reads "X met Y", past the titles of both', () => {
    expect(related('Canadian Prime Minister Justin Trudeau met Italian President Sergio Mattarella in Rome on Thursday.')).toEqual([
      ['Justin Trudeau', 'MET', 'Sergio Mattarella'],
    ]);
  });

  it('reads "X on Monday met with Y" and "X also met privately with Y"', () => {
    expect(related('NATO Secretary General Jens Stoltenberg on Wednesday met with Finnish President Sauli Niinisto.')).toEqual([
      ['Jens Stoltenberg', 'MET', 'Sauli Niinisto'],
    ]);
    expect(related('Chancellor Olaf Scholz also met privately with President Emmanuel Macron.')).toEqual([['Olaf Scholz', 'MET', 'Emmanuel Macron']]);
  });

  it('reads "X held talks with Y" and "X held two meetings with Y"', () => {
    expect(related('Japanese Prime Minister Fumio Kishida held talks with Indian Prime Minister Narendra Modi in Delhi.')).toEqual([
      ['Fumio Kishida', 'MET', 'Narendra Modi'],
    ]);
    expect(related('Foreign Minister Annalena Baerbock held two meetings with Foreign Minister Wang Yi last week.')).toEqual([
      ['Annalena Baerbock', 'MET', 'Wang Yi'],
    ]);
  });

  it('takes the person an organisation only qualifies: "met with UN envoy X" is a meeting with X', () => {
    expect(related('President Emmanuel Macron met with UN envoy Martin Griffiths to discuss the ceasefire.')).toEqual([
      ['Emmanuel Macron', 'MET', 'Martin Griffiths'],
    ]);
  });

  it('reads coordinated subjects and objects', () => {
    expect(related('President Emmanuel Macron and Chancellor Olaf Scholz met in Berlin on Monday.')).toEqual([
      ['Emmanuel Macron', 'MET', 'Olaf Scholz'],
    ]);
    expect(related('Prime Minister Justin Trudeau met Chancellor Olaf Scholz and President Emmanuel Macron in Paris.')).toEqual([
      ['Justin Trudeau', 'MET', 'Olaf Scholz'],
      ['Justin Trudeau', 'MET', 'Emmanuel Macron'],
    ]);
  });

  it('reads a participle beside the subject: "X, meeting Y in Z, said"', () => {
    expect(related('President Vladimir Putin, meeting President Recep Tayyip Erdogan in Sochi, said the talks went well.')).toEqual([
      ['Vladimir Putin', 'MET', 'Recep Tayyip Erdogan'],
    ]);
  });

  it('gives an evidence span from the subject to the object', () => {
    const text = 'Canadian Prime Minister Justin Trudeau met Italian President Sergio Mattarella in Rome on Thursday.';
    const [r] = run(text).relations;
    expect(r && text.slice(...r.span)).toBe('Justin Trudeau met Italian President Sergio Mattarella');
  });
});

describe('relations: who signed with whom', () => {
  it('reads "X and Y signed an agreement"', () => {
    expect(related('Ukraine and Poland signed an agreement on border crossings on Friday.')).toEqual([['Ukraine', 'SIGNED_WITH', 'Poland']]);
  });

  it('reads "X signed a deal with Y" and "X signed with Y"', () => {
    expect(related('Germany signed a gas deal with Norway last week.')).toEqual([['Germany', 'SIGNED_WITH', 'Norway']]);
    expect(related('Japan signed a memorandum of understanding with Australia.')).toEqual([['Japan', 'SIGNED_WITH', 'Australia']]);
    expect(related('Japan signed with Australia a defence pact.')).toEqual([['Japan', 'SIGNED_WITH', 'Australia']]);
  });

  it('needs something signed together when no "with" names the other party', () => {
    expect(related('Germany and France signed the visitors book in Strasbourg.')).toEqual([]);
  });
});

describe('relations: what is not a meeting', () => {
  it('a speaker mentioning "talks with X" or "the meeting with X": a noun, not a meeting of the subject', () => {
    expect(related('Kremlin spokesman Dmitry Peskov confirmed the meeting would go ahead, calling talks with NATO overdue.')).toEqual([]);
    expect(related('Kremlin spokesman Dmitry Peskov said on Monday that talks with NATO were important for Europe.')).toEqual([]);
    expect(related('Dmitry Peskov said a meeting with NATO was important.')).toEqual([]);
    expect(related('Chancellor Olaf Scholz called the upcoming meeting with President Emmanuel Macron useful.')).toEqual([]);
  });

  it('a meeting planned, refused, denied or not held', () => {
    expect(related('Foreign Minister Sergei Lavrov plans to meet U.S. Secretary of State Antony Blinken in Geneva next week.')).toEqual([]);
    expect(related('Turkish President Recep Tayyip Erdogan would not meet Swedish Prime Minister Ulf Kristersson, officials said.')).toEqual([]);
    expect(related('Hungarian Prime Minister Viktor Orban refused to meet Ukrainian President Volodymyr Zelenskiy.')).toEqual([]);
    expect(related('Foreign Minister Sergei Lavrov has never met U.S. Secretary of State Antony Blinken.')).toEqual([]);
    expect(related('Dmitry Peskov said Moscow would hold talks with NATO next month.')).toEqual([]);
    expect(related('Japan held no talks with Australia.')).toEqual([]);
    expect(related('Kremlin spokesman Dmitry Peskov denied that President Vladimir Putin met President Joe Biden.')).toEqual([]);
    expect(related('If President Vladimir Putin met President Joe Biden, the talks would be tense.')).toEqual([]);
  });

  it('an agreement not (yet) signed', () => {
    expect(related('Germany will sign a deal with Norway.')).toEqual([]);
    expect(related('Germany did not sign a deal with Norway.')).toEqual([]);
    expect(related('Japan and Australia are expected to sign a defence pact.')).toEqual([]);
  });

  it('a meeting reported inside a quotation', () => {
    expect(related('"President Xi Jinping met President Joe Biden in Bali last year," Foreign Minister Wang Yi told reporters.')).toEqual([]);
    expect(related('Foreign Minister Wang Yi said: "President Xi Jinping held talks with President Joe Biden."')).toEqual([]);
  });

  it('a name that only qualifies the subject or the object', () => {
    expect(related('The head of NATO met Prime Minister Justin Trudeau on Monday.')).toEqual([]);
    // The minister is Dmytro Kuleba, Ukraine's foreign minister on the story's date; Ukraine itself met no one.
    expect(related("Prime Minister Justin Trudeau met Ukraine's foreign minister on Monday.")).toEqual([['Justin Trudeau', 'MET', 'Dmytro Kuleba']]);
  });

  it('a name that starts the next clause: "X met Y, Z said" / "X met Y and Z spoke"', () => {
    expect(related('Prime Minister Justin Trudeau met Chancellor Olaf Scholz, Dmitry Peskov said.')).toEqual([['Justin Trudeau', 'MET', 'Olaf Scholz']]);
    expect(related('Prime Minister Justin Trudeau met Chancellor Olaf Scholz and Dmitry Peskov spoke to reporters.')).toEqual([
      ['Justin Trudeau', 'MET', 'Olaf Scholz'],
    ]);
  });
});
