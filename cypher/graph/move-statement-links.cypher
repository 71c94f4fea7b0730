// Moves relationships from entity $from to entity $to: all of them (a merge by hand, $only
// null) or those recorded as coming from $only (a split). mergedFrom gains $add and loses
// $remove, so a later split can tell the moved facts apart.
// Statement audiences (TO), subjects (ABOUT) and relays (VIA); an edge $to already has is kept once.
CALL () {
  MATCH (s:Statement)-[r:TO]->(b:Entity {id: $from})
  WHERE $only IS NULL OR $only IN coalesce(r.mergedFrom, [])
  MATCH (a:Entity {id: $to})
  WITH a, s, r,
       [x IN coalesce(r.mergedFrom, []) WHERE x <> coalesce($remove, '') AND x <> coalesce($add, '')]
       + CASE WHEN $add IS NULL THEN [] ELSE [$add] END AS mf
  MERGE (s)-[n:TO]->(a)
  ON CREATE SET n = properties(r), n.mergedFrom = CASE WHEN size(mf) = 0 THEN null ELSE mf END
  DELETE r
}
CALL () {
  MATCH (s:Statement)-[r:ABOUT]->(b:Entity {id: $from})
  WHERE $only IS NULL OR $only IN coalesce(r.mergedFrom, [])
  MATCH (a:Entity {id: $to})
  WITH a, s, r,
       [x IN coalesce(r.mergedFrom, []) WHERE x <> coalesce($remove, '') AND x <> coalesce($add, '')]
       + CASE WHEN $add IS NULL THEN [] ELSE [$add] END AS mf
  MERGE (s)-[n:ABOUT]->(a)
  ON CREATE SET n = properties(r), n.mergedFrom = CASE WHEN size(mf) = 0 THEN null ELSE mf END
  DELETE r
}
CALL () {
  MATCH (s:Statement)-[r:VIA]->(b:Entity {id: $from})
  WHERE $only IS NULL OR $only IN coalesce(r.mergedFrom, [])
  MATCH (a:Entity {id: $to})
  WITH a, s, r,
       [x IN coalesce(r.mergedFrom, []) WHERE x <> coalesce($remove, '') AND x <> coalesce($add, '')]
       + CASE WHEN $add IS NULL THEN [] ELSE [$add] END AS mf
  MERGE (s)-[n:VIA]->(a)
  ON CREATE SET n = properties(r), n.mergedFrom = CASE WHEN size(mf) = 0 THEN null ELSE mf END
  DELETE r
}
