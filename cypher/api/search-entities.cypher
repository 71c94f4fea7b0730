// Ranked fulltext search over actors' and unnamed sources' names and aliases. $query is
// a Lucene query built and escaped by the API (server/api/lucene.ts); $types filters
// (null: all). Each index gives at most $candidates hits, best first, so the cost stays
// the same however many articles (and sources) the graph holds.
CALL () {
  WITH 1 AS one
  WHERE $types IS NULL OR any(t IN $types WHERE t <> 'Source')
  CALL db.index.fulltext.queryNodes('actor_search', $query, {limit: toInteger($candidates)}) YIELD node, score
  WITH node, score
  WHERE $types IS NULL OR node.type IN $types
  RETURN node, score
  UNION ALL
  WITH 1 AS one
  WHERE $types IS NULL OR 'Source' IN $types
  CALL db.index.fulltext.queryNodes('source_search', $query, {limit: toInteger($candidates)}) YIELD node, score
  RETURN node, score
}
RETURN node.id AS id, score
ORDER BY score DESC, node.name, node.id
LIMIT toInteger($first)
