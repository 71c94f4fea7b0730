// Writes recomputed names, titles and keys of entities.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.name = row.name, e.aliases = row.aliases, e.titles = row.titles,
    e.searchText = row.searchText, e.matchKey = row.matchKey
