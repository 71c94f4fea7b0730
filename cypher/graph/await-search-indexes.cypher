// The fulltext indexes are eventually consistent (updated after commit, off the write
// path): waits until they hold every committed write, so a search sees them.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
