// After a split: the split-off entity gets a MENTIONED_IN edge (count 0) to every article
// whose facts it regained but where it has no mention (facts of an article always come
// with a mention, so no entity is left holding facts it is not mentioned with).
MATCH (x:Entity {id: $id})
CALL (x) {
  MATCH (x)-[:SAID]->(:Statement)-[:IN]->(art:Article)
  RETURN art
  UNION
  MATCH (x)<-[:TO|ABOUT|VIA]-(:Statement)-[:IN]->(art:Article)
  RETURN art
  UNION
  MATCH (x)-[r:HOLDS_ROLE|RELATED]-()
  MATCH (art:Article {id: r.article})
  RETURN art
  UNION
  MATCH (x)<-[:AFFILIATED_WITH]-(src:Source)
  MATCH (art:Article {id: src.article})
  RETURN art
}
WITH x, art
WHERE NOT EXISTS { (x)-[:MENTIONED_IN]->(art) }
CREATE (x)-[:MENTIONED_IN {count: 0, spans: [], name: $name, aliases: $aliases, titles: []}]->(art)
RETURN count(*) AS restored
