import "server-only";
import { rawQuery } from "./client";

// The readiness check for load balancers and operators (/api/ready; docs/operations.md): can this
// instance reach its database right now? Liveness (/api/health) deliberately does not ask: a short
// database outage must not make a balancer take every instance out at once.

/** How long the database may take to answer before the instance counts as not ready. */
export const READY_TIMEOUT_MS = 2_000;

const selectOne = () => rawQuery("SELECT 1", []);

/** True when the database answers `SELECT 1` within `timeoutMs`. Never throws and never waits longer. */
export async function databaseReady(timeoutMs = READY_TIMEOUT_MS, query: () => Promise<unknown> = selectOne): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    // Promise.resolve().then: a query that throws synchronously (no database configured) is a false too
    const answered = Promise.resolve()
      .then(query)
      .then(() => true);
    answered.catch(() => undefined); // lost the race and failed later: nothing to report
    return await Promise.race([answered, late]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

const NO_STORE = { "Cache-Control": "no-store" };

/** Readiness: 200 when the database answers, else a short 503 (never an error's text or stack). */
export async function readinessResponse(check: () => Promise<boolean> = () => databaseReady()): Promise<Response> {
  return (await check())
    ? Response.json({ status: "ok" }, { headers: NO_STORE })
    : Response.json({ status: "unavailable" }, { status: 503, headers: { ...NO_STORE, "Retry-After": "2" } });
}
