// Forgets a merge once it is undone.
MATCH (m:MergeRecord {id: $id})
DELETE m
RETURN count(*) AS deleted
