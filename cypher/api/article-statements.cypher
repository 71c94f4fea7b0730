// The statements of articles, in reading order.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  OPTIONAL MATCH (s:Statement)-[:IN]->(a)
  WITH s ORDER BY s.start, s.id
  RETURN collect(s.id) AS statementIds
}
RETURN id, statementIds
