// Recreates an entity undone from a merge; its names are recomputed after its facts move back.
CREATE (e:Entity {id: $id, type: $type, name: $name, aliases: $aliases, titles: []})
FOREACH (_ IN CASE WHEN $type = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN $type = 'Organisation' THEN [1] ELSE [] END | SET e:Organisation)
FOREACH (_ IN CASE WHEN $type = 'Country' THEN [1] ELSE [] END | SET e:Country)
FOREACH (_ IN CASE WHEN $type = 'Place' THEN [1] ELSE [] END | SET e:Place)
RETURN e.id AS id
