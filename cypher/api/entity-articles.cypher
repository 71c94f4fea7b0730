// The articles that mention each entity (a Source belongs to its own article), newest first.
UNWIND $ids AS id
MATCH (n:Entity|Source {id: id})
CALL (n) {
  OPTIONAL MATCH (n)-[:MENTIONED_IN]->(a:Article)
  WITH a ORDER BY a.published DESC, a.id
  RETURN collect(a.id) AS mentioned
}
OPTIONAL MATCH (own:Article {id: n.article})
RETURN id, CASE WHEN own IS NULL OR own.id IN mentioned THEN mentioned ELSE [own.id] + mentioned END AS articleIds
