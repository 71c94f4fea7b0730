// Split, for mentions combined by a merge by hand: where $id was the only entity absorbed
// into $kept's mention of an article, both mentions are restored exactly (the absorbed
// spans were appended last). Where several were absorbed, $id gets a mention of count 0
// and the combined counts stay with $kept.
MATCH (k:Entity {id: $kept})-[m:MENTIONED_IN]->(art:Article)
WHERE $id IN coalesce(m.absorbed, [])
MATCH (x:Entity {id: $id})
WITH k, m, art, x, m.absorbed = [$id] AS alone
CREATE (x)-[n:MENTIONED_IN]->(art)
SET n.count = CASE WHEN alone THEN size(m.absorbedSpans) / 2 ELSE 0 END,
    n.spans = CASE WHEN alone THEN m.absorbedSpans ELSE [] END,
    n.name = $name,
    n.aliases = CASE WHEN alone THEN [a IN m.absorbedNames WHERE a <> $name] ELSE $aliases END,
    n.titles = CASE WHEN alone THEN m.absorbedTitles ELSE [] END
WITH m, alone
SET m.count = CASE WHEN alone THEN m.count - size(m.absorbedSpans) / 2 ELSE m.count END,
    m.spans = CASE WHEN alone THEN m.spans[0..size(m.spans) - size(m.absorbedSpans)] ELSE m.spans END,
    m.absorbed = CASE WHEN alone THEN null ELSE [a IN m.absorbed WHERE a <> $id] END,
    m.absorbedSpans = CASE WHEN alone THEN null ELSE m.absorbedSpans END,
    m.absorbedNames = CASE WHEN alone THEN null ELSE m.absorbedNames END,
    m.absorbedTitles = CASE WHEN alone THEN null ELSE m.absorbedTitles END
RETURN count(*) AS restored
