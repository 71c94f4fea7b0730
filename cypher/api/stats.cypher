// Counts of what the graph holds.
CALL { MATCH (a:Article) RETURN count(a) AS articles }
CALL { MATCH (e:Entity) RETURN count(e) AS entities }
CALL { MATCH (s:Statement) RETURN count(s) AS statements }
RETURN articles, entities, statements
