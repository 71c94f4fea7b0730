// Neo4j values become plain JSON-friendly values where results leave the database layer,
// never later: no Integer, temporal, Node or Relationship objects escape.
import neo4j from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value as never)) {
    const n = value as { labels: string[]; properties: Record<string, unknown> };
    return { ...(toPlain(n.properties) as Record<string, Plain>), labels: n.labels };
  }
  if (neo4j.isRelationship(value as never)) {
    const r = value as { type: string; properties: Record<string, unknown> };
    return { ...(toPlain(r.properties) as Record<string, Plain>), type: r.type };
  }
  if (typeof value === 'object') {
    const out: Record<string, Plain> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return String(value);
}
