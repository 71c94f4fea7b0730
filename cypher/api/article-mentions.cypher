// Every entity mention in articles, from MENTIONED_IN spans (a flat list [s0, e0, s1, e1, …]).
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(a)
RETURN id, collect({entityId: e.id, spans: coalesce(m.spans, [])}) AS mentions
