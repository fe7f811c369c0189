import { dumpEmbedded } from "@/lib/db/backup";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { routeHandler, unknownMethods } from "@/lib/http/route";

export const runtime = "nodejs";

/** `npm run db:backup` while the app holds the embedded database (see scripts/db-backup.ts). */
export const POST = routeHandler(
  { auth: { scheduler: "backup" }, failure: "De back-up kon niet worden gemaakt. Probeer het later opnieuw." },
  async () => {
    // on PostgreSQL there is no embedded database to dump: the same 404 as a wrong token
    if (env().DATABASE_URL) throw notFound();
    const dump = await dumpEmbedded();
    return new Response(new Uint8Array(dump!), { headers: { "content-type": "application/gzip", "cache-control": "no-store" } });
  },
);

// every other method: the plain 404 of a route that does not exist (no 405 that says this one does)
export const { GET, PUT, PATCH, DELETE, OPTIONS } = unknownMethods;
