// Ranked search over actors' and unnamed sources' names and aliases.
//
// Parameters: $query, a Lucene query built and escaped by the API (server/api/lucene.ts);
// $words, the words typed, folded (lowercase, diacritics removed) and split on anything
// but letters and digits, and $phrase, those words joined by single spaces; $types filters
// (null: all); $candidates, the hits taken from each index; $first, the hits returned.
//
// Cost is bounded: each fulltext index gives at most $candidates hits (best Lucene score
// first), and only those are re-ranked, so the cost stays the same however many articles,
// entities and sources the graph holds. Popularity is read from relationship degrees
// (COUNT of MENTIONED_IN and SAID edges, no edge properties), which Neo4j answers from
// its degree store without walking the edges.
//
// Ranking (documented in server/api/README.md, "search"):
//   score = tier + 0.6 * popularity + 0.3 * lucene
// tier: how the words typed match the name and aliases, each folded to its words as
// $words is (case, diacritics and punctuation do not matter):
//   4  the words are the whole name                                "NATO" for NATO
//   3  they are a whole alias, or each is a word of the name        "Blair" for Tony Blair
//   2  the most a person known by one word only (a surname-only node) gets, so every
//      fuller name the words match ranks above it                  "Blair" for person:blair
//   1  each word begins a word of the name or of one alias          "Prima" for Primakov;
//      and the most an unnamed source gets unless the words are its whole name: a source
//      that names an actor is not that actor                  "Blair" for "a spokesman for Mr Blair"
//   0  anything else the index found: typos                        "Primakow" for Primakov
// popularity = ln(1 + n) / ln(1 + the largest n among the candidates), in [0, 1], where
//   n = the articles that mention the entity + the statements it made (a source: these).
// lucene = the fulltext score / the largest among the candidates, in [0, 1]: the closer
//   spelling first among typos, and a tie-break.
// The fraction stays below 1, so the tier decides; within a tier the more mentioned comes
// first. Equal scores: by name, then id.
CALL () {
  WITH 1 AS one
  WHERE $types IS NULL OR any(t IN $types WHERE t <> 'Source')
  CALL db.index.fulltext.queryNodes('actor_search', $query, {limit: toInteger($candidates)}) YIELD node, score
  WITH node, score
  WHERE $types IS NULL OR node.type IN $types
  RETURN node, score
  UNION ALL
  WITH 1 AS one
  WHERE $types IS NULL OR 'Source' IN $types
  CALL db.index.fulltext.queryNodes('source_search', $query, {limit: toInteger($candidates)}) YIELD node, score
  RETURN node, score
}
// Each name and alias as its folded words joined by single spaces ("Zoë  Baird-Smith" →
// "zoe baird smith"): NFKD, lowercase, combining marks dropped, any run of other
// characters than letters and digits made one space.
WITH node, score,
     [f IN [node.name] + coalesce(node.aliases, []) + CASE WHEN node:Source AND node.description IS NOT NULL THEN [node.description] ELSE [] END |
       trim(reduce(acc = '', c IN split(toLower(normalize(f, NFKD)), '') |
         CASE
           WHEN 'a' <= c <= 'z' OR '0' <= c <= '9' THEN acc + c
           WHEN c =~ '\\p{M}' THEN acc
           WHEN c =~ '[\\p{L}\\p{N}]' THEN acc + c
           WHEN acc = '' OR acc ENDS WITH ' ' THEN acc
           ELSE acc + ' '
         END))] AS forms
WITH node, score, forms[0] AS name, forms[1..] AS aliases, split(forms[0], ' ') AS nameWords
WITH node, score, nameWords,
     CASE
       WHEN name = $phrase THEN 4
       WHEN $phrase IN aliases OR all(w IN $words WHERE w IN nameWords) THEN 3
       WHEN all(w IN $words WHERE any(x IN nameWords WHERE x STARTS WITH w))
         OR any(a IN aliases WHERE all(w IN $words WHERE any(x IN split(a, ' ') WHERE x STARTS WITH w))) THEN 1
       ELSE 0
     END AS fit
WITH node, score,
     CASE
       WHEN node:Source AND fit < 4 AND fit > 1 THEN 1
       WHEN node:Person AND size(nameWords) = 1 AND fit > 2 THEN 2
       ELSE fit
     END AS tier,
     COUNT { (node)-[:MENTIONED_IN]->() } + COUNT { (node)-[:SAID]->() } AS n
WITH collect({node: node, score: score, tier: tier, n: n}) AS hits
WITH hits,
     reduce(m = 0.0, h IN hits | CASE WHEN h.score > m THEN h.score ELSE m END) AS maxScore,
     reduce(m = 0, h IN hits | CASE WHEN h.n > m THEN h.n ELSE m END) AS maxN
UNWIND hits AS h
WITH h.node AS node,
     h.tier
       + 0.6 * CASE WHEN maxN = 0 THEN 0.0 ELSE log(1.0 + h.n) / log(1.0 + maxN) END
       + 0.3 * CASE WHEN maxScore = 0 THEN 0.0 ELSE h.score / maxScore END AS score
RETURN node.id AS id, score
ORDER BY score DESC, node.name, node.id
LIMIT toInteger($first)
