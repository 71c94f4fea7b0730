// How each article names each given entity, to recompute the entity's names and titles
// (with the names of entities merged into it by hand where both were mentioned).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(:Article)
RETURN e.id AS id, e.type AS type,
       collect(CASE WHEN m IS NULL THEN null ELSE {
         name: m.name,
         aliases: coalesce(m.aliases, []) + coalesce(m.absorbedNames, []),
         titles: coalesce(m.titles, []) + coalesce(m.absorbedTitles, [])
       } END) AS surfaces
