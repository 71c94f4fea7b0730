// The merges that folded other entities into each entity, oldest first.
UNWIND $ids AS id
OPTIONAL MATCH (m:MergeRecord {kept: id})
WITH id, m ORDER BY m.at, m.id
RETURN id, collect(m {.merged, .mergedName, .reason, .manual, .at}) AS merges
