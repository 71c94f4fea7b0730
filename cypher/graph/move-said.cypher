// Moves relationships from entity $from to entity $to: all of them (a merge by hand, $only
// null) or those recorded as coming from $only (a split). mergedFrom gains $add and loses
// $remove, so a later split can tell the moved facts apart.
// Statements said.
MATCH (b:Entity {id: $from})-[r:SAID]->(s:Statement)
WHERE $only IS NULL OR $only IN coalesce(r.mergedFrom, [])
MATCH (a:Entity {id: $to})
WITH a, s, r,
       [x IN coalesce(r.mergedFrom, []) WHERE x <> coalesce($remove, '') AND x <> coalesce($add, '')]
       + CASE WHEN $add IS NULL THEN [] ELSE [$add] END AS mf
CREATE (a)-[n:SAID]->(s)
SET n = properties(r), n.mergedFrom = CASE WHEN size(mf) = 0 THEN null ELSE mf END
DELETE r
RETURN count(*) AS moved
