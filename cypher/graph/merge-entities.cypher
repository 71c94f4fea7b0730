// Entities of one article, with their MENTIONED_IN edge. The edge keeps how this article
// names the entity (name, aliases, titles) and which extractor ids were merged onto it
// (mergedFrom), so names can be recomputed and merges undone. Type and label are set
// when the entity is created; labels come from a fixed list.
MATCH (a:Article {id: $article})
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.type = row.type
SET e.name = row.name, e.aliases = row.aliases, e.titles = row.titles,
    e.searchText = row.searchText, e.matchKey = row.matchKey
FOREACH (_ IN CASE WHEN e.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN e.type = 'Organisation' THEN [1] ELSE [] END | SET e:Organisation)
FOREACH (_ IN CASE WHEN e.type = 'Country' THEN [1] ELSE [] END | SET e:Country)
FOREACH (_ IN CASE WHEN e.type = 'Place' THEN [1] ELSE [] END | SET e:Place)
CREATE (e)-[m:MENTIONED_IN]->(a)
SET m = row.mention
