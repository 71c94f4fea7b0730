// The statements about each entity, newest first, at most $first each.
UNWIND $ids AS id
MATCH (n:Entity|Source {id: id})
CALL (n) {
  OPTIONAL MATCH (s:Statement)-[:ABOUT]->(n)
  WITH s ORDER BY coalesce(s.date, '') DESC, s.id DESC
  LIMIT toInteger($first)
  RETURN collect(s.id) AS statementIds
}
RETURN id, statementIds
