// The actor-level neighbours of each node in $ids: whom it spoke to or about, who spoke
// to or about it, and its roles and affiliations (both ways). `weight` is the number of
// statements or links behind the neighbourhood; at most $perNode neighbours per node,
// heaviest first.
UNWIND $ids AS id
MATCH (n:Entity|Source {id: id})
CALL (n) {
  MATCH (n)-[:SAID]->(s:Statement)-[:TO|ABOUT]->(m)
  RETURN m, s AS link
  UNION ALL
  MATCH (n)<-[:TO|ABOUT]-(s:Statement)<-[:SAID]-(m)
  RETURN m, s AS link
  UNION ALL
  MATCH (n)-[r:HOLDS_ROLE|AFFILIATED_WITH]-(m)
  RETURN m, r AS link
}
WITH id, n, m, count(DISTINCT link) AS weight
WHERE m <> n AND (m:Entity OR m:Source)
WITH id, m, weight ORDER BY weight DESC, m.id
WITH id, collect({id: m.id, weight: weight})[..toInteger($perNode)] AS neighbours
UNWIND neighbours AS nb
RETURN id, nb.id AS neighbourId, nb.weight AS weight
