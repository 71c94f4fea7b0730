// The stored content hash of an article, to tell new, updated and unchanged apart.
MATCH (a:Article {id: $id})
RETURN a.sha256 AS sha256
