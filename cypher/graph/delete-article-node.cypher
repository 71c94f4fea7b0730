// Removes the article node once its facts are gone.
MATCH (a:Article {id: $id})
DETACH DELETE a
RETURN count(*) AS deleted
