import { announcePresence } from "@/lib/board/access";
import { idPath, routeHandler } from "@/lib/http/route";
import { recordId, z } from "@/lib/zod";

export const runtime = "nodejs";

const presenceSchema = z.object({ clauseId: recordId(), editing: z.boolean() });

/** "I am editing clause X" (or no longer), for the others' screens. 204, or a plain refusal. */
export const POST = routeHandler(
  { auth: "session", params: idPath, body: presenceSchema, invalid: "Ongeldig verzoek" },
  async ({ actor, params, body }) => {
    await announcePresence({ actor, trajectId: params.id, ...body });
    return new Response(null, { status: 204 });
  },
);
