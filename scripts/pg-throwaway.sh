#!/usr/bin/env bash
# A throwaway PostgreSQL server on a temporary directory and a free port, for tests and benchmarks.
# Usage: source scripts/pg-throwaway.sh; pg_throwaway_start; ...; pg_throwaway_stop
# Exports PG_THROWAWAY_URL. Postgres refuses to run as root, so it runs as the "postgres" user.

pg_throwaway_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ]; then
    echo "PostgreSQL server binaries missing: installing postgresql from Debian" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$bin"
}

pg_throwaway_start() {
  local bin user
  bin=$(pg_throwaway_bin)
  user=postgres
  id "$user" >/dev/null 2>&1 || useradd --system --no-create-home "$user"
  PG_THROWAWAY_DIR=$(mktemp -d /tmp/ww-pg.XXXXXX)
  chown "$user" "$PG_THROWAWAY_DIR"
  PG_THROWAWAY_PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  runuser -u "$user" -- "$bin/initdb" -D "$PG_THROWAWAY_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u "$user" -- "$bin/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -l "$PG_THROWAWAY_DIR/log" -w \
    -o "-p $PG_THROWAWAY_PORT -k $PG_THROWAWAY_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
  export PG_THROWAWAY_DIR PG_THROWAWAY_PORT PG_THROWAWAY_BIN="$bin" PG_THROWAWAY_USER="$user"
  export PG_THROWAWAY_URL="postgresql://postgres@127.0.0.1:$PG_THROWAWAY_PORT/postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') running on port $PG_THROWAWAY_PORT" >&2
}

pg_throwaway_stop() {
  [ -n "${PG_THROWAWAY_DIR:-}" ] || return 0
  runuser -u "$PG_THROWAWAY_USER" -- "$PG_THROWAWAY_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_THROWAWAY_DIR"
  unset PG_THROWAWAY_DIR
}
