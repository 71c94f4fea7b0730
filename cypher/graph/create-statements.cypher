// The article's statements, their provenance (IN) and speaker (SAID).
MATCH (a:Article {id: $article})
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
SET s.text = row.text, s.kind = row.kind, s.date = row.date, s.start = row.start, s.end = row.end,
    s.cue = row.cue, s.audienceText = row.audienceText
CREATE (s)-[:IN]->(a)
WITH s, row
CALL (s, row) {
  MATCH (e:Entity {id: row.speakerEntity})
  CREATE (e)-[:SAID {mergedFrom: row.mergedFrom}]->(s)
}
CALL (s, row) {
  MATCH (src:Source {id: row.speakerSource})
  CREATE (src)-[:SAID]->(s)
}
