// Entities by id, with their names.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases, e.titles AS titles
