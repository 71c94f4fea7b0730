// Moves relationships from entity $from to entity $to: all of them (a merge by hand, $only
// null) or those recorded as coming from $only (a split). mergedFrom gains $add and loses
// $remove, so a later split can tell the moved facts apart.
// Unnamed sources belonging to the entity.
MATCH (src:Source)-[r:AFFILIATED_WITH]->(b:Entity {id: $from})
WHERE $only IS NULL OR $only IN coalesce(r.mergedFrom, [])
MATCH (a:Entity {id: $to})
WITH a, src, r,
       [x IN coalesce(r.mergedFrom, []) WHERE x <> coalesce($remove, '') AND x <> coalesce($add, '')]
       + CASE WHEN $add IS NULL THEN [] ELSE [$add] END AS mf
CREATE (src)-[n:AFFILIATED_WITH]->(a)
SET n = properties(r), n.mergedFrom = CASE WHEN size(mf) = 0 THEN null ELSE mf END
DELETE r
RETURN count(*) AS moved
