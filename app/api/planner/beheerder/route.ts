import { NextResponse } from "next/server";
import { isSchedulerRequest } from "@/lib/auth/scheduler-token";
import { env } from "@/lib/env";
import { httpStatusOf, isAppError } from "@/lib/errors";
import { adminCreatedMessage, createFirstAdminFromShell } from "@/lib/setup/first-admin";
import { shellAdminSchema } from "@/lib/setup/schema";

export const runtime = "nodejs";

/** `npm run admin:create` while the app holds the embedded database (scripts/admin-create.ts). */
export async function POST(request: Request) {
  if (!isSchedulerRequest(request.headers.get("authorization"), env().NEXTAUTH_SECRET, "admin")) {
    return NextResponse.json({ message: "Deze pagina bestaat niet." }, { status: 404 });
  }
  const parsed = shellAdminSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ message: parsed.error.issues[0]?.message ?? "Ongeldige invoer." }, { status: 400 });
  try {
    const created = await createFirstAdminFromShell(parsed.data);
    return NextResponse.json({ email: created.email, message: adminCreatedMessage(created) }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ message: e.message }, { status: httpStatusOf(e.code) });
    console.error("[admin:create] failed", e);
    return NextResponse.json({ message: "De beheerder kon niet worden aangemaakt. Probeer het opnieuw." }, { status: 500 });
  }
}
