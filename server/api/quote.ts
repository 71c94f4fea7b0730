// How an error message may show what a caller sent: a short quotation, never the whole
// input. A rejected 1 MB argument must not come back as a 1 MB message (once per alias).

/** The most characters of an input any message quotes. */
export const QUOTE_MAX = 80;
/** A message from a library (graphql, yoga) is cut to this length after its quotations are. */
export const MESSAGE_MAX = 300;

const ELLIPSIS = '…';

function jsonOf(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value); // cyclic or BigInt: describe, never dump
  }
}

/**
 * `value` as JSON for a message: `"Primakov"`, `{"a":1}`; cut at QUOTE_MAX characters,
 * with the full length said, when longer: `"xxxx…" (1048576 characters)`.
 */
export function quote(value: unknown, max = QUOTE_MAX): string {
  if (typeof value === 'string') {
    return value.length <= max ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, max) + ELLIPSIS)} (${value.length} characters)`;
  }
  const json = jsonOf(value);
  return json.length <= max ? json : `${json.slice(0, max)}${ELLIPSIS} (${json.length} characters)`;
}

// A JSON string literal, as graphql and our own messages quote input ("…" with \-escapes).
const QUOTED = /"(?:[^"\\]|\\.)*"/g;

/**
 * A message written by someone else (graphql's "Variable "$id" got invalid value …",
 * a syntax error naming a token) made safe to send: each quoted string cut to QUOTE_MAX
 * characters, then the whole to `total`.
 */
export function clipMessage(message: string, total = MESSAGE_MAX): string {
  const clipped = message.length <= QUOTE_MAX ? message : message.replace(QUOTED, (q) => (q.length <= QUOTE_MAX + 2 ? q : `${q.slice(0, QUOTE_MAX + 1)}${ELLIPSIS}"`));
  return clipped.length <= total ? clipped : `${clipped.slice(0, total)}${ELLIPSIS}`;
}
