#!/usr/bin/env bash
# Two instances behind an ordinary HAProxy on one PostgreSQL; one is killed (kill -9) under load. Counts
# the requests a client saw fail. Expected: 0. Not part of CI (docs/operations.md#load-balancers).
#
#   bash scripts/haproxy-proof.sh [seconds=40] [respondents=20]
#
# Needs a build in this checkout (`npx next build`) and Debian's haproxy (installed when missing). Starts
# a throwaway PostgreSQL (scripts/pg-throwaway.sh), makes one traject with a link per respondent, and
# runs each instance as production does (node scripts/serve.mjs, HOST=127.0.0.1, TRUST_PROXY). Each
# respondent loads their scan page, then answers (autosave PUTs) with a short pause, asking /api/health
# now and then; halfway one instance gets kill -9. Everything listens on 127.0.0.1 and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_LOAD=${1:-40}
RESPONDENTS=${2:-20}
[ -f .next/BUILD_ID ] || { echo "no build here: run 'npx next build' first" >&2; exit 1; }
command -v haproxy >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null; }

WORK=$(mktemp -d /tmp/ww-haproxy.XXXXXX)
PIDS=()
source scripts/pg-throwaway.sh
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pg_throwaway_stop
  rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

pg_throwaway_start
export DATABASE_URL=$PG_THROWAWAY_URL
npx prisma migrate deploy >/dev/null
# one traject with an opened link per respondent (the benchmark's seed), and the questionnaire's statements
node --conditions=react-server --import tsx --input-type=module -e "
  const { db, closeDb } = await import('./lib/db/index.ts');
  const { seedBenchRespondents } = await import('./bench/lib/seed-respondents.ts');
  const rs = await seedBenchRespondents(db(), ${RESPONDENTS});
  console.log(JSON.stringify(rs.map((r) => r.token)));
  await closeDb();
" >"$WORK/tokens.json"

P1=$(free_port) P2=$(free_port) PB=$(free_port)
# IN_APP_SCHEDULER=0: the reminders job would send these unfinished scans a fresh link, ending the old one
start_instance() { # port log
  IN_APP_SCHEDULER=0 PORT=$1 HOST=127.0.0.1 NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 DATABASE_URL=$DATABASE_URL \
    NEXTAUTH_SECRET=haproxy-proof APP_URL="http://127.0.0.1:$PB" TRUST_PROXY=x-forwarded-for \
    SCAN_AUTOSAVE_PER_CLIENT_PER_MINUTE=1000000 SCAN_PAGES_PER_CLIENT_PER_MINUTE=1000000 \
    node scripts/serve.mjs >"$2" 2>&1 &
  PIDS+=($!)
}
start_instance "$P1" "$WORK/app1.log"
APP1=$!
start_instance "$P2" "$WORK/app2.log"
for p in "$P1" "$P2"; do
  for _ in $(seq 120); do curl -fs "http://127.0.0.1:$p/api/ready" >/dev/null && break; sleep 0.5; done
  curl -fs "http://127.0.0.1:$p/api/ready" >/dev/null || { cat "$WORK"/app*.log >&2; exit 1; }
done
# HOST=127.0.0.1: the instances listen on the loopback interface only
ss -ltn | grep -E ":($P1|$P2)\b" | awk '{print "instance listens on " $4}'

# The configuration of docs/operations.md#load-balancers, with the ports of this run.
cat >"$WORK/haproxy.cfg" <<EOF
global
  log stdout format raw local0 warning
defaults
  mode http
  log global
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout tunnel 1h
frontend www
  bind 127.0.0.1:$PB
  option forwardfor
  default_backend app
backend app
  balance roundrobin
  option httpchk GET /api/health
  http-check expect status 200
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response response-timeout
  http-request disable-l7-retry if METH_POST
  server app1 127.0.0.1:$P1 check inter 2s fall 2 rise 2
  server app2 127.0.0.1:$P2 check inter 2s fall 2 rise 2
EOF
haproxy -c -q -f "$WORK/haproxy.cfg"
haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 40); do curl -fs "http://127.0.0.1:$PB/api/health" >/dev/null && break; sleep 0.25; done

(sleep $((SECONDS_LOAD / 2)) && kill -9 "$APP1" && echo "kill -9 instance 1 (pid $APP1) at $((SECONDS_LOAD / 2)) s") &
PIDS+=($!)

cat >"$WORK/load.mjs" <<'EOF'
// Respondents through the balancer: each loads their scan page once, then answers statement after
// statement (an autosave PUT every ~250 ms, as clicks come) and asks /api/health every fifth answer.
// A failure is what a browser would see: no answer, or a 5xx (e.g. the proxy's 502/503).
import fs from "node:fs";
const [base, tokensFile, seconds, questionnaireFile] = process.argv.slice(2);
const tokens = JSON.parse(fs.readFileSync(tokensFile, "utf8"));
const items = JSON.parse(fs.readFileSync(questionnaireFile, "utf8")).themes.flatMap((t) => t.items.map((i) => i.key));
const until = Date.now() + Number(seconds) * 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const counts = { requests: 0, failed: 0, saves: 0, conflicts: 0 };
const failures = [];
const started = Date.now();
async function request(what, url, init) {
  counts.requests++;
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
    const body = await res.text();
    if (res.status >= 500 || res.status === 429) throw new Error(`${res.status} ${body.slice(0, 60).replace(/\s+/g, " ")}`);
    return { status: res.status, body };
  } catch (e) {
    counts.failed++;
    failures.push(`${((Date.now() - started) / 1000).toFixed(1)} s ${what}: ${e.cause?.code ?? e.message}`);
    return null;
  }
}
async function respondent(token, n) {
  await sleep(n * 50);
  await request("page", `${base}/scan/${token}`);
  const revisions = new Map();
  for (let i = 0; Date.now() < until; i++) {
    const itemKey = items[i % items.length];
    const value = ((i + n) % 5) + 1;
    const r = await request("autosave", `${base}/api/scan/${token}/autosave`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "answer", itemKey, value, revision: revisions.get(itemKey) ?? 0 }),
    });
    if (r) {
      const reply = JSON.parse(r.body);
      if (reply.ok) (counts.saves++, revisions.set(itemKey, reply.revision));
      else if (reply.code === "CONFLICT") (counts.conflicts++, revisions.set(itemKey, reply.current.revision));
      else throw new Error(`autosave refused: ${r.body}`);
    }
    if (i % 5 === 0) await request("health", `${base}/api/health`);
    await sleep(200 + Math.random() * 100);
  }
}
await Promise.all(tokens.map(respondent));
console.log(JSON.stringify({ ...counts, seconds: Number(((Date.now() - started) / 1000).toFixed(1)), failures: failures.slice(0, 20) }));
EOF
echo "load: $RESPONDENTS respondents for $SECONDS_LOAD s through HAProxy on :$PB (instances :$P1, :$P2)"
RESULT=$(node "$WORK/load.mjs" "http://127.0.0.1:$PB" "$WORK/tokens.json" "$SECONDS_LOAD" prisma/data/mhb-2025.json)
echo "$RESULT"
grep -h "Server app/app1 is DOWN" "$WORK/haproxy.log" | head -1 || true
FAILED=$(node -e 'console.log(JSON.parse(process.argv[1]).failed)' "$RESULT")
if [ "$FAILED" = 0 ]; then echo "0 failed requests"; else echo "$FAILED failed requests" >&2; exit 1; fi
