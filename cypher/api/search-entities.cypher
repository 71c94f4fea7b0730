// Ranked fulltext search over entity and source names and aliases. $query is a Lucene
// query built and escaped by the API (server/api/search/lucene.ts); $types filters (null: all).
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WITH node, score,
     CASE
       WHEN node:Source THEN 'Source'
       WHEN node:Person THEN 'Person'
       WHEN node:Organisation THEN 'Organisation'
       WHEN node:Country THEN 'Country'
       WHEN node:Place THEN 'Place'
       ELSE node.type
     END AS type
WHERE $types IS NULL OR type IN $types
RETURN node.id AS id, score
ORDER BY score DESC, node.name, node.id
LIMIT toInteger($first)
