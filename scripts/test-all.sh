#!/usr/bin/env bash
# `npm test`: unit and integration tests (integration on the embedded PGlite, and again on
# PostgreSQL when TEST_DATABASE_URL is set), then a production build and the e2e tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1

echo "== unit + integration tests on PGlite (embedded) =="
env -u TEST_DATABASE_URL -u DATABASE_URL npx vitest run

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "== integration tests on PostgreSQL ($(echo "$TEST_DATABASE_URL" | sed -E 's#//[^@]*@#//#')) =="
  env -u DATABASE_URL npx vitest run tests/integration
else
  echo "== integration tests on PostgreSQL: skipped (set TEST_DATABASE_URL; .ci/run does) =="
fi

echo "== production build =="
npx next build

echo "== e2e tests in Chromium =="
npx playwright test
