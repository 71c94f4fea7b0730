// Removes, among the given entities, those no article mentions any more.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)-[:MENTIONED_IN]->(:Article) }
DETACH DELETE e
RETURN count(*) AS deleted
