// Creates or refreshes the article node.
MERGE (a:Article {id: $id})
SET a += $props, a.ingestedAt = datetime()
