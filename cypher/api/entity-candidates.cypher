// For a person named only by a surname ("Mr Prescott", kept apart where no story said who):
// the full-name people of that surname it may be, most-mentioned first, up to 10. Empty for
// everyone else.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  WITH n, [w IN split(toLower(n.name), ' ') WHERE NOT w IN ['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'dame', 'baroness']] AS words
  WHERE n:Person AND size(words) = 1
  MATCH (p:Person {matchKey: n.matchKey})
  WHERE p <> n AND toLower(p.name) ENDS WITH ' ' + words[0]
  WITH p, COUNT { (p)-[:MENTIONED_IN]->(:Article) } AS articles
  ORDER BY articles DESC, p.id
  LIMIT 10
  RETURN collect(p.id) AS candidateIds
}
RETURN id, candidateIds
