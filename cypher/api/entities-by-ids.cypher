// Entities (actors and unnamed sources) by id, for the per-request DataLoader.
// The type comes from the labels, so a Source needs no type property.
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
       coalesce(n.name, n.description, n.id) AS name,
       coalesce(n.aliases, []) AS aliases,
       coalesce(n.titles, []) AS titles,
       [(n)-[:AFFILIATED_WITH]->(a) | a.id][0] AS affiliationId,
       n.wikidata AS wikidata,
       [(n)-[r:HOLDS_ROLE]->(o) | {
          title: r.title, organisationId: o.id, asOf: r.asOf, from: r.from, to: r.to,
          source: coalesce(r.source, r.article)
        }] AS roles
