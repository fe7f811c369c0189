import { routeHandler, unknownMethods } from "@/lib/http/route";
import { adminCreatedMessage, createFirstAdminFromShell } from "@/lib/setup/first-admin";
import { shellAdminSchema } from "@/lib/setup/schema";

export const runtime = "nodejs";

/** `npm run admin:create` while the app holds the embedded database (scripts/admin-create.ts). */
export const POST = routeHandler(
  { auth: { scheduler: "admin" }, body: shellAdminSchema, failure: "De beheerder kon niet worden aangemaakt. Probeer het opnieuw." },
  async ({ body }) => {
    const created = await createFirstAdminFromShell(body);
    return Response.json({ email: created.email, message: adminCreatedMessage(created) }, { headers: { "Cache-Control": "no-store" } });
  },
);

// every other method: the plain 404 of a route that does not exist (no 405 that says this one does)
export const { GET, PUT, PATCH, DELETE, OPTIONS } = unknownMethods;
