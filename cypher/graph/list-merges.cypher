// Every recorded merge, newest first.
MATCH (m:MergeRecord)
RETURN m.id AS id, m.kept AS kept, m.merged AS merged, m.mergedName AS mergedName,
       m.mergedAliases AS mergedAliases, m.reason AS reason, m.manual AS manual, toString(m.at) AS at
ORDER BY m.at DESC, m.id
