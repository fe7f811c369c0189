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
# (the suites run in a background subshell: its children are stopped with it)
trap 'rm -f "$log"; if [ -n "${pg_pid:-}" ]; then pkill -P "$pg_pid" 2>/dev/null || true; kill "$pg_pid" 2>/dev/null || true; fi' EXIT
started=$(date +%s)
# each section's header says when it started, so a slow CI run shows where the time went
section() { echo "== $1 (at $(($(date +%s) - started)) s) =="; }
passed=0

count() { # sums "N passed" of the runner's summary line (vitest: "Tests  N passed", playwright: "N passed (…)")
  local n
  n=$(sed -E 's/\x1b\[[0-9;]*m//g' "$log" | grep -E "$1" | grep -oE '[0-9]+ passed' | tail -n 1 | grep -oE '[0-9]+' || echo 0)
  passed=$((passed + n))
}

# The order follows the critical path. The e2e tests need the production build and their database
# (scripts/e2e-prepare.mjs), so those come first, at full priority: the build alone takes about 40 s,
# while at the lowest priority beside the suites it took five minutes and held everything up (923 s
# in all). The two vitest suites then run one after the other in the background, a little below the
# e2e tests, whose server and browser answer people-paced timeouts: a browser test mostly waits, and
# the suites fill the cores meanwhile. Their output follows the e2e tests'. In CI the type check
# already ran (.ci/run): the build skips its second one.
if [ "${CI:-}" = "true" ]; then export WW_BUILD_SKIP_TYPECHECK=1; fi
build_log=$(mktemp) prepare_log=$(mktemp)
section "production build and the e2e database (the e2e tests wait for both)"
npx next build >"$build_log" 2>&1 &
build_pid=$!
nice -n 5 node scripts/e2e-prepare.mjs >"$prepare_log" 2>&1 &
prepare_pid=$!

# The authorization matrix and the fuzz test decide nothing that differs between the engines (both
# are PostgreSQL; they test the app's decisions), and they are the longest files: with PostgreSQL
# there, they run once, on PostgreSQL. Without it (a laptop), they run on PGlite.
embedded_only=()
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  embedded_only=(--exclude "tests/integration/authorization-matrix-*.test.ts" --exclude "tests/integration/fuzz.test.ts")
fi
pglite_log=$(mktemp) pg_log=$(mktemp)
suites() { # each suite's exit status goes into its log's last line, read after the e2e tests
  local rc=0
  env -u TEST_DATABASE_URL -u DATABASE_URL nice -n 10 npx vitest run "${embedded_only[@]}" >"$pglite_log" 2>&1 || rc=$?
  echo "suite-exit=$rc" >>"$pglite_log"
  if [ -n "${TEST_DATABASE_URL:-}" ]; then
    rc=0
    env -u DATABASE_URL nice -n 10 npx vitest run tests/integration >"$pg_log" 2>&1 || rc=$?
    echo "suite-exit=$rc" >>"$pg_log"
  fi
}
# started once the build is done: beside it they would slow down the one thing everything waits for
build_rc=0
wait "$build_pid" || build_rc=$?
section "production build (output)"
cat "$build_log"
rm -f "$build_log"
if [ "$build_rc" != 0 ]; then echo "the production build failed" >&2; exit 1; fi

section "unit + integration tests on PGlite$([ -n "${TEST_DATABASE_URL:-}" ] && echo ", then on PostgreSQL") (beside the e2e tests; output below)"
suites &
pg_pid=$!

prepare_rc=0
wait "$prepare_pid" || prepare_rc=$?
if [ "$prepare_rc" != 0 ]; then cat "$prepare_log"; echo "preparing the e2e database failed" >&2; exit 1; fi
rm -f "$prepare_log"

section "e2e tests in Chromium"
e2e_rc=0
npx playwright test 2>&1 | tee "$log" || e2e_rc=$?
count '^ *[0-9]+ passed \('

# a suite's log: printed, counted, and its exit status checked
report_suite() {
  local name=$1 file=$2
  section "$name (output)"
  grep -v '^suite-exit=' "$file" || true
  cp "$file" "$log"
  if [ "$(tail -n 1 "$file")" != "suite-exit=0" ]; then echo "the $name failed" >&2; exit 1; fi
  count '^ *Tests +[0-9]+ passed'
}
wait "$pg_pid" || true
pg_pid=""
report_suite "unit + integration tests on PGlite (embedded)" "$pglite_log"
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  report_suite "integration tests on PostgreSQL ($(echo "$TEST_DATABASE_URL" | sed -E 's#//[^@]*@#//#'))" "$pg_log"
else
  section "integration tests on PostgreSQL: skipped (set TEST_DATABASE_URL; .ci/run does)"
fi
rm -f "$pglite_log" "$pg_log"
if [ "$e2e_rc" != 0 ]; then echo "the e2e tests failed" >&2; exit 1; fi

section "done"
echo "all suites: $passed passed, 0 failed"
