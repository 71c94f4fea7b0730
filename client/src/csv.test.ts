import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('csvCell', () => {
  it('leaves simple text unquoted', () => {
    expect(csvCell('Yevgeny Primakov')).toBe('Yevgeny Primakov');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('He said "yes", then left')).toBe('"He said ""yes"", then left"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes numbers as numbers and empty values as nothing', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('joins a header and rows with CRLF line ends', () => {
    expect(toCsv(['speaker', 'text'], [['Lavrov', 'a, b'], ['NATO', '<script>']])).toBe(
      'speaker,text\r\nLavrov,"a, b"\r\nNATO,<script>\r\n',
    );
  });
});
