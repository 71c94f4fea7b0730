// Counts of what the graph holds: articles, entities, statements, unnamed sources; entities
// by type (sources included), statements by kind; first and last statement dates.
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (s:Statement) RETURN count(s) AS statements, min(s.date) AS firstDate, max(s.date) AS lastDate }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL () {
  MATCH (e:Entity)
  WITH CASE
         WHEN e:Person THEN 'Person'
         WHEN e:Organisation THEN 'Organisation'
         WHEN e:Country THEN 'Country'
         WHEN e:Place THEN 'Place'
         ELSE coalesce(e.type, 'Entity')
       END AS type, count(*) AS count
  ORDER BY count DESC, type
  RETURN collect({type: type, count: count}) AS byType
}
CALL () {
  MATCH (s:Statement)
  WITH coalesce(s.kind, 'unknown') AS type, count(*) AS count
  ORDER BY count DESC, type
  RETURN collect({type: type, count: count}) AS byKind
}
RETURN articles, entities, statements, sources, firstDate, lastDate,
       byType + CASE WHEN sources > 0 THEN [{type: 'Source', count: sources}] ELSE [] END AS byType,
       byKind
