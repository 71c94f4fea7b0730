import { describe, expect, it } from 'vitest';
import { oneLine, safeFilename, safeHttpUrl } from './escape.ts';

describe('oneLine', () => {
  it('collapses whitespace and newlines', () => {
    expect(oneLine('  NATO\n\tsources  said ')).toBe('NATO sources said');
  });

  it('truncates with an ellipsis within the limit', () => {
    const out = oneLine('a'.repeat(100), 10);
    expect(out).toHaveLength(10);
    expect(out.endsWith('…')).toBe(true);
  });

  it('drops control characters and bidirectional overrides', () => {
    expect(oneLine('Kozyrev\u202Egnp.exe\u0007')).toBe('Kozyrevgnp.exe');
  });
});

describe('safeFilename', () => {
  it('makes a lower-case dashed name without diacritics or path characters', () => {
    expect(safeFilename('Sergéy Lavrov / ../etc')).toBe('sergey-lavrov-etc');
  });

  it('falls back when nothing usable is left', () => {
    expect(safeFilename('<<>>', 'graph')).toBe('graph');
  });
});

describe('safeHttpUrl', () => {
  it('keeps web links', () => {
    expect(safeHttpUrl('https://www.themoscowtimes.com/a?b=1')).toBe('https://www.themoscowtimes.com/a?b=1');
  });

  it('refuses script, data and malformed links', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl(' JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});
