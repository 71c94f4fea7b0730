// Titles held, as of the article's date: (:Person)-[:HOLDS_ROLE]->(:Organisation|:Country).
UNWIND $rows AS row
MATCH (p:Entity {id: row.person})
MATCH (o:Entity {id: row.org})
CREATE (p)-[:HOLDS_ROLE {title: row.title, asOf: row.asOf, article: $article, mergedFrom: row.mergedFrom}]->(o)
