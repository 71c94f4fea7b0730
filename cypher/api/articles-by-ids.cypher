// Article metadata by id; the text is loaded only when asked for (article-texts).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.title AS title, a.published AS published, a.source AS source, a.url AS url
