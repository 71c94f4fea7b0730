// The most-mentioned actors and, beside each, what an analyst checks resolution with:
// its aliases, titles, merge records, and the other entities that may be the same actor
// (bench/top-actors.ts prints it).
//
// Parameters: $top, how many actors (Person, Organisation, Country), most articles first.
//
// "Possible splits" of an actor are the other entities (of any type, Place included) that
//   - share its matchKey (persons: the first three letters of the surname; others: the name),
//   - are persons sharing a person's last name word ("Brown" beside "Gordon Brown"), or
//   - have a name or alias that is one of its name and aliases, folded ("Mr Blair"): `shared`.
// Names are folded as cypher/api/search-entities.cypher folds them: NFKD, lowercase,
// combining marks dropped, any run of other characters than letters and digits one space.
MATCH (e:Entity)-[:MENTIONED_IN]->(:Article)
WHERE e:Person OR e:Organisation OR e:Country
WITH e, count(*) AS articles
ORDER BY articles DESC, e.id
LIMIT toInteger($top)
WITH collect({entity: e, articles: articles}) AS tops
// Every entity's name and aliases folded, once.
MATCH (o:Entity)
WITH tops, o,
     [f IN [o.name] + coalesce(o.aliases, []) |
       trim(reduce(acc = '', c IN split(toLower(normalize(f, NFKD)), '') |
         CASE
           WHEN 'a' <= c <= 'z' OR '0' <= c <= '9' THEN acc + c
           WHEN c =~ '\\p{M}' THEN acc
           WHEN c =~ '[\\p{L}\\p{N}]' THEN acc + c
           WHEN acc = '' OR acc ENDS WITH ' ' THEN acc
           ELSE acc + ' '
         END))] AS forms
WITH tops, collect({node: o, forms: forms, lastWord: last(split(forms[0], ' '))}) AS everyone
UNWIND range(0, size(tops) - 1) AS rank
WITH rank + 1 AS rank, tops[rank].entity AS e, tops[rank].articles AS articles, everyone
WITH rank, e, articles, everyone, [x IN everyone WHERE x.node = e][0] AS self
CALL (e) {
  OPTIONAL MATCH (m:MergeRecord {kept: e.id})
  WITH m ORDER BY m.at, m.id
  RETURN collect(m {.merged, .mergedName, .mergedAliases, .reason, .manual, at: toString(m.at)}) AS merges
}
CALL (e, self, everyone) {
  UNWIND everyone AS x
  WITH x.node AS o, [f IN x.forms WHERE f IN self.forms] AS shared,
       [why IN [
          CASE WHEN x.node.matchKey = e.matchKey THEN 'matchKey' END,
          CASE WHEN e:Person AND x.node:Person AND x.lastWord = self.lastWord THEN 'last name' END,
          CASE WHEN any(f IN x.forms WHERE f IN self.forms) THEN 'name/alias' END
        ] WHERE why IS NOT NULL] AS why
  WHERE o <> e AND size(why) > 0
  WITH o, why, shared, COUNT { (o)-[:MENTIONED_IN]->(:Article) } AS articles
  ORDER BY articles DESC, o.id
  RETURN collect({id: o.id, type: o.type, name: o.name, articles: articles, why: why, shared: shared}) AS splits
}
RETURN rank, e.id AS id, e.type AS type, e.name AS name, articles,
       coalesce(e.aliases, []) AS aliases, coalesce(e.titles, []) AS titles, merges, splits
ORDER BY rank
