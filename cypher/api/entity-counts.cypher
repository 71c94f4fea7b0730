// Mention, article and statement counts of each entity.
UNWIND $ids AS id
MATCH (n:Entity|Source {id: id})
CALL (n) {
  OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(:Article)
  RETURN coalesce(sum(m.count), 0) AS mentions, count(m) AS articles
}
RETURN id,
       mentions,
       articles,
       COUNT { (n)-[:SAID]->(:Statement) } AS statementsMade,
       COUNT { (:Statement)-[:ABOUT]->(n) } AS statementsAbout,
       COUNT { (:Statement)-[:TO]->(n) } AS statementsHeard
