// Actor nodes for the network view: label, type and a size hint (statements made plus
// statements about).
UNWIND $ids AS id
MATCH (n:Entity|Source {id: id})
RETURN n.id AS id,
       CASE
         WHEN n:Source THEN 'Source'
         WHEN n:Person THEN 'Person'
         WHEN n:Organisation THEN 'Organisation'
         WHEN n:Country THEN 'Country'
         WHEN n:Place THEN 'Place'
         ELSE n.type
       END AS type,
       coalesce(n.name, n.description, n.id) AS label,
       COUNT { (n)-[:SAID]->(:Statement) } + COUNT { (:Statement)-[:ABOUT]->(n) } AS weight
