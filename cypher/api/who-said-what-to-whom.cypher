// Statements by $from to or about $to, newest first. With $includeMembers, an
// organisation or country stands for its people (HOLDS_ROLE) and sources (AFFILIATED_WITH)
// on both sides.
MATCH (f:Entity|Source {id: $from})
MATCH (t:Entity|Source {id: $to})
WITH f, t,
     CASE WHEN $includeMembers THEN [(m)-[:HOLDS_ROLE|AFFILIATED_WITH]->(f) | m] ELSE [] END AS fromMembers,
     CASE WHEN $includeMembers THEN [(m)-[:HOLDS_ROLE|AFFILIATED_WITH]->(t) | m] ELSE [] END AS toMembers
WITH [f] + fromMembers AS speakers, [t] + toMembers AS targets
UNWIND speakers AS sp
MATCH (sp)-[:SAID]->(s:Statement)
WHERE EXISTS { (s)-[:TO|ABOUT]->(x) WHERE x IN targets }
WITH DISTINCT s
RETURN s.id AS id
ORDER BY coalesce(s.date, '') DESC, s.id DESC
LIMIT toInteger($first)
