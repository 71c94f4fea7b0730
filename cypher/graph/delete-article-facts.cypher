// Removes what an article owns (statements, sources, MENTIONED_IN edges, HOLDS_ROLE and
// RELATED edges carrying its id) but not the article node itself. Returns the ids of the
// entities it mentioned, to recompute their names and remove any left with no mention.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (e:Entity)-[:MENTIONED_IN]->(a)
WITH a, collect(e) AS entities
CALL (a, entities) {
  UNWIND entities AS e
  MATCH (e)-[r:HOLDS_ROLE|RELATED]->()
  WHERE r.article = a.id
  DELETE r
}
CALL (a) {
  MATCH (s:Statement)-[:IN]->(a)
  DETACH DELETE s
}
CALL (a) {
  MATCH (src:Source)
  WHERE src.id STARTS WITH $sourcePrefix AND src.article = a.id
  DETACH DELETE src
}
CALL (a) {
  MATCH (:Entity)-[m:MENTIONED_IN]->(a)
  DELETE m
}
RETURN [e IN entities | e.id] AS entities
