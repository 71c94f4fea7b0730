// For each entity: whom it spoke to, who spoke to it and who spoke about it, with counts,
// most frequent first.
UNWIND $ids AS id
MATCH (n:Entity|Source {id: id})
CALL (n) {
  OPTIONAL MATCH (n)-[:SAID]->(:Statement)-[:TO]->(t)
  WITH t, count(*) AS c WHERE t IS NOT NULL
  WITH t, c ORDER BY c DESC, t.id
  RETURN collect({entityId: t.id, count: c}) AS spokeTo
}
CALL (n) {
  OPTIONAL MATCH (sp)-[:SAID]->(:Statement)-[:TO]->(n)
  WITH sp, count(*) AS c WHERE sp IS NOT NULL
  WITH sp, c ORDER BY c DESC, sp.id
  RETURN collect({entityId: sp.id, count: c}) AS spokenToBy
}
CALL (n) {
  OPTIONAL MATCH (sp)-[:SAID]->(:Statement)-[:ABOUT]->(n)
  WITH sp, count(*) AS c WHERE sp IS NOT NULL
  WITH sp, c ORDER BY c DESC, sp.id
  RETURN collect({entityId: sp.id, count: c}) AS spokenAboutBy
}
RETURN id, spokeTo, spokenToBy, spokenAboutBy
