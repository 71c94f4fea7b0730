// One page of statements matching a filter, in a stable total order: date (unknown dates
// last when newest first) then id. An empty-string parameter does not filter (one
// parameter type for every call, so one cached plan). When $hasAfter, $after is the
// [date, id] key of the previous page's last statement. Returns $first + 1 rows so the
// API can tell whether a next page exists.
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
WITH s, coalesce(s.date, '') AS d
WHERE ($kind = '' OR s.kind = $kind)
  AND ($from = '' OR (s.date IS NOT NULL AND s.date >= $from))
  AND ($to = '' OR (s.date IS NOT NULL AND s.date <= $to))
  AND ($speaker = '' OR EXISTS { (:Entity|Source {id: $speaker})-[:SAID]->(s) })
  AND ($audience = '' OR EXISTS { (s)-[:TO]->(:Entity|Source {id: $audience}) })
  AND ($about = '' OR EXISTS { (s)-[:ABOUT]->(:Entity|Source {id: $about}) })
  AND ($article = '' OR EXISTS { (s)-[:IN]->(:Article {id: $article}) })
  AND (NOT $hasAfter
       OR ($asc AND (d > $after[0] OR (d = $after[0] AND s.id > $after[1])))
       OR (NOT $asc AND (d < $after[0] OR (d = $after[0] AND s.id < $after[1]))))
RETURN s.id AS id, d AS date
ORDER BY CASE WHEN $asc THEN d END ASC, CASE WHEN $asc THEN s.id END ASC,
         CASE WHEN $asc THEN null ELSE d END DESC, CASE WHEN $asc THEN null ELSE s.id END DESC
LIMIT toInteger($first) + 1
