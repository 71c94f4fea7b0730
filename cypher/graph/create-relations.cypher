// Other relations the extractor found (met, signed, …), with their evidence span.
UNWIND $rows AS row
MATCH (f:Entity {id: row.from})
MATCH (t:Entity {id: row.to})
CREATE (f)-[:RELATED {type: row.type, article: $article, start: row.start, end: row.end, mergedFrom: row.mergedFrom}]->(t)
