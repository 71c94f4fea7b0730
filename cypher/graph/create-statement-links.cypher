// Audiences (TO), subjects (ABOUT) and relays (VIA) of the article's statements.
CALL () {
  UNWIND $to AS row
  MATCH (s:Statement {id: row.statement})
  MATCH (e:Entity {id: row.entity})
  CREATE (s)-[:TO {mergedFrom: row.mergedFrom}]->(e)
}
CALL () {
  UNWIND $about AS row
  MATCH (s:Statement {id: row.statement})
  MATCH (e:Entity {id: row.entity})
  CREATE (s)-[:ABOUT {mergedFrom: row.mergedFrom}]->(e)
}
CALL () {
  UNWIND $via AS row
  MATCH (s:Statement {id: row.statement})
  MATCH (e:Entity {id: row.entity})
  CREATE (s)-[:VIA {mergedFrom: row.mergedFrom}]->(e)
}
