// `node scripts/audit.mjs` (part of `npm run validate`): `npm audit --omit=dev` on what runs in production,
// when the package registry answers its audit endpoint. High or critical findings fail; lower ones are
// listed. A registry that does not answer (offline, a mirror without the audit endpoint, a timeout) is said
// plainly and does not fail: validate must not depend on the network. docs/operations.md#dependencies.
import { spawnSync } from "node:child_process";

const TIMEOUT_MS = 30_000;
const FAIL_AT = ["high", "critical"];

/** What the audit's JSON says: findings per severity, or why there is no answer. */
export function judgeAudit(stdout) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { answered: false, reason: "geen leesbaar antwoord" };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts || typeof counts !== "object") {
    const reason = report?.message ?? report?.error?.summary ?? "geen antwoord";
    return { answered: false, reason: String(reason).split("\n")[0] };
  }
  const failing = FAIL_AT.reduce((n, level) => n + (Number(counts[level]) || 0), 0);
  return { answered: true, counts, failing };
}

function main() {
  const r = spawnSync("npm", ["audit", "--omit=dev", "--json", "--fetch-timeout=15000", "--fetch-retries=0"], {
    encoding: "utf8",
    timeout: TIMEOUT_MS,
  });
  const verdict = r.error
    ? { answered: false, reason: r.error.code === "ETIMEDOUT" ? `geen antwoord binnen ${TIMEOUT_MS / 1000} s` : r.error.message }
    : judgeAudit(r.stdout);
  if (!verdict.answered) {
    console.log(
      `npm audit: OVERGESLAGEN, het register beantwoordt de audit niet (${verdict.reason}). Controleer later: npm audit --omit=dev`,
    );
    return 0;
  }
  const summary = Object.entries(verdict.counts)
    .filter(([level, n]) => level !== "total" && n > 0)
    .map(([level, n]) => `${n} ${level}`)
    .join(", ");
  if (verdict.failing > 0) {
    console.error(`npm audit: ${summary}. Los de high/critical meldingen op (npm audit --omit=dev voor de details).`);
    return 1;
  }
  console.log(`npm audit: geen high of critical meldingen in de productie-afhankelijkheden${summary ? ` (wel: ${summary})` : ""}.`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main());
