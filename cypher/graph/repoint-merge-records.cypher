// When the kept entity of earlier merges is itself merged away, those merges now point
// to the entity that absorbed it, so no record points to a missing entity.
MATCH (m:MergeRecord)
WHERE m.kept = $from
SET m.kept = $to
RETURN count(m) AS repointed
