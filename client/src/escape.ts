// Text from the corpus is data, never markup. The DOM modules write it with textContent
// (the client builds no HTML strings); these helpers cover the other places text goes:
// canvas labels, file names and links.

// C0/C1 controls and the bidirectional overrides that could reorder a label visually.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** One line of plain text, at most `max` characters: for graph labels and tooltips. */
export function oneLine(text: string, max = 80): string {
  const flat = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** A file name made from free text: letters, digits and dashes only. */
export function safeFilename(text: string, fallback = 'export'): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return base || fallback;
}

/** Only web links are followed: an article URL is data and could say `javascript:`. */
export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
