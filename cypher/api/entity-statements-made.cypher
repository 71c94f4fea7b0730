// The statements each entity (or source) made, newest first, at most $first each.
UNWIND $ids AS id
MATCH (n:Entity|Source {id: id})
CALL (n) {
  OPTIONAL MATCH (n)-[:SAID]->(s:Statement)
  WITH s ORDER BY coalesce(s.date, '') DESC, s.id DESC
  LIMIT toInteger($first)
  RETURN collect(s.id) AS statementIds
}
RETURN id, statementIds
