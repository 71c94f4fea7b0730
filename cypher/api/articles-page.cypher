// One page of articles, newest first (unknown dates last), then by id. When $hasAfter, $after
// is the [published, id] key of the previous page's last article. Returns $first + 1 rows.
MATCH (a:Article)
WITH a, coalesce(a.published, '') AS p
WHERE NOT $hasAfter OR p < $after[0] OR (p = $after[0] AND a.id < $after[1])
RETURN a.id AS id, p AS published
ORDER BY p DESC, a.id DESC
LIMIT toInteger($first) + 1
