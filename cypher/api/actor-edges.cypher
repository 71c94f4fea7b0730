// The actor-level edges among the nodes $ids: statements aggregated into SAID_TO
// (speaker → audience) and SAID_ABOUT (speaker → about) with count, first and last date
// and up to $maxStatementIds statement ids (newest first); plus HOLDS_ROLE and AFFILIATED_WITH.
UNWIND $ids AS id
MATCH (a:Entity|Source {id: id})
CALL (a) {
  MATCH (a)-[:SAID]->(s:Statement)-[r:TO|ABOUT]->(b)
  WHERE b.id IN $ids AND b <> a
  WITH b, type(r) AS rel, s ORDER BY coalesce(s.date, '') DESC, s.id DESC
  RETURN CASE rel WHEN 'TO' THEN 'SAID_TO' ELSE 'SAID_ABOUT' END AS type, b.id AS target,
         count(s) AS count, min(s.date) AS firstDate, max(s.date) AS lastDate,
         collect(s.id)[..toInteger($maxStatementIds)] AS statementIds
  UNION ALL
  MATCH (a)-[r:HOLDS_ROLE|AFFILIATED_WITH]->(b)
  WHERE b.id IN $ids AND b <> a
  RETURN type(r) AS type, b.id AS target, count(r) AS count,
         min(r.asOf) AS firstDate, max(r.asOf) AS lastDate, [] AS statementIds
}
RETURN a.id AS source, type, target, count, firstDate, lastDate, statementIds
