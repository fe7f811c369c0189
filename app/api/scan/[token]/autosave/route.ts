import { NextResponse } from "next/server";
import { autosaveSchema, type AutosaveResult } from "@/lib/scan/answer-schema";
import { autosave } from "@/lib/scan/answer-store";
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";

export const runtime = "nodejs";

const STATUS: Record<string, number> = { VALIDATION: 400, CONFLICT: 409, LOCKED: 423, INVITE_INVALID: 404, RATE_LIMITED: 429 };
const reply = (body: AutosaveResult) =>
  NextResponse.json(body, { status: body.ok ? 200 : (STATUS[body.code] ?? 500), headers: { "Cache-Control": "no-store" } });

/** Autosave of one answer, note or self-grade. The invitation link is the credential. */
export async function PUT(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return reply({ ok: false, code: "VALIDATION", message: "Dit verzoek kon niet worden gelezen." });
  }
  const parsed = autosaveSchema.safeParse(json);
  if (!parsed.success) return reply({ ok: false, code: "VALIDATION", message: parsed.error.issues[0]?.message ?? "Ongeldig antwoord." });
  try {
    return reply(await autosave(token, parsed.data));
  } catch (e) {
    console.error("[autosave] unexpected error", e);
    return reply({ ok: false, code: "INTERNAL", message: GENERIC_ERROR_MESSAGE });
  }
}
