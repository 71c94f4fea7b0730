// Writes one article and everything it says in a single round trip: each part is a unit
// subquery over its own UNWIND batch, run in order, so later parts see earlier writes
// (statements find their speakers, links find their statements). Parameters: $id and
// $props of the article, then $rows: one list of rows per part (empty lists write nothing).
// The lists sit in one map so the query is planned once: as nine bare list parameters,
// Neo4j planned it anew for lists of other sizes, i.e. for most articles (measured
// on the BBC corpus: 0.1–1 s of planning each, against 2–10 ms of running).
// The merges resolution decided are recorded by create-merge-records.cypher.

// The article node.
MERGE (a:Article {id: $id})
SET a += $props, a.ingestedAt = datetime()

// Entities of the article, with their MENTIONED_IN edge. The edge keeps how this article
// names the entity (name, aliases, titles) and which extractor ids were merged onto it
// (mergedFrom), so names can be recomputed and merges undone. Type and label are set
// when the entity is created; labels come from a fixed list.
WITH a
CALL (a) {
  UNWIND $rows.entities AS row
  MERGE (e:Entity {id: row.id})
  ON CREATE SET e.type = row.type
  SET e.name = row.name, e.aliases = row.aliases, e.titles = row.titles,
      e.searchText = row.searchText, e.matchKey = row.matchKey,
      e.wikidata = coalesce(row.wikidata, e.wikidata)
  FOREACH (_ IN CASE WHEN e.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
  FOREACH (_ IN CASE WHEN e.type = 'Organisation' THEN [1] ELSE [] END | SET e:Organisation)
  FOREACH (_ IN CASE WHEN e.type = 'Country' THEN [1] ELSE [] END | SET e:Country)
  FOREACH (_ IN CASE WHEN e.type = 'Place' THEN [1] ELSE [] END | SET e:Place)
  CREATE (e)-[m:MENTIONED_IN]->(a)
  SET m = row.mention
}

// Unnamed sources ("a NATO source") and what they belong to.
CALL () {
  UNWIND $rows.sources AS row
  MERGE (s:Source {id: row.id})
  SET s.name = row.name, s.description = row.description, s.article = $id
  WITH s, row
  CALL (s, row) {
    MATCH (e:Entity {id: row.affiliation})
    CREATE (s)-[:AFFILIATED_WITH {mergedFrom: row.mergedFrom}]->(e)
  }
}

// Statements, their provenance (IN) and speaker (SAID).
CALL (a) {
  UNWIND $rows.statements AS row
  MERGE (s:Statement {id: row.id})
  SET s.text = row.text, s.kind = row.kind, s.date = row.date, s.start = row.start, s.end = row.end,
      s.cue = row.cue, s.audienceText = row.audienceText
  CREATE (s)-[:IN]->(a)
  WITH s, row
  CALL (s, row) {
    MATCH (e:Entity {id: row.speakerEntity})
    CREATE (e)-[:SAID {mergedFrom: row.mergedFrom}]->(s)
  }
  CALL (s, row) {
    MATCH (src:Source {id: row.speakerSource})
    CREATE (src)-[:SAID]->(s)
  }
}

// Audiences (TO), subjects (ABOUT) and relays (VIA) of the statements.
CALL () {
  UNWIND $rows.to AS row
  MATCH (s:Statement {id: row.statement})
  MATCH (e:Entity {id: row.entity})
  CREATE (s)-[:TO {mergedFrom: row.mergedFrom}]->(e)
}
CALL () {
  UNWIND $rows.about AS row
  MATCH (s:Statement {id: row.statement})
  MATCH (e:Entity {id: row.entity})
  CREATE (s)-[:ABOUT {mergedFrom: row.mergedFrom}]->(e)
}
CALL () {
  UNWIND $rows.via AS row
  MATCH (s:Statement {id: row.statement})
  MATCH (e:Entity {id: row.entity})
  CREATE (s)-[:VIA {mergedFrom: row.mergedFrom}]->(e)
}

// Titles the article gives, as of its date: (:Person)-[:HOLDS_ROLE]->(:Organisation|:Country); source is the article.
CALL () {
  UNWIND $rows.roles AS row
  MATCH (p:Entity {id: row.person})
  MATCH (o:Entity {id: row.org})
  CREATE (p)-[:HOLDS_ROLE {title: row.title, asOf: row.asOf, article: $id, source: $id, mergedFrom: row.mergedFrom}]->(o)
}

// Offices from the reference table of office-holders, dated (from, to): facts about the
// person, owned by no article, so written once (MERGE) and kept while the person is. The
// state or body is created if the graph lacks it.
CALL () {
  UNWIND $rows.offices AS row
  MATCH (p:Entity {id: row.person})
  MERGE (o:Entity {id: row.org})
  ON CREATE SET o.type = row.orgType, o.name = row.orgName, o.aliases = [], o.titles = [],
                o.searchText = row.orgSearchText, o.matchKey = row.orgMatchKey
  FOREACH (_ IN CASE WHEN o.type = 'Country' THEN [1] ELSE [] END | SET o:Country)
  FOREACH (_ IN CASE WHEN o.type = 'Organisation' THEN [1] ELSE [] END | SET o:Organisation)
  MERGE (p)-[r:HOLDS_ROLE {ref: row.ref}]->(o)
  SET r.title = row.title, r.office = row.office, r.from = row.from, r.to = row.to,
      r.source = 'office-holders', r.dataset = row.dataset
}

// Other relations the extractor found (met, signed, …), with their evidence span.
CALL () {
  UNWIND $rows.relations AS row
  MATCH (f:Entity {id: row.from})
  MATCH (t:Entity {id: row.to})
  CREATE (f)-[:RELATED {type: row.type, article: $id, start: row.start, end: row.end, mergedFrom: row.mergedFrom}]->(t)
}
