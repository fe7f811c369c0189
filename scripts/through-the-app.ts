// The embedded PGlite allows one process, and the running app holds it. Scripts for a scheduler
// (reminders, backups) therefore first ask the running app at APP_URL to do the work, with a token
// derived from NEXTAUTH_SECRET for that one purpose, and open the database themselves only when no
// app answers.
import fs from "node:fs";
import { schedulerToken, type SchedulerPurpose } from "../lib/auth/scheduler-token";
import { dataDirHolder } from "../lib/db/pglite-lock";
import { env } from "../lib/env";
import { runScript } from "../lib/db/run-script";
import { localSecretFile } from "./local-secret.mjs";

/** The per-checkout secret that `npm start` creates when NEXTAUTH_SECRET is not set. */
function secret(): string {
  const file = localSecretFile(process.cwd());
  return process.env.NEXTAUTH_SECRET || (fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : "");
}

/** The app's answer, or null when nothing listens at APP_URL. Throws when the app refuses. */
export async function callRunningApp(
  route: string,
  purpose: SchedulerPurpose,
  timeoutMs = 120_000,
  body?: Record<string, unknown>,
): Promise<Response | null> {
  const url = new URL(route, env().APP_URL);
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: {
        authorization: `Bearer ${schedulerToken(secret(), purpose)}`,
        ...(body ? { "content-type": "application/json" } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    return null;
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { message?: string };
    // 404: the app did not accept the token; anything else is the job's own Dutch answer
    if (res.status === 404)
      throw new Error(`De app op ${url.origin} kent dit verzoek niet (404). Gebruikt dit script dezelfde NEXTAUTH_SECRET als de app?`);
    throw new Error(body.message ?? `De app op ${url.origin} antwoordde ${res.status}.`);
  }
  return res;
}

/** Throws when some process holds the embedded database but no app answered at APP_URL. */
export function assertEmbeddedFree() {
  const holder = dataDirHolder(env().PGLITE_DIR);
  if (holder !== null)
    throw new Error(
      `De ingebouwde database is in gebruik door proces ${holder}, maar er antwoordt geen app op ${env().APP_URL}. Zet APP_URL.`,
    );
}

/**
 * A scheduler job as a script: on PostgreSQL it runs here; on the embedded database through the
 * running app (POST `route`) when one answers, else here once the database is free. Prints the job's
 * Dutch summary.
 */
export function runSchedulerJob({
  route,
  purpose,
  run,
  body,
}: {
  route: string;
  purpose: SchedulerPurpose;
  run: () => Promise<string>;
  body?: Record<string, unknown>;
}) {
  const direct = async () => console.log(await run());
  if (env().DATABASE_URL) return runScript(direct);
  (async () => {
    const res = await callRunningApp(route, purpose, 120_000, body);
    if (!res) {
      assertEmbeddedFree();
      return runScript(direct);
    }
    const reply = (await res.json()) as { message?: string };
    console.log(`Dit loopt via de draaiende app op ${new URL(env().APP_URL).origin}.`);
    console.log(reply.message);
  })().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
