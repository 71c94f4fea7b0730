import { describe, expect, it } from 'vitest';
import { escapeHtml, oneLine, safeFilename, safeHttpUrl } from './escape.ts';

describe('escapeHtml', () => {
  it('escapes every character that can open markup or close an attribute', () => {
    expect(escapeHtml(`<img src=x onerror="window.__xss=1">`)).toBe('&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;');
    expect(escapeHtml(`Tom & Jerry's <b>`)).toBe('Tom &amp; Jerry&#39;s &lt;b&gt;');
  });

  it('leaves plain text and non-Latin scripts alone', () => {
    expect(escapeHtml('Сергей Лавров said so')).toBe('Сергей Лавров said so');
  });

  it('escapes an ampersand once, so escaped text is not double-decoded', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});

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
