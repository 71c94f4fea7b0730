// Statements by id, with the ids of everything they point to (resolved by other loaders).
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN s.id AS id,
       s.kind AS kind,
       s.text AS text,
       s.date AS date,
       s.cue AS cue,
       [(sp)-[:SAID]->(s) | sp.id][0] AS speakerId,
       [(s)-[:TO]->(t) | t.id] AS audienceIds,
       coalesce(s.audienceText, []) AS audienceText,
       [(s)-[:ABOUT]->(t) | t.id] AS aboutIds,
       [(s)-[:VIA]->(v) | v.id][0] AS viaId,
       [(s)-[:IN]->(a:Article) | a.id][0] AS articleId,
       s.start AS start,
       s.end AS end
