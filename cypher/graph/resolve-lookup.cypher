// What ingestion needs to know first, in one read: the stored content hash of the article
// (null when it is new), which incoming ids exist (with their names),
// earlier merges of incoming ids (with the kept entity's names), and the persons sharing
// a matchKey with an incoming person the graph does not know yet, or named by a surname
// alone (with their role organisations and the entities they share statements with).
// $lists holds the lists (ids, persons) in one map, so other sizes reuse the cached plan.
CALL () {
  OPTIONAL MATCH (a:Article {id: $article})
  RETURN a.sha256 AS stored
}
CALL () {
  UNWIND $lists.ids AS id
  MATCH (e:Entity {id: id})
  RETURN collect({id: e.id, type: e.type, name: e.name, aliases: e.aliases, titles: e.titles}) AS existing
}
CALL () {
  UNWIND $lists.ids AS id
  MATCH (m:MergeRecord {id: 'merge:' + id})
  OPTIONAL MATCH (k:Entity {id: m.kept})
  RETURN collect({
    merged: m.merged, kept: m.kept, type: k.type, name: k.name, aliases: k.aliases, titles: k.titles
  }) AS records
}
CALL () {
  UNWIND $lists.persons AS incoming
  WITH incoming
  WHERE incoming.surnameOnly OR NOT EXISTS { MATCH (:Entity {id: incoming.id}) }
  UNWIND incoming.keys AS key
  MATCH (p:Entity {matchKey: key})
  WHERE p:Person AND NOT p.id IN $lists.ids
    // For a surname alone, only the full names ending in it can be its owner.
    AND (NOT incoming.surnameOnly OR toLower(p.name) ENDS WITH ' ' + incoming.surname)
  WITH p, any(s IN collect(incoming.surnameOnly) WHERE s) AS forSurname
  CALL (p) {
    OPTIONAL MATCH (p)-[:HOLDS_ROLE]->(o:Entity)
    RETURN collect(DISTINCT o.id) AS orgs
  }
  CALL (p) {
    OPTIONAL MATCH (p)-[:SAID|TO|ABOUT|VIA]-(:Statement)-[:SAID|TO|ABOUT|VIA]-(x:Entity)
    WHERE x <> p
    WITH DISTINCT x
    LIMIT 500
    RETURN collect(x.id) AS co
  }
  // People named in the same stories, for a surname alone (weaker than sharing statements).
  CALL (p, forSurname) {
    OPTIONAL MATCH (p)-[:MENTIONED_IN]->(:Article)<-[:MENTIONED_IN]-(x:Person)
    WHERE forSurname AND x <> p
    WITH DISTINCT x
    LIMIT 500
    RETURN collect(x.id) AS coArticle
  }
  RETURN collect({
    id: p.id, name: p.name, aliases: p.aliases, titles: p.titles, orgs: orgs, coMentioned: co, coArticle: coArticle
  }) AS candidates
}
RETURN stored, existing, records, candidates
