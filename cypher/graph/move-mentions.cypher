// Moves relationships from entity $from to entity $to: all of them (a merge by hand, $only
// null) or those recorded as coming from $only (a split). mergedFrom gains $add and loses
// $remove, so a later split can tell the moved facts apart.
// Mentions: where $to is already mentioned in the article, the two edges are combined:
// count and spans add up (the absorbed spans appended last), and the absorbed entity's
// id, spans, names and titles are kept apart in absorbed* properties for a split.
// Only merges by hand combine ($add is set); automatic merges never meet a mention.
MATCH (b:Entity {id: $from})-[r:MENTIONED_IN]->(art:Article)
WHERE $only IS NULL OR $only IN coalesce(r.mergedFrom, [])
MATCH (a:Entity {id: $to})
OPTIONAL MATCH (a)-[kept:MENTIONED_IN]->(art)
WITH a, art, r, kept,
       [x IN coalesce(r.mergedFrom, []) WHERE x <> coalesce($remove, '') AND x <> coalesce($add, '')]
       + CASE WHEN $add IS NULL THEN [] ELSE [$add] END AS mf
FOREACH (_ IN CASE WHEN kept IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[n:MENTIONED_IN]->(art)
  SET n = properties(r), n.mergedFrom = CASE WHEN size(mf) = 0 THEN null ELSE mf END)
FOREACH (_ IN CASE WHEN kept IS NULL THEN [] ELSE [1] END |
  SET kept.count = coalesce(kept.count, 0) + coalesce(r.count, 0),
      kept.spans = coalesce(kept.spans, []) + coalesce(r.spans, []),
      kept.absorbed = coalesce(kept.absorbed, []) + [$add],
      kept.absorbedSpans = coalesce(kept.absorbedSpans, []) + coalesce(r.spans, []),
      kept.absorbedNames = coalesce(kept.absorbedNames, []) + [r.name] + coalesce(r.aliases, []),
      kept.absorbedTitles = coalesce(kept.absorbedTitles, []) + coalesce(r.titles, []))
DELETE r
RETURN count(*) AS moved
