#!/usr/bin/env bash
# `npm test`: unit and integration tests (integration on the embedded PGlite, and again on
# PostgreSQL when TEST_DATABASE_URL is set), then a production build and the e2e tests in Chromium.
# Ends with one plain "N passed, N failed" line over all suites.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1

# The e2e tests need Debian's Chromium (playwright.config.ts). Checked first, so a missing browser
# costs seconds, not a whole run that ends in a Playwright stack trace. As root with apt-get (a fresh
# CI machine) it is installed, as .ci/run does; anywhere else the one command to run is printed.
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing Chromium from Debian (needed for the e2e tests) =="
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || true
  fi
  if [ ! -x "$chromium_path" ]; then
    echo "npm test stopped: Chromium is not installed at $chromium_path, and the e2e tests need it." >&2
    echo "Install it with:  sudo apt-get install -y chromium" >&2
    if [ -n "${CHROMIUM_PATH:-}" ]; then echo "(CHROMIUM_PATH is set; unset it to use /usr/bin/chromium.)" >&2; fi
    exit 1
  fi
fi
# Faster still: Chromium's headless shell (playwright.config.ts takes it when installed). Added where
# it can be (root with apt-get, as in CI); elsewhere the tests run in the full browser, a little slower.
headless_shell=/usr/lib/chromium/chromium-headless-shell
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x "$headless_shell" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "== installing Chromium's headless shell from Debian (the e2e tests need a quarter less CPU with it) =="
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null 2>&1 ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null; } || true
fi

# The PDF structure tests read our tagged PDFs as a screen reader gets them, with poppler's pdfinfo
# (tests/support/pdf-structure.ts): installed the same way, or the one command to run is printed.
if ! command -v pdfinfo >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing poppler-utils from Debian (pdfinfo, for the PDF structure tests) =="
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null; } || true
  fi
  if ! command -v pdfinfo >/dev/null 2>&1; then
    echo "npm test stopped: pdfinfo (poppler-utils) is not installed, and the PDF structure tests need it." >&2
    echo "Install it with:  sudo apt-get install -y poppler-utils" >&2
    exit 1
  fi
fi

log=$(mktemp)
# (an `if`, not `&&`: under set -e a failed last command of an && list in the trap would become the exit status)
trap 'rm -f "$log"; if [ -n "${pg_pid:-}" ]; then kill "$pg_pid" 2>/dev/null || true; fi' EXIT
started=$(date +%s)
# each section's header says when it started, so a slow CI run shows where the time went
section() { echo "== $1 (at $(($(date +%s) - started)) s) =="; }
passed=0

count() { # sums "N passed" of the runner's summary line (vitest: "Tests  N passed", playwright: "N passed (…)")
  local n
  n=$(sed -E 's/\x1b\[[0-9;]*m//g' "$log" | grep -E "$1" | grep -oE '[0-9]+ passed' | tail -n 1 | grep -oE '[0-9]+' || echo 0)
  passed=$((passed + n))
}

# The production build runs first, alone at full priority, with the e2e tests' database seeded beside
# it (scripts/e2e-prepare.mjs; the e2e server then starts on it instead of seeding first). In CI the
# type check already ran (.ci/run): the build skips its second one.
# Measured and replaced: the build at nice 19 beside the embedded suite, reniced once the suite was
# done. Starved first by the suite and then by the PostgreSQL suite's database processes (which run at
# normal priority whatever the suite's own nice), it finished 140 s after the embedded suite, and the
# e2e tests waited for it (a CI run of 909 s). Also rejected before: both suites beside the e2e tests
# (e2e 10 minutes instead of 8), and the PostgreSQL suite beside the e2e tests (below).
# Issue 26 (the CI budget): with a PostgreSQL server at hand (CI), the e2e server runs on it, in a
# database of its own, instead of on the embedded engine: PGlite runs inside the server's own process,
# so every query took the Node process's time from the pages. The embedded engine keeps its own e2e
# test (first-run.spec.ts starts `npm start` on it) and its integration suite above.
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  export E2E_DATABASE_URL="${TEST_DATABASE_URL%/*}/ww_e2e"
fi
section "production build, with the e2e database seeded beside it"
if [ "${CI:-}" = "true" ]; then export WW_BUILD_SKIP_TYPECHECK=1; fi
prepare_log=$(mktemp)
nice -n 10 node scripts/e2e-prepare.mjs >"$prepare_log" 2>&1 &
prepare_pid=$!
npx next build
prepare_rc=0
wait "$prepare_pid" || prepare_rc=$?
if [ "$prepare_rc" != 0 ]; then cat "$prepare_log"; echo "preparing the e2e database failed" >&2; exit 1; fi
rm -f "$prepare_log"

# Which integration file runs on which engine (ADR 033, the CI budget). Without PostgreSQL (a laptop),
# every file runs on the embedded engine. With it (CI), each file runs where it tells something:
# - on both engines: the files that test what the embedded engine does differently from the server:
#   one connection instead of a pool (locks, SKIP LOCKED, rate-limit counters under concurrency), its
#   LISTEN/NOTIFY (the live board, the room's fan-out), its sessions and links, backups, first run;
# - on the embedded engine only: the files that read a few rows and then render a document (the report,
#   the code's PDF and Word file, worksheets): they test the rendering, which no engine
#   changes (measured: on PostgreSQL only instead, the phase took 50 s longer);
# - on PostgreSQL only: every other file. They test one feature's decisions through Prisma, with nothing
#   of the engine's own in them (the authorization matrix, the fuzz test, each feature's rules). PGlite is
#   PostgreSQL itself, compiled to WebAssembly, and runs them 1.5–3× slower than the server.
# A new file runs on PostgreSQL only, until it is added to both_engines because it depends on the engine.
# (session 2's room: its lifecycle and its fan-out across two instances ride on LISTEN/NOTIFY, and issue 26
# asks for the lifecycle, the presenter's fan-out and the summary's content on both engines.)
both_engines=(backup board-live board-stream-close first-run health-ready login-limits logins mail-delivery route-handler
  scan-link-rule scan-load-limits scheduler session-room room-summary)
rendering_only=(report report-download gedragscode-export worksheets organisation-settings)
for f in "${both_engines[@]}" "${rendering_only[@]}"; do
  [ -f "tests/integration/$f.test.ts" ] || { echo "scripts/test-all.sh lists tests/integration/$f.test.ts, which does not exist" >&2; exit 1; }
done
embedded_files=() # empty: every file (no PostgreSQL)
pg_excludes=()
for f in "${rendering_only[@]}"; do pg_excludes+=(--exclude "tests/integration/$f.test.ts"); done
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  embedded_files=(tests/unit)
  for f in "${both_engines[@]}" "${rendering_only[@]}"; do embedded_files+=("tests/integration/$f.test.ts"); done
fi

# The PostgreSQL suite runs beside the embedded one, and the e2e tests run after both, alone.
# Measured on this 2-core machine: the e2e tests alone 402 s (746 CPU-seconds), the PostgreSQL suite
# alone 125 s (230 CPU-seconds); side by side (the suite at nice 10) they took 601 s, 75 s more than
# one after the other: a browser test waits on its page and server, and every wait grew under the
# suite's load. Two throughput-bound suites share the cores without that loss.
pg_log=$(mktemp)
pg_pid=""
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  section "integration tests on PostgreSQL ($(echo "$TEST_DATABASE_URL" | sed -E 's#//[^@]*@#//#')), beside the embedded suite; output below"
  # three workers, not two: a PostgreSQL test waits on the server half the time, and once the embedded
  # suite is done (CI run 7: 100 s before this one) two workers left a core idle
  env -u DATABASE_URL npx vitest run tests/integration --maxWorkers=3 "${pg_excludes[@]}" >"$pg_log" 2>&1 &
  pg_pid=$!
else
  section "integration tests on PostgreSQL: skipped (set TEST_DATABASE_URL; .ci/run does)"
fi

section "unit + integration tests on PGlite (embedded)"
embedded_rc=0
env -u TEST_DATABASE_URL -u DATABASE_URL npx vitest run "${embedded_files[@]}" 2>&1 | tee "$log" || embedded_rc=$?
count '^ *Tests +[0-9]+ passed'

if [ -n "$pg_pid" ]; then
  pg_rc=0
  wait "$pg_pid" || pg_rc=$?
  pg_pid=""
  section "integration tests on PostgreSQL (output)"
  cat "$pg_log"
  cp "$pg_log" "$log"
  if [ "$pg_rc" != 0 ]; then echo "the integration tests on PostgreSQL failed" >&2; exit 1; fi
  count '^ *Tests +[0-9]+ passed'
fi
rm -f "$pg_log"
if [ "$embedded_rc" != 0 ]; then echo "the integration tests on PGlite failed" >&2; exit 1; fi

section "e2e tests in Chromium"
npx playwright test 2>&1 | tee "$log"
count '^ *[0-9]+ passed \('

section "done"
echo "all suites: $passed passed, 0 failed"
