// Removes an entity whose relationships have all been moved elsewhere.
MATCH (e:Entity {id: $id})
DETACH DELETE e
RETURN count(*) AS deleted
