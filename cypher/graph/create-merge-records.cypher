// Records merges (automatic or by hand), one per merged id, so they can be listed and undone.
UNWIND $rows AS row
MERGE (m:MergeRecord {id: row.id})
SET m.kept = row.kept, m.merged = row.merged, m.mergedName = row.mergedName,
    m.mergedAliases = row.mergedAliases, m.reason = row.reason, m.manual = row.manual, m.at = datetime()
