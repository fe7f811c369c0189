import { getActor } from "@/lib/auth/session";
import { announcePresence } from "@/lib/board/access";
import { httpStatusOf, isAppError } from "@/lib/errors";
import { recordId, z } from "@/lib/zod";

export const runtime = "nodejs";

const presenceSchema = z.object({ clauseId: recordId(), editing: z.boolean() });

/** "I am editing clause X" (or no longer), for the others' screens. 204, or a plain refusal. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const body = await request.json().catch(() => null);
  const parsed = presenceSchema.safeParse(body);
  if (!actor || !parsed.success) return new Response("Ongeldig verzoek", { status: actor ? 400 : 404 });
  try {
    await announcePresence({ actor, trajectId: id, ...parsed.data });
    return new Response(null, { status: 204 });
  } catch (e) {
    if (isAppError(e)) return new Response(e.message, { status: httpStatusOf(e.code) });
    throw e;
  }
}
