// Without this, Postgres-in-PGlite arms a startup-progress timer after crash recovery that keeps
// Node alive forever (docs/stack.md#p5-pglite-keeps-node-alive).
export const PGLITE_CONF = ["log_startup_progress_interval = 0"];
