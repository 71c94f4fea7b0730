// Every index (constraints included, through their backing index) and its state, for /ready.
SHOW INDEXES YIELD name, state
RETURN name, state
