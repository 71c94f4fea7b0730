// Constraints and indexes of the graph. Idempotent: applied at every start.
// Identity: every node is found by its id; uniqueness constraints also index it.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT merge_id IF NOT EXISTS FOR (m:MergeRecord) REQUIRE m.id IS UNIQUE;
// Lookups and sort orders the API uses.
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
CREATE INDEX article_sha IF NOT EXISTS FOR (a:Article) ON (a.sha256);
CREATE INDEX statement_date IF NOT EXISTS FOR (s:Statement) ON (s.date);
CREATE INDEX statement_kind IF NOT EXISTS FOR (s:Statement) ON (s.kind);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX entity_key IF NOT EXISTS FOR (e:Entity) ON (e.matchKey);
// Ranked search over names and aliases; searchText holds them with diacritics folded too.
// Actors and unnamed sources apart: sources grow with the corpus (one per article), so
// searching actors never wades through them. Updated after commit (eventually consistent)
// to keep Lucene off the ingestion path; writers await the refresh before they answer.
CREATE FULLTEXT INDEX actor_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: true } };
CREATE FULLTEXT INDEX source_search IF NOT EXISTS FOR (n:Source) ON EACH [n.name, n.description]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: true } };
// Replaced by the two above (graphs made by earlier versions).
DROP INDEX entity_search IF EXISTS;
CREATE FULLTEXT INDEX statement_search IF NOT EXISTS FOR (s:Statement) ON EACH [s.text]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: true } };
