// One article id, if there is any article at all.
MATCH (a:Article)
RETURN a.id AS id
LIMIT 1
