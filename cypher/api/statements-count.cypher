// How many statements match a filter: the same filter as statements-page, without paging.
// Candidates come from the most selective filter given (fulltext, speaker, about,
// audience, article), else from every statement; all filters are then applied.
CALL () {
  WITH $textQuery AS q WHERE q <> ''
  CALL db.index.fulltext.queryNodes('statement_search', q) YIELD node
  RETURN node AS s
  UNION
  WITH $textQuery AS q WHERE q = '' AND $speaker <> ''
  MATCH (:Entity|Source {id: $speaker})-[:SAID]->(s:Statement)
  RETURN s
  UNION
  WITH $textQuery AS q WHERE q = '' AND $speaker = '' AND $about <> ''
  MATCH (s:Statement)-[:ABOUT]->(:Entity|Source {id: $about})
  RETURN s
  UNION
  WITH $textQuery AS q WHERE q = '' AND $speaker = '' AND $about = '' AND $audience <> ''
  MATCH (s:Statement)-[:TO]->(:Entity|Source {id: $audience})
  RETURN s
  UNION
  WITH $textQuery AS q WHERE q = '' AND $speaker = '' AND $about = '' AND $audience = '' AND $article <> ''
  MATCH (s:Statement)-[:IN]->(:Article {id: $article})
  RETURN s
  UNION
  WITH $textQuery AS q WHERE q = '' AND $speaker = '' AND $about = '' AND $audience = '' AND $article = ''
  MATCH (s:Statement)
  RETURN s
}
WITH s
WHERE ($kind = '' OR s.kind = $kind)
  AND ($from = '' OR (s.date IS NOT NULL AND s.date >= $from))
  AND ($to = '' OR (s.date IS NOT NULL AND s.date <= $to))
  AND ($speaker = '' OR EXISTS { (:Entity|Source {id: $speaker})-[:SAID]->(s) })
  AND ($audience = '' OR EXISTS { (s)-[:TO]->(:Entity|Source {id: $audience}) })
  AND ($about = '' OR EXISTS { (s)-[:ABOUT]->(:Entity|Source {id: $about}) })
  AND ($article = '' OR EXISTS { (s)-[:IN]->(:Article {id: $article}) })
RETURN count(s) AS totalCount
