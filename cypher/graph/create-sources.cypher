// The article's unnamed sources ("a NATO source") and what they belong to.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.name = row.name, s.description = row.description, s.article = $article
WITH s, row
CALL (s, row) {
  MATCH (e:Entity {id: row.affiliation})
  CREATE (s)-[:AFFILIATED_WITH {mergedFrom: row.mergedFrom}]->(e)
}
