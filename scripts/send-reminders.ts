// `npm run reminders`: for a scheduler (e.g. a daily cron). Mails a reminder, with a fresh link, to
// everyone whose scan is unfinished and who had no reminder in the last two days; then, when
// SMTP_URL is set, delivers pending mail. Safe to run on several machines at once.
// On PostgreSQL it works on the database directly. The embedded PGlite allows one process, and the app
// opens it on its first request, so there the script first asks a running app to do the work
// (POST /api/planner/herinneringen, authorised with a token derived from NEXTAUTH_SECRET) and only
// opens the database itself when no app answers.
import fs from "node:fs";
import { schedulerToken } from "../lib/auth/scheduler-token";
import { dataDirHolder } from "../lib/db/pglite-lock";
import { runScript } from "../lib/db/run-script";
import { env } from "../lib/env";
import { runScheduledReminders, schedulerSummary } from "../lib/scan/invitations/scheduled-reminders";
import { localSecretFile } from "./local-secret.mjs";

async function direct() {
  console.log(schedulerSummary(await runScheduledReminders()));
}

/** false when no app answers at APP_URL; throws when one answers but refuses. */
async function throughTheApp(): Promise<boolean> {
  const secret = process.env.NEXTAUTH_SECRET || readLocalSecret();
  const url = new URL("/api/planner/herinneringen", env().APP_URL);
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { authorization: `Bearer ${schedulerToken(secret ?? "")}` },
      signal: AbortSignal.timeout(120_000),
    });
  } catch {
    return false; // nothing listens there
  }
  const body = (await res.json().catch(() => ({}))) as { message?: string };
  if (!res.ok)
    throw new Error(
      `De app op ${url.origin} antwoordde ${res.status}: ${body.message ?? "onbekende fout"}. Gebruikt dit script dezelfde NEXTAUTH_SECRET?`,
    );
  console.log(`De herinneringen gaan via de draaiende app op ${url.origin}.`);
  console.log(body.message);
  return true;
}

/** The per-checkout secret that `npm start` creates when NEXTAUTH_SECRET is not set. */
function readLocalSecret(): string | undefined {
  const file = localSecretFile(process.cwd());
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : undefined;
}

async function embedded() {
  if (await throughTheApp()) return;
  const holder = dataDirHolder(env().PGLITE_DIR);
  if (holder !== null)
    throw new Error(
      `De ingebouwde database is in gebruik door proces ${holder}, maar er antwoordt geen app op ${env().APP_URL}. Zet APP_URL.`,
    );
  runScript(direct);
}

if (env().DATABASE_URL) runScript(direct);
else
  embedded().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
