// Statement-level view among the actors $ids: statements whose speaker is one of them
// (newest first, at most $limit), each with its SAID edge and its TO and ABOUT edges to
// actors in the set.
UNWIND $ids AS id
MATCH (sp:Entity|Source {id: id})-[:SAID]->(s:Statement)
WITH sp, s ORDER BY coalesce(s.date, '') DESC, s.id DESC
LIMIT toInteger($limit)
RETURN s.id AS id, s.kind AS kind, s.text AS text, s.date AS date, sp.id AS speakerId,
       [(s)-[:TO]->(t) WHERE t.id IN $ids | t.id] AS audienceIds,
       [(s)-[:ABOUT]->(t) WHERE t.id IN $ids | t.id] AS aboutIds
