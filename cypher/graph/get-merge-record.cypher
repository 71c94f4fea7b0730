// One merge record by id.
MATCH (m:MergeRecord {id: $id})
RETURN m.id AS id, m.kept AS kept, m.merged AS merged, m.mergedName AS mergedName,
       m.mergedAliases AS mergedAliases, m.reason AS reason, m.manual AS manual, toString(m.at) AS at
