// Word pools for the synthetic corpus: general, invented names, no real article's text.
export const FIRST = ['Anna', 'Boris', 'Carlos', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hiroshi', 'Ines', 'Jonas', 'Kateryna', 'Lars', 'Maria', 'Nikolai', 'Olga', 'Pieter', 'Rania', 'Stefan', 'Tomas', 'Ursula', 'Viktor', 'Wen', 'Yusuf', 'Zofia'];
export const LAST = ['Albers', 'Brandt', 'Castell', 'Dvorak', 'Eriksen', 'Fontaine', 'Gorin', 'Halloran', 'Ivanenko', 'Jansen', 'Kowalczyk', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quiroga', 'Rossi', 'Sato', 'Tanaka', 'Urbanek', 'Vasquez', 'Weber', 'Zelenko'];

export interface Actor {
  name: string;
  short: string;
  title: string;
  org: string;
  pronoun: 'he' | 'she';
}

export const COUNTRIES = [
  { name: 'Germany', demonym: 'German', capital: 'Berlin' },
  { name: 'France', demonym: 'French', capital: 'Paris' },
  { name: 'Poland', demonym: 'Polish', capital: 'Warsaw' },
  { name: 'Russia', demonym: 'Russian', capital: 'Moscow' },
  { name: 'Ukraine', demonym: 'Ukrainian', capital: 'Kyiv' },
  { name: 'Japan', demonym: 'Japanese', capital: 'Tokyo' },
  { name: 'Canada', demonym: 'Canadian', capital: 'Ottawa' },
  { name: 'Turkey', demonym: 'Turkish', capital: 'Ankara' },
];

export const ORGS = ['NATO', 'the European Union', 'the United Nations', 'the OSCE', 'the World Health Organization'];
export const AGENCIES = ['Reuters', 'Interfax', 'the Associated Press', 'TASS'];
export const TITLES = ['Foreign Minister', 'Defence Minister', 'Prime Minister', 'President', 'Finance Minister'];
export const AUDIENCES = ['reporters', 'a news conference', 'lawmakers', 'a briefing'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

export const QUOTES = [
  'We will not accept any agreement that ignores our security interests',
  'This is a serious step, and we expect a serious answer',
  'The door to dialogue remains open, but time is running out',
  'Nobody wants a new arms race in Europe',
  'Our position has not changed and will not change',
  'We are ready to talk as soon as the other side is ready',
  'These proposals deserve careful study by all members',
  'I am convinced that a compromise can still be found',
];

export const CLAUSES = [
  'the talks would continue next month',
  'the government had no plans to withdraw its troops',
  'sanctions would remain in place until the conflict ends',
  'a new round of negotiations could begin within weeks',
  'the two sides had narrowed their differences on trade',
  'the agreement would be signed before the end of the year',
  'more money was needed for the reconstruction effort',
  'the alliance would strengthen its presence in the east',
];

export const FILLERS = [
  'The meeting lasted nearly three hours.',
  'Officials have met several times since the spring.',
  'Markets reacted calmly to the news.',
  'The previous round of talks ended without a result.',
  'Both delegations left without making further comments.',
];
