#!/usr/bin/env bash
# Fails when prisma/schema.prisma and the hand-written SQL in prisma/migrations disagree (drift).
# Replays every migration into a fresh database on a PostgreSQL server and compares the result with the
# schema (`prisma migrate diff --exit-code`, through prisma/drift.config.ts). Takes seconds.
# The server: PG_THROWAWAY_URL or TEST_DATABASE_URL (.ci/run has one running), else a throwaway one of
# its own (scripts/pg-throwaway.sh: needs root and Debian's postgresql, so it is CI's check, not
# `npm run validate`'s). Usage: scripts/check-migrations.sh [schema file, default prisma/schema.prisma]
set -euo pipefail
cd "$(dirname "$0")/.."
schema="${1:-prisma/schema.prisma}"

server="${PG_THROWAWAY_URL:-${TEST_DATABASE_URL:-}}"
own_server=
if [ -z "$server" ]; then
  own_server=1
  source scripts/pg-throwaway.sh
  trap pg_throwaway_stop EXIT
  pg_throwaway_start
  server="$PG_THROWAWAY_URL"
fi

# A database of its own on that server, dropped afterwards: the replay must start empty, and never
# touches the test suite's databases.
name="ww_drift_$$_$(date +%s)"
db_url=$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.href)' "$server" "$name")
admin() { # runs one statement on the server's own database
  node -e 'const pg = require("pg"); const c = new pg.Client(process.argv[1]);
    c.connect().then(() => c.query(process.argv[2])).finally(() => c.end()).catch((e) => { console.error(e.message); process.exit(1); })' \
    "$server" "$1"
}
admin "CREATE DATABASE \"$name\""
drop() { admin "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" || true; }
trap 'drop; [ -z "$own_server" ] || pg_throwaway_stop' EXIT

diff_migrations() {
  DRIFT_DATABASE_URL="$db_url" npx prisma migrate diff --config prisma/drift.config.ts \
    --from-migrations prisma/migrations --to-schema-datamodel "$schema" "$@"
}

rc=0
diff_migrations --exit-code >/dev/null 2>&1 || rc=$?
if [ "$rc" = 0 ]; then
  echo "migrations: prisma/migrations matches $schema"
  exit 0
fi
if [ "$rc" = 2 ]; then
  echo "migrations: prisma/migrations and $schema disagree. Add a new migration folder with this SQL" >&2
  echo "(hand-written, as the others are), or change the schema:" >&2
  drop && admin "CREATE DATABASE \"$name\""
  diff_migrations --script >&2 || true
else
  echo "migrations: the drift check could not run:" >&2
  drop && admin "CREATE DATABASE \"$name\""
  diff_migrations --exit-code >&2 || true
fi
exit 1
